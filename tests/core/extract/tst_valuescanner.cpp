// The figures the scanner reads carry exactly the value QStringView::toDouble gives for what
// was printed: the scanner computes it from the digits itself (toDouble was a tenth of the
// cost of extraction), so every kind of figure is checked against toDouble here.

#include "extract/valuetoken.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace nianbao;
using namespace nianbao::extract;

namespace {

/// A figure as reports print them: a sign now and then, leading zeros, a decimal part, and
/// runs of glued digits longer than a double holds exactly.
QString randomFigure(QRandomGenerator& random)
{
    QString figure;
    const int sign = random.bounded(6);
    if (sign == 0) {
        figure += QLatin1Char('-');
    } else if (sign == 1) {
        figure += QLatin1Char('+');
    }
    const int digits = 1 + random.bounded(random.bounded(4) == 0 ? 24 : 8);
    const int point = random.bounded(3) == 0 ? 1 + random.bounded(digits + 1) : -1;
    for (int i = 0; i < digits; ++i) {
        if (i == point) {
            figure += QLatin1Char('.');
        }
        figure += QChar(u'0' + (random.bounded(3) == 0 ? 0 : random.bounded(10)));
    }
    return figure;
}

bool sameDouble(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0; // -0 is not 0 here
}

} // namespace

class TestValueScanner : public QObject {
    Q_OBJECT

private slots:
    void figuresHaveToDoublesValue()
    {
        QRandomGenerator random(20261207);
        int checked = 0;
        int decimals = 0;
        int long_ = 0;
        for (int line = 0; line < 2000; ++line) {
            QStringList figures;
            for (int i = 0; i < 6; ++i) {
                figures << randomFigure(random);
            }
            const QString text = QStringLiteral("（三）行政复议 ") + figures.join(u' ') + u'\n';
            for (const ValueToken& token : scanValues(text, 0, text.size())) {
                if (token.kind != TokenKind::Number || !token.unit.isEmpty()) {
                    continue;
                }
                const QStringView printed =
                    QStringView(text).mid(token.start, token.end - token.start);
                const double expected = printed.toDouble();
                QVERIFY2(sameDouble(token.value, expected),
                         qPrintable(printed.toString() + QStringLiteral(": %1 instead of %2")
                                                             .arg(token.value, 0, 'g', 17)
                                                             .arg(expected, 0, 'g', 17)));
                ++checked;
                decimals += printed.contains(u'.') ? 1 : 0;
                long_ += printed.size() > 16 ? 1 : 0;
            }
        }
        // Most figures were read as such, of every kind.
        QVERIFY2(checked > 9000, qPrintable(QString::number(checked)));
        QVERIFY(decimals > 1000);
        QVERIFY(long_ > 100);
    }

    void groupedAndSignedFigures()
    {
        const QString text =
            QStringLiteral("收到申请 1,234 件，减少 -0 件，增加 +12.50 万元，共 0.1 0.3 7\n");
        QList<double> values;
        for (const ValueToken& token : scanValues(text, 0, text.size())) {
            if (token.kind == TokenKind::Number) {
                values << token.value;
            }
        }
        QCOMPARE(values.size(), 6);
        QCOMPARE(values.at(0), 1234.0);
        QVERIFY(sameDouble(values.at(1), -0.0));
        QCOMPARE(values.at(2), 12.5);
        QVERIFY(sameDouble(values.at(3), QStringView(u"0.1").toDouble()));
        QVERIFY(sameDouble(values.at(4), QStringView(u"0.3").toDouble()));
        QCOMPARE(values.at(5), 7.0);
    }
};

QTEST_GUILESS_MAIN(TestValueScanner)
#include "tst_valuescanner.moc"
