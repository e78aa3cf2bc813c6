#include "templates/templateloader.h"
#include "templates/templateregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;

class TestTemplates : public QObject {
    Q_OBJECT

private slots:
    void bundledFormatsLoad()
    {
        const auto& registry = TemplateRegistry::builtin();
        QCOMPARE(registry.ids(), (QStringList{QStringLiteral("2021"), QStringLiteral("2019")}));
    }

    void cellCountsMatchTheOfficialTables_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("table2");
        QTest::addColumn<int>("table3");
        QTest::addColumn<int>("table4");
        // 2021: 规章/规范性文件 ×3, 许可, 处罚, 强制, 收费 → 10; table 3: 25 rows × 7.
        QTest::newRow("2021") << QStringLiteral("2021") << 10 << 25 * 7 << 15;
        // 2019: items 1, 5, 6 → 6 rows × 3; item 8 → 2; item 9 → 2; table 3: 23 rows × 7.
        QTest::newRow("2019") << QStringLiteral("2019") << 22 << 23 * 7 << 15;
    }

    void cellCountsMatchTheOfficialTables()
    {
        QFETCH(QString, id);
        QFETCH(int, table2);
        QFETCH(int, table3);
        QFETCH(int, table4);
        const ReportTemplate* t = TemplateRegistry::builtin().find(id);
        QVERIFY(t);
        int counts[3] = {0, 0, 0};
        for (const QString& key : t->defaultCellKeys()) {
            const int table = key.mid(1, 1).toInt() - 2;
            QVERIFY2(table >= 0 && table < 3, qPrintable(key));
            ++counts[table];
        }
        QCOMPARE(counts[0], table2);
        QCOMPARE(counts[1], table3);
        QCOMPARE(counts[2], table4);
    }

    void keysFollowTablesMd()
    {
        const ReportTemplate* t2021 = TemplateRegistry::builtin().find(u"2021");
        const ReportTemplate* t2019 = TemplateRegistry::builtin().find(u"2019");
        QVERIFY(t2021 && t2019);
        const QStringList keys2021 = t2021->defaultCellKeys();
        const QStringList keys2019 = t2019->defaultCellKeys();
        for (const char* key :
             {"t2.regulations.issued", "t2.normative_docs.in_force", "t2.fees.amount",
              "t3.new.natural", "t3.denied.query_matter.total", "t3.other.no_fee.social",
              "t3.carried_forward.other_org", "t4.suit_after_review.pending"}) {
            QVERIFY2(keys2021.contains(QLatin1String(key)), key);
        }
        for (const char* key : {"t2.licensing.change", "t2.other_services.prev_items",
                                "t2.procurement.amount", "t2.fees.change", "t3.other.total"}) {
            QVERIFY2(keys2019.contains(QLatin1String(key)), key);
        }
        QVERIFY(!keys2019.contains(QLatin1String("t3.other.no_fee.social")));
        QVERIFY(!keys2021.contains(QLatin1String("t3.other.total")));
        // The other form of (六)其他处理 is known as an alternative in each format.
        QVERIFY(t2021->cell(u"t3.other.total") && t2021->cell(u"t3.other.total")->alternative);
        QVERIFY(t2019->cell(u"t3.other.no_fee.total"));
        QCOMPARE(t2021->cell(u"t2.fees.amount")->type, ValueType::Money);
        QCOMPARE(t2019->cell(u"t2.fees.change")->type, ValueType::Signed);
        QCOMPARE(t2019->cell(u"t2.fees.prev_items")->type, ValueType::Count);
    }

    void yearsSelectTheFormat()
    {
        const auto& registry = TemplateRegistry::builtin();
        QCOMPARE(registry.forYear(2020)->id, QStringLiteral("2019"));
        QCOMPARE(registry.forYear(2021)->id, QStringLiteral("2021"));
        QCOMPARE(registry.forYear(2030)->id, QStringLiteral("2021"));
        QVERIFY(!registry.forYear(2010));
    }

    void brokenTemplatesAreRejectedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        // Words the reason gives (the messages are English until a translation is installed).
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{ nope") << QString();
        QTest::newRow("unknown schema") << QByteArray(R"({"schema": 9, "id": "x"})") << QString();
        QTest::newRow("no tables")
            << QByteArray(R"({"schema": 1, "id": "x", "tables": []})") << QString();
        QTest::newRow("bad type")
            << QByteArray(R"({"schema":1,"id":"x","tables":[{"key":"t2","blocks":[{"key":"b",)"
                          R"("columns":[{"key":"c","type":"colour"}],"rows":[{"key":"r"}]}]}]})")
            << QString();
        QTest::newRow("duplicate cell")
            << QByteArray(R"({"schema":1,"id":"x","tables":[{"key":"t2","blocks":[{"key":"b",)"
                          R"("columns":[{"key":"c"}],"rows":[{"key":"r"},{"key":"r"}]}]}]})")
            << QString();
        // Groups: a flattened table like table 4, its groups broken in each way.
        const auto flattened = [](const char* rowGroup, const char* groups) {
            return QStringLiteral(R"({"schema":1,"id":"x","tables":[{"key":"t4",)"
                                  R"("layout":"flattened","blocks":[{"key":"b",)"
                                  R"("columns":[{"key":"c"}],"rows":[{"key":"r","group":"%1"}]}],)"
                                  R"("groups":[%2]}]})")
                .arg(QLatin1String(rowGroup), QLatin1String(groups))
                .toUtf8();
        };
        QTest::newRow("row in an unknown group")
            << flattened("suits", R"({"key":"suit"})") << QStringLiteral("unknown group \"suits\"");
        QTest::newRow("group in an unknown group")
            << flattened("suit", R"({"key":"suit","parent":"lawsuits"})")
            << QStringLiteral("unknown group \"lawsuits\"");
        QTest::newRow("group inside itself")
            << flattened("suit", R"({"key":"suit","parent":"a"},{"key":"a","parent":"suit"})")
            << QStringLiteral("inside itself");
        QTest::newRow("group twice") << flattened("suit", R"({"key":"suit"},{"key":"suit"})")
                                     << QStringLiteral("group suit twice");
        QTest::newRow("group without a key")
            << flattened("suit", R"({"key":"suit"},{})") << QStringLiteral("without a key");
    }

    void brokenTemplatesAreRejectedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const auto loaded = loadTemplate(json);
        QVERIFY(!loaded);
        QVERIFY(!loaded.error().message.isEmpty());
        QVERIFY2(loaded.error().message.contains(reason), qPrintable(loaded.error().message));
    }

    void aFlattenedTableAcceptsGroups()
    {
        const QByteArray json(R"({"schema":1,"id":"x","tables":[{"key":"t4",)"
                              R"("layout":"flattened","blocks":[{"key":"b",)"
                              R"("columns":[{"key":"c"}],"rows":[{"key":"a"},)"
                              R"({"key":"r","label":"诉讼·直接","group":"suit",)"
                              R"("heading":{"zh":"直接","en":"Direct"}}]}],)"
                              R"("groups":[{"key":"suit","label":"诉讼"}]}]})");
        const auto loaded = loadTemplate(json);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        const TableDef& table = loaded->tables.front();
        const RowDef& row = table.blocks.front().rows.at(1);
        QCOMPARE(table.group(row.group)->label.zh, QStringLiteral("诉讼"));
        QCOMPARE(row.headingUnderGroup().en, QStringLiteral("Direct"));
        // A row without a heading is headed by its label.
        const RowDef& plain = table.blocks.front().rows.at(0);
        QCOMPARE(&plain.headingUnderGroup(), &plain.label);
    }

    void table4SuitsSitUnderOneGroupAndKeepTheirFullNames_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("2021") << QStringLiteral("2021");
        QTest::newRow("2019") << QStringLiteral("2019");
    }

    void table4SuitsSitUnderOneGroupAndKeepTheirFullNames()
    {
        QFETCH(QString, id);
        const ReportTemplate* format = TemplateRegistry::builtin().find(id);
        QVERIFY(format);
        const TableDef& t4 = *format->table(u"t4");
        const QList<RowDef>& rows = t4.blocks.front().rows;
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).group.isEmpty());
        const GroupDef* suit = t4.group(u"suit");
        QVERIFY(suit);
        QCOMPARE(suit->label.zh, QStringLiteral("行政诉讼"));
        QCOMPARE(suit->label.en, QStringLiteral("Administrative lawsuit"));
        // The printed header's words sit under the group; the label still names the row in
        // full, for cell titles, findings and the codebook.
        const QStringList headings{QStringLiteral("未经复议直接起诉"),
                                   QStringLiteral("复议后起诉")};
        for (int r = 1; r < 3; ++r) {
            QCOMPARE(rows.at(r).group, suit->key);
            QCOMPARE(rows.at(r).heading.zh, headings.at(r - 1));
            QCOMPARE(rows.at(r).label.zh, suit->label.zh + u'·' + headings.at(r - 1));
            QVERIFY(!rows.at(r).heading.en.isEmpty());
        }
    }

    void aThirdFormatIsOnlyAFile()
    {
        // A format that differs from 2021 only by id and years loads beside the others.
        QFile source(QStringLiteral(":/templates/2021.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray json = source.readAll();
        json.replace("\"id\": \"2021\"", "\"id\": \"2030\"");
        json.replace("\"from\": 2021", "\"from\": 2030");
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("2030.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        QFile::copy(QStringLiteral(":/templates/2021.json"),
                    dir.filePath(QStringLiteral("2021.json")));
        const auto registry = TemplateRegistry::fromDirectory(dir.path());
        QVERIFY(registry);
        QCOMPARE(registry->ids(), (QStringList{QStringLiteral("2030"), QStringLiteral("2021")}));
        QCOMPARE(registry->forYear(2031)->id, QStringLiteral("2030"));
        QCOMPARE(registry->forYear(2025)->id, QStringLiteral("2021"));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
