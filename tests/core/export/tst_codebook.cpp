#include "export/codebook.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QSet>
#include <QTest>

using namespace nianbao;
using namespace nianbao::exporting;

namespace {

const CodebookEntry* entryOf(const std::vector<CodebookEntry>& entries, const QString& key)
{
    for (const CodebookEntry& entry : entries) {
        if (entry.key == key) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

/// The codebook: what every key of every format means, in both languages.
class TestCodebook : public QObject {
    Q_OBJECT

private:
    const TemplateRegistry& m_templates = TemplateRegistry::builtin();
    std::vector<CodebookEntry> m_entries = buildCodebook(TemplateRegistry::builtin());

private Q_SLOTS:
    void coversEveryKeyOfBothFormatsOnceInTheDatasetsOrder()
    {
        QCOMPARE(m_templates.ids().size(), 2);
        QStringList keys;
        for (const CodebookEntry& entry : m_entries) {
            keys.append(entry.key);
        }
        QCOMPARE(keys, m_templates.allCellKeys());
        for (const auto& format : m_templates.templates()) {
            for (const CellDef& cell : format->cells()) {
                const CodebookEntry* entry = entryOf(m_entries, cell.key);
                QVERIFY2(entry, qPrintable(cell.key));
                QVERIFY2(entry->formats.contains(format->id), qPrintable(cell.key));
            }
        }
    }

    void everyEntryHasLabelsInBothLanguagesAUnitAndAType()
    {
        const QSet<QString> types{QStringLiteral("count"), QStringLiteral("signed"),
                                  QStringLiteral("money")};
        for (const CodebookEntry& entry : m_entries) {
            const QByteArray keyText = entry.key.toUtf8();
            const char* key = keyText.constData();
            QVERIFY2(entry.key.startsWith(entry.table + QLatin1Char('.')), key);
            QVERIFY2(!entry.tableTitle.zh.isEmpty() && !entry.tableTitle.en.isEmpty(), key);
            QVERIFY2(!entry.row.zh.isEmpty() && !entry.row.en.isEmpty(), key);
            QVERIFY2(!entry.column.zh.isEmpty() && !entry.column.en.isEmpty(), key);
            QVERIFY2(!entry.unit.isEmpty(), key);
            QVERIFY2(types.contains(entry.type), key);
        }
    }

    void sharedKeysListBothFormatsNewestFirst()
    {
        const CodebookEntry* natural = entryOf(m_entries, QStringLiteral("t3.new.natural"));
        QVERIFY(natural);
        QCOMPARE(natural->formats, QStringList({QStringLiteral("2021"), QStringLiteral("2019")}));
        const CodebookEntry* issued = entryOf(m_entries, QStringLiteral("t2.regulations.issued"));
        QVERIFY(issued);
        QCOMPARE(issued->formats, QStringList{QStringLiteral("2021")});
        const CodebookEntry* made = entryOf(m_entries, QStringLiteral("t2.regulations.new_made"));
        QVERIFY(made);
        QCOMPARE(made->formats, QStringList{QStringLiteral("2019")});
    }

    void labelsThatDifferBetweenFormatsAreBothGiven()
    {
        const CodebookEntry* decisions =
            entryOf(m_entries, QStringLiteral("t2.licensing.decisions"));
        QVERIFY(decisions);
        QCOMPARE(decisions->column.zh, QStringLiteral("本年处理决定数量 / 处理决定数量"));
        QCOMPARE(decisions->rowGroup.zh, QStringLiteral("第二十条第(五)项"));
    }

    void moneyHasItsUnitAndDecimals()
    {
        const CodebookEntry* fees = entryOf(m_entries, QStringLiteral("t2.fees.amount"));
        QVERIFY(fees);
        QCOMPARE(fees->type, QStringLiteral("money"));
        QCOMPARE(fees->unit, QStringLiteral("万元"));
        QCOMPARE(fees->decimals, 4);
        const CodebookEntry* change = entryOf(m_entries, QStringLiteral("t2.licensing.change"));
        QVERIFY(change);
        QCOMPARE(change->type, QStringLiteral("signed"));
    }

    void groupedRowsAndColumnsSayWhatTheySitUnder()
    {
        const CodebookEntry* secret =
            entryOf(m_entries, QStringLiteral("t3.denied.state_secret.commercial"));
        QVERIFY(secret);
        QCOMPARE(secret->rowGroup.zh, QStringLiteral("(三)不予公开"));
        QCOMPARE(secret->row.zh, QStringLiteral("1.属于国家秘密"));
        QCOMPARE(secret->column.zh, QStringLiteral("法人或其他组织：商业企业"));
        QVERIFY(secret->column.en.endsWith(QStringLiteral(": Commercial enterprises")));
        const CodebookEntry* review = entryOf(m_entries, QStringLiteral("t4.review.total"));
        QVERIFY(review);
        QVERIFY(review->rowGroup.isEmpty());
        // Table 4's suits sit under 行政诉讼 and still name themselves in full.
        const CodebookEntry* direct = entryOf(m_entries, QStringLiteral("t4.suit_direct.total"));
        QVERIFY(direct);
        QCOMPARE(direct->rowGroup.zh, QStringLiteral("行政诉讼"));
        QCOMPARE(direct->rowGroup.en, QStringLiteral("Administrative lawsuit"));
        QCOMPARE(direct->row.zh, QStringLiteral("行政诉讼·未经复议直接起诉"));
        QCOMPARE(direct->row.en, QStringLiteral("Lawsuit without prior review"));
    }

    void rowsFollowTheColumns()
    {
        const QList<ExportColumn> columns = codebookColumns();
        QCOMPARE(columns.first().name, QStringLiteral("key"));
        for (const CodebookEntry& entry : m_entries) {
            QCOMPARE(codebookRow(entry).size(), std::size_t(columns.size()));
        }
        const std::vector<ExportField> row =
            codebookRow(*entryOf(m_entries, QStringLiteral("t3.new.natural")));
        QCOMPARE(std::get<Utf8Text>(row.back().value).bytes, QByteArray("2021;2019"));
    }

    void theCodebookSitsBesideTheData()
    {
        QCOMPARE(codebookPathFor(QStringLiteral("/tmp/out/data.csv")),
                 QStringLiteral("/tmp/out/data.codebook.csv"));
        QCOMPARE(codebookPathFor(QStringLiteral("data.json")),
                 QStringLiteral("data.codebook.json"));
        QCOMPARE(codebookPathFor(QStringLiteral("out/data")), QStringLiteral("out/data.codebook"));
    }
};

QTEST_GUILESS_MAIN(TestCodebook)
#include "tst_codebook.moc"
