// Web pages: charset detection, libxml2's HTML parser, the article finder, tables as grids,
// then extraction from the text they make.

#include "documents/htmldocumentreader.h"
#include "extract/extractor.h"
#include "fuzzsetup.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace nianbao;
    fuzz::setUp();
    const Result<Document> document =
        readHtmlDocument(fuzz::bytesOf(data, size), QStringLiteral("fuzz.html"), ReadLimits{});
    if (document) {
        (void)extractReport(*document);
    }
    return 0;
}
