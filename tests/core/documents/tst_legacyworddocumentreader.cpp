#include "documents/documentreader.h"
#include "documents/externaltool.h"
#include "docxfile.h"
#include "formatcheck.h"
#include "reportlayout.h"
#include "templates/templateregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace nianbao;

namespace {

const QByteArray oleHeader("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

QString errorOf(const Result<Document>& document)
{
    return document ? QString() : document.error().message;
}

/// PATH set to an empty folder for as long as it lives: no program can be found.
class EmptyPath {
public:
    EmptyPath()
        : m_saved(qgetenv("PATH"))
    {
        qputenv("PATH", QFile::encodeName(m_dir.path()));
    }
    ~EmptyPath() { qputenv("PATH", m_saved); }
    EmptyPath(const EmptyPath&) = delete;
    EmptyPath& operator=(const EmptyPath&) = delete;

private:
    QTemporaryDir m_dir;
    QByteArray m_saved;
};

} // namespace

/// Word 97–2003 .doc and WPS .wps files, converted through LibreOffice when it is installed,
/// refused with a message saying how to convert them when it is not.
class TestLegacyWordDocumentReader : public QObject {
    Q_OBJECT

private slots:
    void withoutLibreOfficeTheMessageSaysHowToConvert_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("formatName");
        QTest::newRow("doc") << QStringLiteral("年报.doc") << QStringLiteral("Word (.doc)");
        QTest::newRow("wps") << QStringLiteral("年报.wps") << QStringLiteral("WPS");
    }

    void withoutLibreOfficeTheMessageSaysHowToConvert()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, formatName);
        const EmptyPath noPrograms;
        QVERIFY(findTool(QStringLiteral("soffice")).isEmpty());
        const Result<Document> document =
            readDocument(oleHeader + QByteArray(4096, '\0'), fileName);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::MissingTool);
        const QString& message = document.error().message;
        QVERIFY2(message.startsWith(formatName), qUtf8Printable(message));
        QVERIFY2(message.contains(QLatin1String("libreoffice-writer-nogui")) &&
                     message.contains(QLatin1String("save it as .docx")),
                 qUtf8Printable(message));
    }

    void convertedReportsReadBackExactly_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("doc") << QStringLiteral("doc");
        QTest::newRow("wps") << QStringLiteral("wps");
    }

    void convertedReportsReadBackExactly()
    {
        QFETCH(QString, extension);
        const QString office = findTool(QStringLiteral("soffice"));
        if (office.isEmpty()) {
            QSKIP("LibreOffice is not installed (Debian: libreoffice-writer-nogui)");
        }
        const ReportTemplate& report = *TemplateRegistry::builtin().find(u"2021");
        const test::ReportLayout layout =
            test::officialLayout(report, test::sampleFigures(report, 21));
        const QByteArray doc = wordBinary(office, test::docxFile(layout));
        QVERIFY(doc.startsWith(oleHeader));

        const QString path = m_dir.filePath(QStringLiteral("年报.") + extension);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(doc);
        file.close();
        // The reader's temporary folder, and LibreOffice's own files, go to a private TMPDIR.
        const QTemporaryDir sandbox;
        const QByteArray savedTemp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(sandbox.path()));
        const Result<Document> document = readDocument(path);
        qputenv("TMPDIR", savedTemp);

        QVERIFY2(document, qUtf8Printable(errorOf(document)));
        QCOMPARE(document->format, extension);
        QVERIFY(document->notices.constFirst().contains(QLatin1String("LibreOffice")));
        const QStringList differences = test::cellDifferences(layout, *document);
        QVERIFY2(differences.isEmpty(), qUtf8Printable(differences.join(u'\n')));
        // Nothing is left behind.
        QCOMPARE(
            QDir(sandbox.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
    }

    void documentsLibreOfficeCannotOpenAreRefused()
    {
        if (findTool(QStringLiteral("soffice")).isEmpty()) {
            QSKIP("LibreOffice is not installed (Debian: libreoffice-writer-nogui)");
        }
        const Result<Document> document =
            readDocument(oleHeader + QByteArray(4096, '\x11'), QStringLiteral("坏.doc"));
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::Corrupt);
        QVERIFY2(document.error().message.contains(QLatin1String("could not convert")),
                 qUtf8Printable(document.error().message));
    }

private:
    /// A .docx converted to Word 97–2003 by LibreOffice: the test's own .doc file.
    QByteArray wordBinary(const QString& office, const QByteArray& docx)
    {
        const QString input = m_dir.filePath(QStringLiteral("source.docx"));
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(docx) != docx.size()) {
            return {};
        }
        file.close();
        const QString profile =
            QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString();
        const Result<ToolRun> run =
            runTool(office,
                    {QStringLiteral("-env:UserInstallation=") + profile,
                     QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                     QStringLiteral("doc"), QStringLiteral("--outdir"), m_dir.path(), input},
                    120000);
        QFile converted(m_dir.filePath(QStringLiteral("source.doc")));
        return run && converted.open(QIODevice::ReadOnly) ? converted.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLegacyWordDocumentReader)
#include "tst_legacyworddocumentreader.moc"
