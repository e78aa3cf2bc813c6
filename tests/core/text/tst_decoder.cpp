#include "testdata.h"
#include "text/decoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace nianbao;

namespace {

QString seedText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qUtf8Printable(path));
    }
    return QString::fromUtf8(file.readAll());
}

/// The text in a named encoding, produced by Qt's converters (ICU behind them for the legacy
/// ones), so the decoder is checked against an independent encoder.
QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid()) {
        qFatal("no encoder for %s", encoding);
    }
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError()) {
        qFatal("%s cannot encode the text", encoding);
    }
    return bytes;
}

/// How a test file is made from a seed's text.
struct Encoding {
    const char* label;
    const char* encoder; ///< for QStringEncoder
    QByteArrayView byteOrderMark;
    const char* expectedName; ///< what decodeText reports
};

const Encoding encodings[] = {
    {"UTF-8", "UTF-8", {}, "UTF-8"},
    {"UTF-8 with BOM", "UTF-8", "\xEF\xBB\xBF", "UTF-8"},
    {"UTF-16LE with BOM", "UTF-16LE", "\xFF\xFE", "UTF-16LE"},
    {"UTF-16BE with BOM", "UTF-16BE", "\xFE\xFF", "UTF-16BE"},
    {"UTF-16LE", "UTF-16LE", {}, "UTF-16LE"},
    {"UTF-16BE", "UTF-16BE", {}, "UTF-16BE"},
    {"UTF-32LE with BOM", "UTF-32LE", QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {"GB18030", "GB18030", {}, "GB18030"},
};

const char* const japanese =
    "政府情報公開に関する年次報告書は、行政機関が保有する情報の公開状況を国民に知らせるために"
    "作成されます。本年度の開示請求件数は前年度より増加し、その多くは一か月以内に処理されまし"
    "た。";
const char* const korean =
    "정부 정보 공개 연례 보고서는 행정 기관이 보유한 정보의 공개 현황을 국민에게 알리기 위해 "
    "작성됩니다. 올해 공개 청구 건수는 전년도보다 증가했으며 대부분 한 달 안에 처리되었습니다.";
const char* const traditionalChinese =
    "政府資訊公開年度報告，依據政府資訊公開法規定編製。本年度受理申請件數較上年度增加，"
    "處理情形詳如下表，並無因申請而產生之爭訟。";

/// Bytes the decoder must refuse, with the code it must give.
void addRefusal(const char* name, const QByteArray& bytes, ErrorCode code,
                const QString& messagePart = {})
{
    QTest::newRow(name) << bytes << code << messagePart;
}

QByteArray randomBytes(quint32 seed, qsizetype size, uchar low, uchar high)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes) {
        byte = static_cast<char>(random.bounded(int(low), int(high) + 1));
    }
    return bytes;
}

} // namespace

