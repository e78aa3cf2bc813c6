// The narrative diff between two years: sentences kept, dropped and added; inside changed
// sentences, characters; the edits always cover both texts.

#include "supervision/yearonyear/textdiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace nianbao::supervision;
using Kind = TextEdit::Kind;

namespace {

/// Rebuilds both texts from the edits, checking they cover the texts in order without gaps.
bool coversBoth(const std::vector<TextEdit>& edits, const QString& before, const QString& after)
{
    qsizetype oldAt = 0;
    qsizetype newAt = 0;
    for (const TextEdit& edit : edits) {
        if (edit.oldStart != oldAt || edit.newStart != newAt) {
            return false;
        }
        if (edit.kind == Kind::Inserted && edit.oldEnd != edit.oldStart) {
            return false;
        }
        if (edit.kind == Kind::Deleted && edit.newEnd != edit.newStart) {
            return false;
        }
        oldAt = edit.oldEnd;
        newAt = edit.newEnd;
    }
    return oldAt == before.size() && newAt == after.size();
}

QString describe(const std::vector<TextEdit>& edits, const QString& before, const QString& after)
{
    QStringList parts;
    for (const TextEdit& edit : edits) {
        switch (edit.kind) {
        case Kind::Same:
            parts.append(QStringLiteral("=") +
                         after.mid(edit.newStart, edit.newEnd - edit.newStart));
            break;
        case Kind::Inserted:
            parts.append(QStringLiteral("+") +
                         after.mid(edit.newStart, edit.newEnd - edit.newStart));
            break;
        case Kind::Deleted:
            parts.append(QStringLiteral("-") +
                         before.mid(edit.oldStart, edit.oldEnd - edit.oldStart));
            break;
        }
    }
    return parts.join(u'|');
}

} // namespace

class TestTextDiff : public QObject {
    Q_OBJECT

private slots:
    void sentencesKeptDroppedAndAdded()
    {
        const QString before = QStringLiteral("甲句。乙句。丙句。");
        const QString after = QStringLiteral("甲句。丙句。丁句。");
        const auto edits = diffTexts(before, after);
        QVERIFY(coversBoth(edits, before, after));
        QCOMPARE(describe(edits, before, after), QStringLiteral("=甲句。|-乙句。|=丙句。|+丁句。"));
        QCOMPARE(keptShare(edits, after), 4.0 / 6.0);
    }

    void aChangedSentenceIsDiffedCharacterByCharacter()
    {
        const QString before = QStringLiteral("全年公开信息120条。");
        const QString after = QStringLiteral("全年主动公开信息135条。");
        const auto edits = diffTexts(before, after);
        QVERIFY(coversBoth(edits, before, after));
        QCOMPARE(describe(edits, before, after),
                 QStringLiteral("=全年|+主动|=公开信息1|-20|+35|=条。"));
    }

    void spacingAloneChangesNoSentence()
    {
        const QString before = QStringLiteral("全年公开 信息。\n下一步加强。");
        const QString after = QStringLiteral("全年公开信息。\n下一步 加强。");
        const auto edits = diffTexts(before, after);
        QVERIFY(coversBoth(edits, before, after));
        for (const TextEdit& edit : edits) {
            QCOMPARE(edit.kind, Kind::Same);
        }
        QCOMPARE(keptShare(edits, after), 1.0);
    }

    void emptyTexts()
    {
        QVERIFY(diffTexts(QString(), QString()).empty());
        const QString text = QStringLiteral("新增内容。");
        const auto added = diffTexts(QString(), text);
        QCOMPARE(describe(added, QString(), text), QStringLiteral("+新增内容。"));
        const auto dropped = diffTexts(text, QString());
        QCOMPARE(describe(dropped, text, QString()), QStringLiteral("-新增内容。"));
        QCOMPARE(keptShare(dropped, QString()), 1.0);
    }

    void randomEditsAlwaysCoverBothTexts()
    {
        QRandomGenerator random(5);
        const QString alphabet = QStringLiteral("政务公开信息申请年。，\n");
        for (int trial = 0; trial < 300; ++trial) {
            QString before;
            QString after;
            for (int i = int(random.bounded(120)); i > 0; --i) {
                before.append(alphabet.at(random.bounded(int(alphabet.size()))));
            }
            after = before;
            for (int e = int(random.bounded(6)); e > 0 && !after.isEmpty(); --e) {
                const int at = int(random.bounded(int(after.size())));
                if (random.bounded(2) == 0) {
                    after.remove(at, 1);
                } else {
                    after.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
                }
            }
            const auto edits = diffTexts(before, after);
            QVERIFY2(coversBoth(edits, before, after), qPrintable(before + u'|' + after));
            // The Same stretches hold equal text, spaces aside.
            for (const TextEdit& edit : edits) {
                if (edit.kind == Kind::Same) {
                    QString a = before.mid(edit.oldStart, edit.oldEnd - edit.oldStart);
                    QString b = after.mid(edit.newStart, edit.newEnd - edit.newStart);
                    a.remove(u'\n');
                    b.remove(u'\n');
                    QCOMPARE(a, b);
                }
            }
        }
    }

    void tooLongToCompareIsShownWhole()
    {
        QString before;
        QString after;
        for (int i = 0; i < 3000; ++i) {
            before.append(QChar(char16_t(0x4E00 + i)));
            after.append(QChar(char16_t(0x5E00 + i)));
        }
        const auto edits = diffTexts(before, after, 1000);
        QVERIFY(coversBoth(edits, before, after));
        QCOMPARE(edits.size(), std::size_t(2));
        QCOMPARE(edits[0].kind, Kind::Deleted);
        QCOMPARE(edits[1].kind, Kind::Inserted);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
