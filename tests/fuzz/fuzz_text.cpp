// Text decoding (UTF-8/16/32, GB18030 detection), normalisation and extraction, then the
// validation rules, on any bytes taken for a plain-text report.

#include "documents/textdocumentreader.h"
#include "extract/extractor.h"
#include "fuzzsetup.h"
#include "rules/validator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace nianbao;
    fuzz::setUp();
    const Result<Document> document =
        readTextDocument(fuzz::bytesOf(data, size), QStringLiteral("fuzz.txt"));
    if (!document) {
        return 0;
    }
    Result<Report> report = extractReport(*document);
    if (report) {
        revalidate(*report);
    }
    return 0;
}
