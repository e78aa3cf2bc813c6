#include "documents/docxdocumentreader.h"

#include "documents/blocktextwriter.h"
#include "documents/documentformat.h"
#include "documents/docxbody.h"
#include "documents/zippackage.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace nianbao {

namespace {

const QString defaultMainPart = QStringLiteral("word/document.xml");

/// The main part as the package relationships name it ("word/document.xml" nearly always;
/// some producers use other names). Empty when the package names none.
QString mainPartName(ZipPackage& package)
{
    const QString relationships = QStringLiteral("_rels/.rels");
    if (!package.contains(relationships)) {
        return {};
    }
    const Result<QByteArray> xml = package.read(relationships);
    if (!xml) {
        return {};
    }
    QXmlStreamReader reader(*xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == u"Relationship" &&
            reader.attributes().value(QLatin1StringView("Type")).endsWith(u"/officeDocument")) {
            QString target = reader.attributes().value(QLatin1StringView("Target")).toString();
            while (target.startsWith(QLatin1Char('/'))) {
                target.remove(0, 1);
            }
            return target;
        }
    }
    return {};
}

/// Whether the main part is a WordprocessingML document (a spreadsheet or a presentation is
/// a ZIP package too).
bool isWordDocument(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    return reader.readNextStartElement() && reader.name() == u"document";
}

} // namespace

Result<Document> readDocxDocument(const QByteArray& bytes, const QString& fileName,
                                  const ReadLimits& limits)
{
    Result<ZipPackage> package = ZipPackage::open(bytes, limits);
    if (!package) {
        return std::unexpected(std::move(package.error()));
    }
    QString mainPart = mainPartName(*package);
    if (mainPart.isEmpty() || !package->contains(mainPart)) {
        mainPart = defaultMainPart;
    }
    if (!package->contains(mainPart)) {
        return fail(ErrorCode::UnsupportedFormat,
                    QCoreApplication::translate("nianbao::DocxDocumentReader",
                                                "the file is a ZIP archive but not a Word .docx "
                                                "document"));
    }
    const Result<QByteArray> xml = package->read(mainPart);
    if (!xml) {
        return std::unexpected(xml.error());
    }
    if (!isWordDocument(*xml)) {
        return fail(ErrorCode::UnsupportedFormat,
                    QCoreApplication::translate("nianbao::DocxDocumentReader",
                                                "the file is an Office document but not a Word "
                                                "document (a spreadsheet or a presentation?)"));
    }
    BlockTextWriter writer;
    if (Result<void> written = writeDocxBody(*xml, writer); !written) {
        return std::unexpected(std::move(written.error()));
    }
    if (writer.isEmpty()) {
        return fail(ErrorCode::Empty,
                    QCoreApplication::translate("nianbao::DocxDocumentReader",
                                                "the Word document holds no text"));
    }
    Document document;
    document.fileName = fileName;
    document.format = formatId(DocumentFormat::Docx);
    document.encoding = QStringLiteral("UTF-8"); // WordprocessingML parts are UTF-8 XML
    document.text = writer.text();
    document.notices = writer.notices();
    document.tables = writer.sourceTables(QStringLiteral("docx"));
    return document;
}

} // namespace nianbao
