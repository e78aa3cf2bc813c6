#pragma once

#include <QRandomGenerator>

namespace nianbao::synth {

/// What kind of body a generated report comes from: drawn once per body, so that a series of
/// reports keeps the body's character from year to year.
struct BodyProfile {
    /// False: figures are uniformly small random numbers, every cell likely non-zero
    /// (mutation tests want that); true: figures look like real bodies'.
    bool realistic = true;
    int requests = 0;          ///< new disclosure requests in a typical year (0: none at all)
    double naturalShare = 0.9; ///< share of requests from natural persons
    double carryRate = 0.0;    ///< share of a year's requests still open at its end
    double appealRate = 0.0;   ///< administrative reviews and lawsuits per request
    int documents = 0;         ///< normative documents issued in a typical year
    bool makesRegulations = false;
    int decisions = 0;        ///< licensing and enforcement decisions in a typical year
    double fees = 0.0;        ///< administrative fees collected in a year, 万元
    double procurement = 0.0; ///< centralised procurement in a year, 万元
    /// Every table has something to show (bundled samples): never a body without requests.
    bool busy = false;
};

/// A random body: most get 0–30 requests a year, mostly from natural persons, some get
/// hundreds and a few thousands; most print many zero rows.
BodyProfile randomProfile(QRandomGenerator& random, bool realistic, bool busy = false);

} // namespace nianbao::synth
