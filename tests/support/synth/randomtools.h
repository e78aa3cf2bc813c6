#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <span>

namespace nianbao::synth {

/// True with the given probability.
bool chance(QRandomGenerator& random, double probability);

/// A uniformly chosen integer in [low, high] (both included; high < low gives low).
int between(QRandomGenerator& random, int low, int high);

/// A uniformly chosen real number in [low, high).
double uniform(QRandomGenerator& random, double low, double high);

/// A count between low and high that is usually small: log-uniform, the way request numbers,
/// decisions and documents spread over bodies of very different sizes.
int skewed(QRandomGenerator& random, int low, int high);

/// Roughly `mean`, give or take `spread` (a fraction), never negative; the fraction rounds up
/// as often as its size says, so that an expected 0.3 is a 1 now and then.
int around(QRandomGenerator& random, double mean, double spread);

/// One element, uniformly chosen. `items` must not be empty.
template <typename T>
const T& pick(QRandomGenerator& random, const QList<T>& items)
{
    return items.at(random.bounded(int(items.size())));
}

/// One of a fixed list of texts, uniformly chosen. `items` must not be empty.
QString pick(QRandomGenerator& random, std::span<const char16_t* const> items);

/// Splits `total` into `weights.size()` non-negative parts with the given relative weights,
/// as if each unit were placed at random (a multinomial draw).
QList<int> scatter(QRandomGenerator& random, int total, const QList<double>& weights);

} // namespace nianbao::synth
