// The streaming JSON writer against QJsonDocument::toJson(Indented): the same bytes for every
// kind of value, nesting, empty containers, escapes and numbers at the edges of their forms.

#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace nianbao;

namespace {

/// Writes a QJsonValue through the stream writer (object members in QJsonObject's order).
void writeValue(JsonWriter& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.null();
        break;
    case QJsonValue::Bool:
        out.value(value.toBool());
        break;
    case QJsonValue::Double:
        out.value(value.toDouble());
        break;
    case QJsonValue::String:
        out.value(value.toString());
        break;
    case QJsonValue::Array:
        out.beginArray();
        for (const QJsonValue& element : value.toArray()) {
            writeValue(out, element);
        }
        out.endArray();
        break;
    case QJsonValue::Object: {
        out.beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out.key(it.key());
            writeValue(out, it.value());
        }
        out.endObject();
        break;
    }
    case QJsonValue::Undefined:
        break;
    }
}

QByteArray streamed(const QJsonValue& value)
{
    JsonWriter out;
    writeValue(out, value);
    out.raw("\n");
    return out.bytes().toByteArray();
}

QByteArray documented(const QJsonValue& value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
}

QString randomText(QRandomGenerator& random)
{
    // ASCII (quotes, backslashes, every control character), CJK, non-BMP pairs and lone
    // surrogates of both kinds.
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(6)) {
        case 0:
            text += QChar(random.bounded(0x20));
            break;
        case 1:
            text += QChar(random.bounded(0x20, 0x80));
            break;
        case 2:
            text += QChar(random.bounded(0x80, 0x800));
            break;
        case 3:
            text += QChar(random.bounded(0x4e00, 0x9fa5));
            break;
        case 4: {
            const char32_t c = random.bounded(0x10000, 0x110000);
            text += QString::fromUcs4(&c, 1);
            break;
        }
        default:
            text += QChar(random.bounded(0xd800, 0xe000)); // a lone surrogate
        }
    }
    return text;
}

