#include "synth/randomtools.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nianbao::synth {

bool chance(QRandomGenerator& random, double probability)
{
    return random.generateDouble() < probability;
}

int between(QRandomGenerator& random, int low, int high)
{
    if (high <= low) {
        return low;
    }
    return int(random.bounded(qint64(low), qint64(high) + 1));
}

double uniform(QRandomGenerator& random, double low, double high)
{
    return low + (high - low) * random.generateDouble();
}

int skewed(QRandomGenerator& random, int low, int high)
{
    if (high <= low) {
        return low;
    }
    // Log-uniform over [low + 1, high + 1], shifted back, so that 0 stays reachable.
    const double a = std::log(double(low) + 1.0);
    const double b = std::log(double(high) + 2.0);
    const int value = int(std::floor(std::exp(uniform(random, a, b)))) - 1;
    return std::clamp(value, low, high);
}

int around(QRandomGenerator& random, double mean, double spread)
{
    // Rounded up with the probability of the fraction, so that small expectations (0.3 of a
    // carried-over request) still produce a 1 now and then.
    const double value = std::max(0.0, mean * uniform(random, 1.0 - spread, 1.0 + spread));
    const double whole = std::floor(value);
    return int(whole) + (chance(random, value - whole) ? 1 : 0);
}

QString pick(QRandomGenerator& random, std::span<const char16_t* const> items)
{
    return QString::fromUtf16(items[random.bounded(int(items.size()))]);
}

QList<int> scatter(QRandomGenerator& random, int total, const QList<double>& weights)
{
    QList<int> parts(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (weights.isEmpty() || total <= 0 || sum <= 0.0) {
        if (!weights.isEmpty()) {
            parts[0] = std::max(total, 0);
        }
        return parts;
    }
    // Large totals: the expected shares with some noise, then the remainder unit by unit.
    // Small totals: every unit placed at random. Both keep the sum exact.
    int placed = 0;
    if (total > 200) {
        for (qsizetype i = 0; i < weights.size(); ++i) {
            const double expected = total * weights.at(i) / sum;
            parts[i] = std::max(0, int(std::floor(expected * uniform(random, 0.8, 1.0))));
            placed += parts.at(i);
        }
    }
    for (int unit = placed; unit < total; ++unit) {
        double target = uniform(random, 0.0, sum);
        qsizetype i = 0;
        while (i + 1 < weights.size() && target >= weights.at(i)) {
            target -= weights.at(i);
            ++i;
        }
        ++parts[i];
    }
    return parts;
}

} // namespace nianbao::synth
