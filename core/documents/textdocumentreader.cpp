#include "documents/textdocumentreader.h"

#include "documents/documentformat.h"
#include "documents/texttables.h"
#include "text/decoder.h"

namespace nianbao {

Result<Document> readTextDocument(const QByteArray& bytes, const QString& fileName)
{
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded) {
        return std::unexpected(std::move(decoded.error()));
    }
    Document document;
    document.fileName = fileName;
    document.format = formatId(DocumentFormat::Text);
    document.encoding = std::move(decoded->encoding);
    document.text = std::move(decoded->text);
    // Markdown pipe tables and consistent tab-separated rows are grids the extractor reads
    // by position.
    document.tables = findTextTables(document.text);
    document.notices = std::move(decoded->notices);
    document.truncated = decoded->truncated;
    return document;
}

} // namespace nianbao
