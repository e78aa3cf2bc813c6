// The body of a Word document (word/document.xml): paragraphs, runs, text boxes, tables
// with gridSpan, gridBefore and vMerge into grids. Inputs that are ZIP packages go through
// the whole .docx reader (package limits, relationships) instead.

#include "documents/blocktextwriter.h"
#include "documents/docxbody.h"
#include "documents/docxdocumentreader.h"
#include "fuzzsetup.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace nianbao;
    fuzz::setUp();
    const QByteArray bytes = fuzz::bytesOf(data, size);
    if (bytes.startsWith("PK")) {
        (void)readDocxDocument(bytes, QStringLiteral("fuzz.docx"), ReadLimits{});
        return 0;
    }
    BlockTextWriter writer;
    if (writeDocxBody(bytes, writer)) {
        (void)writer.text();
    }
    return 0;
}
