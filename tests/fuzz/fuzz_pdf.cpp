// PDFs through poppler: the text layer's words into lines, pages and tables. OCR is left
// out (a page costs seconds of Tesseract): a page without text only says so.

#include "fuzzsetup.h"
#include "pdf/pdfdocumentreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace nianbao;
    fuzz::setUp();
    ReadLimits limits;
    limits.maxOcrPages = 0;
    (void)readPdfDocument(fuzz::bytesOf(data, size), QStringLiteral("fuzz.pdf"), limits);
    return 0;
}
