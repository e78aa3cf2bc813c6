#include "documents/formatreaders.h"

#include "documents/docxdocumentreader.h"
#include "documents/htmldocumentreader.h"
#include "documents/legacyworddocumentreader.h"
#include "documents/textdocumentreader.h"

#include <array>
#include <mutex>
#include <shared_mutex>

namespace nianbao {

namespace {

Result<Document> readText(const QByteArray& bytes, const QString& fileName, const ReadLimits&)
{
    return readTextDocument(bytes, fileName);
}

constexpr auto formatCount = static_cast<size_t>(DocumentFormat::Pdf) + 1;

/// Readers by format. Registration happens during static initialisation, before any
/// thread reads; the lock keeps a late registration safe all the same.
struct ReaderTable {
    std::shared_mutex lock;
    std::array<FormatReader, formatCount> readers{};

    ReaderTable()
    {
        readers[static_cast<size_t>(DocumentFormat::Text)] = readText;
        readers[static_cast<size_t>(DocumentFormat::Html)] = readHtmlDocument;
        readers[static_cast<size_t>(DocumentFormat::Docx)] = readDocxDocument;
        readers[static_cast<size_t>(DocumentFormat::Doc)] = readLegacyWordDocument;
        readers[static_cast<size_t>(DocumentFormat::Wps)] = readLegacyWordDocument;
    }
};

/// Built on first use, so that a library registering from its static initialiser finds it
/// whatever the order of initialisation.
ReaderTable& readerTable()
{
    static ReaderTable table;
    return table;
}

} // namespace

FormatReader formatReader(DocumentFormat format)
{
    ReaderTable& table = readerTable();
    const std::shared_lock guard(table.lock);
    return table.readers[static_cast<size_t>(format)];
}

void registerFormatReader(DocumentFormat format, FormatReader reader)
{
    ReaderTable& table = readerTable();
    const std::unique_lock guard(table.lock);
    table.readers[static_cast<size_t>(format)] = reader;
}

} // namespace nianbao
