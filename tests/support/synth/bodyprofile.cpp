#include "synth/bodyprofile.h"

#include "synth/randomtools.h"

#include <algorithm>

namespace nianbao::synth {

namespace {

int randomRequests(QRandomGenerator& random, bool busy)
{
    // Shares seen across published reports: a third of bodies (township offices, small
    // bureaus) receive no request in a year; few receive more than a thousand.
    const double draw = random.generateDouble();
    if (!busy && draw < 0.35) {
        return 0;
    }
    if (draw < 0.75) {
        return skewed(random, busy ? 5 : 1, 30);
    }
    if (draw < 0.92) {
        return skewed(random, 30, 200);
    }
    if (draw < 0.99) {
        return skewed(random, 200, 1000);
    }
    return skewed(random, 1000, 4000);
}

} // namespace

BodyProfile randomProfile(QRandomGenerator& random, bool realistic, bool busy)
{
    BodyProfile profile;
    profile.realistic = realistic || busy;
    profile.busy = busy;
    if (!profile.realistic) {
        return profile;
    }
    profile.requests = randomRequests(random, busy);
    profile.naturalShare = uniform(random, 0.78, 1.0);
    profile.carryRate = chance(random, busy ? 0.8 : 0.45) ? uniform(random, 0.01, 0.1) : 0.0;
    if (profile.requests > 0 && (busy || chance(random, 0.5))) {
        profile.appealRate = uniform(random, busy ? 0.03 : 0.005, 0.08);
    }
    profile.documents = skewed(random, busy ? 3 : 0, 40);
    // Only governments of provinces and larger cities make 规章.
    profile.makesRegulations = chance(random, 0.12);
    if (busy || chance(random, 0.7)) {
        profile.decisions = skewed(random, busy ? 60 : 5, 200000);
    }
    if (busy ? chance(random, 0.7) : chance(random, 0.25)) {
        profile.fees = uniform(random, 0.5, 30000.0);
    }
    if (busy || chance(random, 0.5)) {
        profile.procurement = uniform(random, 5.0, 80000.0);
    }
    return profile;
}

} // namespace nianbao::synth
