#include "text/charsetdetection.h"

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace nianbao {

namespace {

struct DetectorCloser {
    void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};
using DetectorHandle = std::unique_ptr<UCharsetDetector, DetectorCloser>;

constexpr qsizetype sampleBytes = 2048;

} // namespace

std::vector<CharsetGuess> guessCharsets(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const DetectorHandle detector(ucsdet_open(&status));
    if (U_FAILURE(status)) {
        return {};
    }
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), sampleBytes));
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status)) {
        return {};
    }
    std::vector<CharsetGuess> guesses;
    guesses.reserve(static_cast<std::size_t>(count));
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        CharsetGuess guess;
        guess.name = QString::fromLatin1(ucsdet_getName(matches[i], &matchStatus));
        guess.language = QString::fromLatin1(ucsdet_getLanguage(matches[i], &matchStatus));
        guess.confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_SUCCESS(matchStatus)) {
            guesses.push_back(std::move(guess));
        }
    }
    return guesses;
}

} // namespace nianbao