class TestDecoder : public QObject {
    Q_OBJECT

private slots:
    void seedsDecodeInEveryEncoding_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        for (const QString& path : test::seedFiles()) {
            const QString text = seedText(path);
            for (const Encoding& encoding : encodings) {
                const QByteArray bytes =
                    encoding.byteOrderMark.toByteArray() + encoded(text, encoding.encoder);
                QTest::addRow("%s %s", qUtf8Printable(QFileInfo(path).baseName()), encoding.label)
                    << path << bytes << QString::fromLatin1(encoding.expectedName);
            }
        }
    }

    void seedsDecodeInEveryEncoding()
    {
        QFETCH(QString, seed);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const Result<DecodedText> decoded = decodeText(bytes);
        QVERIFY2(decoded, qUtf8Printable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, seedText(seed));
        QVERIFY(decoded->notices.isEmpty());
    }

    void realReportsDecodeAsUtf8AndGb18030()
    {
        const QStringList files = test::sharedRealFiles();
        if (files.isEmpty()) {
            QSKIP("../shared/real is not beside the repository");
        }
        for (const QString& path : files) {
            const QString text = seedText(path);
            for (const char* encoding : {"UTF-8", "GB18030"}) {
                const Result<DecodedText> decoded = decodeText(encoded(text, encoding));
                QVERIFY2(decoded, qUtf8Printable(path));
                QCOMPARE(decoded->encoding, QLatin1String(encoding));
                QCOMPARE(decoded->text, text);
            }
        }
    }

    void utf16ByteOrderIsFoundByItsCharacters_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("LE") << QStringLiteral("UTF-16LE");
        QTest::newRow("BE") << QStringLiteral("UTF-16BE");
    }

    void utf16ByteOrderIsFoundByItsCharacters()
    {
        QFETCH(QString, encoding);
        // No digits or line ends, so no zero byte of ASCII gives the byte order away, while
        // 一 (U+4E00) puts its zero byte on the side where ASCII puts none.
        const QString text = QStringLiteral("一、总体情况。本机关坚持以人民为中心深化公开工作，"
                                            "一体推进政府信息公开。");
        const QByteArray bytes = encoded(text, qPrintable(encoding));
        const Result<DecodedText> decoded = decodeText(bytes);
        QVERIFY2(decoded, qUtf8Printable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, text);
    }

    void truncatedTextKeepsWhatIsWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");
        const QString text = seedText(test::seedFiles().constFirst());
        const QByteArray utf8 = encoded(text, "UTF-8");
        // Cut one byte into the last Chinese character of the first 1000 bytes.
        qsizetype cut = 1000;
        while ((static_cast<uchar>(utf8[cut]) & 0xC0) != 0xC0) {
            --cut;
        }
        const QString whole = QString::fromUtf8(utf8.first(cut));
        QTest::newRow("UTF-8, 1 of 3 bytes")
            << utf8.first(cut + 1) << whole << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8, 2 of 3 bytes")
            << utf8.first(cut + 2) << whole << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + utf8.first(cut + 2) << whole << QStringLiteral("UTF-8");

        const QByteArray gb = encoded(whole + QStringLiteral("中"), "GB18030");
        QTest::newRow("GB18030") << gb.chopped(1) << whole << QStringLiteral("GB18030");
        const QByteArray utf16 = QByteArray("\xFF\xFE") + encoded(whole, "UTF-16LE");
        QTest::newRow("UTF-16, odd byte") << utf16 + 'x' << whole << QStringLiteral("UTF-16LE");
        const QString astral = whole + QString::fromUcs4(U"\U00020000");
        QTest::newRow("UTF-16, half a surrogate pair")
            << QByteArray(QByteArray("\xFF\xFE") + encoded(astral, "UTF-16LE")).chopped(2) << whole
            << QStringLiteral("UTF-16LE");
    }

    void truncatedTextKeepsWhatIsWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        const Result<DecodedText> decoded = decodeText(bytes);
        QVERIFY2(decoded, qUtf8Printable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, expected);
        QCOMPARE(decoded->notices.size(), 1);
        QVERIFY(decoded->notices.constFirst().contains(QLatin1String("truncated")));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("messagePart");

        addRefusal("no bytes", {}, ErrorCode::Empty, QStringLiteral("empty"));
        addRefusal("white space", QByteArray(" \t\r\n\n  \xE3\x80\x80\xC2\xA0\r\n"),
                   ErrorCode::Empty, QStringLiteral("blank"));
        addRefusal("BOM only", QByteArray("\xEF\xBB\xBF"), ErrorCode::Empty);
        addRefusal("UTF-16 white space", QByteArray("\xFF\xFE \0\n\0\0\x30", 8), ErrorCode::Empty);

        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d494844520000004000"
                                                   "00004008060000");
        addRefusal("PNG", png + randomBytes(1, 2000, 0, 255), ErrorCode::Binary);
        addRefusal("random bytes", randomBytes(2, 4096, 0, 255), ErrorCode::Binary);
        QByteArray controls = encoded(QStringLiteral("合计 12\n"), "UTF-8").repeated(20);
        for (qsizetype i = 0; i < controls.size(); i += 40) {
            controls[i] = '\x01';
        }
        addRefusal("UTF-8 with control bytes", controls, ErrorCode::Binary,
                   QStringLiteral("control"));

        addRefusal("Shift_JIS", encoded(QString::fromUtf8(japanese), "Shift_JIS"),
                   ErrorCode::UndecodableText, QStringLiteral("Shift_JIS"));
        addRefusal("EUC-JP", encoded(QString::fromUtf8(japanese), "EUC-JP"),
                   ErrorCode::UndecodableText, QStringLiteral("EUC-JP"));
        addRefusal("EUC-KR", encoded(QString::fromUtf8(korean), "EUC-KR"),
                   ErrorCode::UndecodableText, QStringLiteral("EUC-KR"));
        addRefusal("Big5", encoded(QString::fromUtf8(traditionalChinese), "Big5"),
                   ErrorCode::UndecodableText, QStringLiteral("Big5"));
        addRefusal("random high bytes", randomBytes(3, 2000, 0x80, 0xFF),
                   ErrorCode::UndecodableText);

        QByteArray damagedUtf8 = encoded(seedText(test::seedFiles().constFirst()), "UTF-8");
        qsizetype damage = 1500;
        while ((static_cast<uchar>(damagedUtf8[damage]) & 0xC0) != 0xC0) {
            ++damage; // the lead byte of the next character
        }
        damagedUtf8[damage] = '\xFF';
        addRefusal("UTF-8 with a bad byte", damagedUtf8, ErrorCode::UndecodableText,
                   QStringLiteral("offset %1").arg(damage));
        addRefusal("UTF-16 BOM, lone surrogate", QByteArray("\xFF\xFE\x41\x00\x00\xDC\x42\x00", 8),
                   ErrorCode::UndecodableText, QStringLiteral("UTF-16LE"));
        // Strict UTF-8: none of these may pass for UTF-8 (nor for anything else).
        addRefusal("overlong UTF-8", QByteArray("path \xC0\xAF etc \xE0\x80\xAF"),
                   ErrorCode::UndecodableText);
        addRefusal("UTF-8 surrogate", QByteArray("ab \xED\xA0\x80 cd"), ErrorCode::UndecodableText);
        addRefusal("UTF-8 past U+10FFFF", QByteArray("ab \xF4\x90\x80\x80 cd"),
                   ErrorCode::UndecodableText);
        addRefusal("UTF-8 BOM, Latin-1 body",
                   QByteArray("\xEF\xBB\xBF"
                              "caf\xE9 au lait"),
                   ErrorCode::UndecodableText, QStringLiteral("UTF-8"));
    }

    void badInputIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messagePart);
        const Result<DecodedText> decoded = decodeText(bytes);
        QVERIFY2(!decoded, qUtf8Printable(decoded ? decoded->encoding + QLatin1String(": ") +
                                                        decoded->text.left(60)
                                                  : QString()));
        QCOMPARE(decoded.error().code, code);
        QVERIFY(!decoded.error().message.isEmpty());
        QVERIFY2(decoded.error().message.contains(messagePart),
                 qUtf8Printable(decoded.error().message));
    }

    void shortGbTextAmongAscii()
    {
        // A table row in GBK: few Chinese characters among digits and spaces.
        const QString text = QStringLiteral("收费金额 0 万元\n合计 12 34 5\n");
        const Result<DecodedText> decoded = decodeText(encoded(text, "GB18030"));
        QVERIFY2(decoded, qUtf8Printable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
        QCOMPARE(decoded->text, text);
    }

    void decodedTextIsExactlyTheFile()
    {
        // No normalisation, no line-end conversion: spans index this text.
        const QString text = QStringLiteral("\r\n１２\u3000⑴\tend é €\r\n\x0c") +
                             QString::fromUcs4(U"\U00020000\U0001F600");
        const Result<DecodedText> decoded = decodeText(encoded(text, "UTF-8"));
        QVERIFY(decoded);
        QCOMPARE(decoded->text, text);
    }
};

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