double randomNumber(QRandomGenerator& random)
{
    switch (random.bounded(5)) {
    case 0:
        return random.bounded(-100000, 100000);
    case 1:
        return random.bounded(-1000000, 1000000) / 100.0; // money
    case 2:
        return random.generateDouble();
    case 3: {
        // Any finite double, through its bits.
        double value = 0;
        do {
            const quint64 bits = random.generate64();
            std::memcpy(&value, &bits, sizeof value);
        } while (!std::isfinite(value));
        return value;
    }
    default:
        return std::ldexp(random.generateDouble(), random.bounded(-80, 80));
    }
}

} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<double>("number");
        const double exact = 9007199254740992.0; // 2^53
        const QList<double> numbers{0.0,
                                    -0.0,
                                    1.0,
                                    -1.0,
                                    0.5,
                                    0.8,
                                    0.1 + 0.2,
                                    1016.72,
                                    12345678.9,
                                    exact,
                                    -exact,
                                    exact - 1,
                                    exact + 2,
                                    1e15,
                                    1e16,
                                    1e17,
                                    1e21,
                                    9.2233720368547758e18,
                                    -9.2233720368547758e18,
                                    1.8446744073709552e19,
                                    0.001,
                                    0.00123,
                                    0.0009999,
                                    1e-4,
                                    1e-5,
                                    1.5e-7,
                                    5e-324,
                                    std::numeric_limits<double>::min(),
                                    std::numeric_limits<double>::max(),
                                    -std::numeric_limits<double>::max(),
                                    std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity(),
                                    std::numeric_limits<double>::quiet_NaN(),
                                    123456789012.5,
                                    4503599627370495.5};
        for (const double number : numbers) {
            QTest::addRow("%.17g", number) << number;
        }
    }

    void numbers()
    {
        QFETCH(double, number);
        const QJsonArray array{number};
        QCOMPARE(streamed(array), documented(array));
    }

    void randomNumbers()
    {
        QRandomGenerator random(14);
        QJsonArray array;
        for (int i = 0; i < 20000; ++i) {
            array.append(randomNumber(random));
        }
        QCOMPARE(streamed(array), documented(array));
    }

    void integers()
    {
        const QJsonArray array{qint64(0),
                               qint64(-1),
                               std::numeric_limits<qint64>::max(),
                               std::numeric_limits<qint64>::min(),
                               qint64(1) << 53,
                               42};
        JsonWriter out;
        out.beginArray();
        out.value(qint64(0));
        out.value(qint64(-1));
        out.value(std::numeric_limits<qint64>::max());
        out.value(std::numeric_limits<qint64>::min());
        out.value(qint64(1) << 53);
        out.value(42);
        out.endArray();
        out.raw("\n");
        QCOMPARE(out.bytes().toByteArray(), documented(array));
    }

    void escapes()
    {
        QString every;
        for (char16_t u = 0; u < 0x80; ++u) {
            every += QChar(u);
        }
        const QString pair = QStringLiteral("\U0001F600\U00020000");
        const QJsonArray array{every,
                               QStringLiteral("年报：（一）"),
                               pair,
                               QString(QChar(0xd83d)),                             // lone high
                               QString(QChar(0xde00)),                             // lone low
                               QString(QString(QChar(0xd83d)) + QLatin1Char('a')), // not a pair
                               QString(QString(QChar(0xde00)) + QChar(0xd83d)),    // reversed
                               QString(),
                               QStringLiteral("\u2028\u2029\ufeff\uffff")};
        QCOMPARE(streamed(array), documented(array));
    }

    void structure()
    {
        const QJsonObject object{
            {QStringLiteral("empty_object"), QJsonObject{}},
            {QStringLiteral("empty_array"), QJsonArray{}},
            {QStringLiteral("nested"),
             QJsonArray{QJsonArray{}, QJsonObject{}, QJsonArray{QJsonArray{1, 2}},
                        QJsonObject{{QStringLiteral("a"), QJsonValue::Null}}}},
            {QStringLiteral("flag"), true},
            {QStringLiteral("off"), false},
            {QStringLiteral("中文键"), QStringLiteral("值")}};
        QCOMPARE(streamed(object), documented(object));
        QCOMPARE(streamed(QJsonObject{}), documented(QJsonObject{}));
        QCOMPARE(streamed(QJsonArray{}), documented(QJsonArray{}));
    }

    void randomDocuments()
    {
        QRandomGenerator random(2026);
        for (int round = 0; round < 300; ++round) {
            QJsonObject object;
            QJsonArray array;
            const int members = random.bounded(8);
            for (int i = 0; i < members; ++i) {
                QJsonValue value;
                switch (random.bounded(4)) {
                case 0:
                    value = randomText(random);
                    break;
                case 1:
                    value = randomNumber(random);
                    break;
                case 2:
                    value = QJsonArray{randomText(random), randomNumber(random)};
                    break;
                default:
                    value = QJsonObject{{randomText(random), randomText(random)}};
                }
                // Keys of printable ASCII: QJsonObject orders other keys in its own way.
                object.insert(QStringLiteral("k%1").arg(random.bounded(100)), value);
                array.append(value);
            }
            QCOMPARE(streamed(object), documented(object));
            QCOMPARE(streamed(array), documented(array));
        }
    }

    /// The buffer may be flushed between values: the writer only remembers where it is.
    void flushedBetweenValues()
    {
        QByteArray all;
        JsonWriter out;
        out.beginArray();
        for (int i = 0; i < 3; ++i) {
            out.beginObject();
            out.key(QLatin1StringView("n"));
            out.value(i);
            out.endObject();
            all += out.bytes();
            out.clear();
        }
        out.endArray();
        out.raw("\n");
        all += out.bytes();
        const QJsonArray expected{QJsonObject{{QStringLiteral("n"), 0}},
                                  QJsonObject{{QStringLiteral("n"), 1}},
                                  QJsonObject{{QStringLiteral("n"), 2}}};
        QCOMPARE(all, documented(expected));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
