#include "documents/documentformat.h"
#include "documents/documentreader.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace nianbao;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qUtf8Printable(path));
    }
    return file.readAll();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qUtf8Printable(path));
    }
    return path;
}

QString errorText(const Result<Document>& document)
{
    return document ? QString() : document.error().message;
}

const QByteArray pngHeader = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");

} // namespace

class TestDocumentReader : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void seedsReadAsTheirExactText_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : test::seedFiles()) {
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void seedsReadAsTheirExactText()
    {
        QFETCH(QString, path);
        const Result<Document> document = readDocument(path);
        QVERIFY2(document, qUtf8Printable(errorText(document)));
        QCOMPARE(document->fileName, path);
        QCOMPARE(document->format, QStringLiteral("text"));
        QCOMPARE(document->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(document->text, QString::fromUtf8(readBytes(path)));
        QVERIFY(document->notices.isEmpty());
        QVERIFY(!document->lowQualityText);
    }

    void legacyAndUtf16FilesReadAsTheSameText_data()
    {
        QTest::addColumn<QByteArray>("encoder");
        QTest::addColumn<QByteArray>("byteOrderMark");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("GBK") << QByteArray("GB18030") << QByteArray() << QStringLiteral("GB18030");
        QTest::newRow("UTF-16LE with BOM")
            << QByteArray("UTF-16LE") << QByteArray("\xFF\xFE") << QStringLiteral("UTF-16LE");
        QTest::newRow("UTF-16BE") << QByteArray("UTF-16BE") << QByteArray()
                                  << QStringLiteral("UTF-16BE");
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("UTF-8") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("UTF-8");
    }

    void legacyAndUtf16FilesReadAsTheSameText()
    {
        QFETCH(QByteArray, encoder);
        QFETCH(QByteArray, byteOrderMark);
        QFETCH(QString, encoding);
        const QString text = QString::fromUtf8(readBytes(test::seedFiles().constLast()));
        QStringEncoder toBytes(encoder.constData());
        QVERIFY(toBytes.isValid());
        const QString path = writeFile(m_dir, QStringLiteral("report.txt"),
                                       byteOrderMark + QByteArray(toBytes.encode(text)));
        const Result<Document> document = readDocument(path);
        QVERIFY2(document, qUtf8Printable(errorText(document)));
        QCOMPARE(document->encoding, encoding);
        QCOMPARE(document->text, text);
    }

    void truncatedFileIsReadWithANotice()
    {
        const QByteArray bytes = readBytes(test::seedFiles().constFirst());
        qsizetype cut = bytes.size() / 2;
        while ((static_cast<uchar>(bytes[cut]) & 0xC0) != 0xC0) {
            --cut; // to the lead byte of a multi-byte character
        }
        const QString path = writeFile(m_dir, QStringLiteral("cut.txt"), bytes.first(cut + 1));
        const Result<Document> document = readDocument(path);
        QVERIFY2(document, qUtf8Printable(errorText(document)));
        QCOMPARE(document->text, QString::fromUtf8(bytes.first(cut)));
        QCOMPARE(document->notices.size(), 1);
        QVERIFY(document->notices.constFirst().contains(QLatin1String("truncated")));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << ErrorCode::Empty
                               << QStringLiteral("empty");
        QTest::newRow("white space")
            << QStringLiteral("blank.txt") << QByteArray("\r\n \t\xE3\x80\x80\r\n")
            << ErrorCode::Empty << QStringLiteral("blank");
        QRandomGenerator random(7);
        QByteArray noise(3000, Qt::Uninitialized);
        for (char& byte : noise) {
            byte = static_cast<char>(random.bounded(256));
        }
        QTest::newRow("PNG image") << QStringLiteral("table.png") << pngHeader + noise
                                   << ErrorCode::Binary << QStringLiteral("binary");
        QTest::newRow("random bytes") << QStringLiteral("report.txt") << noise << ErrorCode::Binary
                                      << QStringLiteral("binary");
        QStringEncoder toShiftJis("Shift_JIS");
        QTest::newRow("Shift_JIS")
            << QStringLiteral("report.txt")
            << QByteArray(toShiftJis.encode(QStringLiteral(
                   "政府情報公開に関する年次報告書は、行政機関が保有する情報の公開状況を国民"
                   "に知らせるために作成されます。本年度の開示請求件数は前年度より増加しました。")))
            << ErrorCode::UndecodableText << QStringLiteral("Shift_JIS");
        QTest::newRow("PDF") << QStringLiteral("report.pdf")
                             << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n")
                             << ErrorCode::UnsupportedFormat << QStringLiteral("PDF files");
        QTest::newRow("HTML without text")
            << QStringLiteral("report.txt")
            << QByteArray("\xEF\xBB\xBF\n  <!DOCTYPE html><html><body>") << ErrorCode::Empty
            << QStringLiteral("no text");
        QTest::newRow("ZIP header only")
            << QStringLiteral("report.docx") << QByteArray("PK\x03\x04\x14\0", 6)
            << ErrorCode::Corrupt << QStringLiteral("not a complete ZIP archive");
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messagePart);
        const Result<Document> document = readDocument(writeFile(m_dir, name, bytes));
        QVERIFY2(!document, qUtf8Printable(document ? document->text.left(60) : QString()));
        QCOMPARE(document.error().code, code);
        QVERIFY2(document.error().message.contains(messagePart),
                 qUtf8Printable(document.error().message));
    }

    void hugeFileIsRefusedWithoutReadingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: no disk, no time
        file.close();
        QElapsedTimer timer;
        timer.start();
        const Result<Document> document = readDocument(path);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::TooLarge);
        // The message names the size and the limit.
        QVERIFY2(document.error().message.contains(QLatin1String("50.0 MiB")) &&
                     document.error().message.contains(QLatin1String("32.0 MiB")),
                 qUtf8Printable(document.error().message));
        // Reading 50 MB of zeros and looking at them would take far longer.
        QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
    }

    void limitAppliesToBytesInMemory()
    {
        const QByteArray bytes = readBytes(test::seedFiles().constFirst());
        const Result<Document> document =
            readDocument(bytes, QStringLiteral("archived.txt"), ReadLimits{1024});
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::TooLarge);
        QVERIFY(readDocument(bytes, QStringLiteral("archived.txt"), ReadLimits{bytes.size()}));
    }

    void missingFileIsNotFound()
    {
        const Result<Document> document =
            readDocument(m_dir.filePath(QStringLiteral("no such report.txt")));
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::FileNotFound);
        QVERIFY(!document.error().message.isEmpty());
    }

    void folderIsUnreadable()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("reports.txt")));
        const Result<Document> document =
            readDocument(m_dir.filePath(QStringLiteral("reports.txt")));
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::Unreadable);
        QVERIFY2(document.error().message.contains(QLatin1String("folder")),
                 qUtf8Printable(document.error().message));
    }

    void pipeIsUnreadable()
    {
        // Opening a pipe would wait for a writer forever: it must be refused before that.
        const QString path = m_dir.filePath(QStringLiteral("pipe.txt"));
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const Result<Document> document = readDocument(path);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::Unreadable);
        // Said for what it is.
        QVERIFY2(document.error().message.contains(QLatin1String("named pipe")),
                 qUtf8Printable(document.error().message));
    }

    void fileWithoutReadPermissionIsUnreadable()
    {
        if (geteuid() == 0) {
            QSKIP("root reads every file");
        }
        const QString path = writeFile(m_dir, QStringLiteral("locked.txt"), "合计 1\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        const Result<Document> document = readDocument(path);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::Unreadable);
        QVERIFY(!document.error().message.isEmpty());
    }

    void formatIsFoundFromContentThenName_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<DocumentFormat>("format");
        const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10);
        const QByteArray text("一、总体情况\n");
        const auto row = [](const char* name, const QByteArray& content, const char* fileName,
                            DocumentFormat format) {
            QTest::newRow(name) << content << QString::fromUtf8(fileName) << format;
        };
        row("PDF", "%PDF-1.4\n", "report.pdf", DocumentFormat::Pdf);
        row("PDF after junk", "\r\n\r\n%PDF-1.4\n", "report", DocumentFormat::Pdf);
        row("PDF misnamed", "%PDF-1.4\n", "report.txt", DocumentFormat::Pdf);
        row("DOCX", "PK\x03\x04\x14\0", "report.docx", DocumentFormat::Docx);
        row("DOC", ole, "report.doc", DocumentFormat::Doc);
        row("OLE without a name", ole, "report", DocumentFormat::Doc);
        row("WPS", ole, "年报.WPS", DocumentFormat::Wps);
        row("HTML by doctype", "<!doctype html>\n<html>", "report.txt", DocumentFormat::Html);
        row("HTML by tag", "  \n<HTML lang=\"zh\">", "report", DocumentFormat::Html);
        row("HTML by name", "<p>一、总体情况</p>", "report.htm", DocumentFormat::Html);
        row("text", text, "report.txt", DocumentFormat::Text);
        row("text named as PDF", text, "report.pdf", DocumentFormat::Text);
        row("text mentioning html", "see <html> below", "notes.txt", DocumentFormat::Text);
    }

    void formatIsFoundFromContentThenName()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(DocumentFormat, format);
        QCOMPARE(formatId(sniffFormat(content, fileName)), formatId(format));
    }

    void formatsWithoutTheirLibraryNameThemselves()
    {
        // This test links the core alone: PDF needs core/pdf, which registers its reader.
        const Result<Document> document =
            readDocument(QByteArray("%PDF-1.7\n"), QStringLiteral("a.pdf"));
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::UnsupportedFormat);
        QCOMPARE(document.error().message,
                 QStringLiteral("PDF files cannot be read by this program"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
