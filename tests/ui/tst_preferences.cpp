// Language switch at run time, remembered layout, and the typed settings' defaults.

#include "common/itemroles.h"
#include "common/language.h"
#include "form/formgrid.h"
#include "form/formmodel.h"
#include "form/formview.h"
#include "mainwindow/mainactions.h"
#include "settings/settingsstorage.h"
#include "uitestkit.h"

#include <QAction>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

/// The text of the form's label for a row of table 3 (its first RowLabel in that grid row).
QString rowLabel(FormModel* model, const QString& cellKey)
{
    const QModelIndex cell = model->indexOf(cellKey);
    for (int column = 0; column < cell.column(); ++column) {
        const QModelIndex index = model->index(cell.row(), column);
        if (index.data(ItemKindRole).toInt() == int(FormItemKind::RowLabel)) {
            return index.data().toString();
        }
    }
    return {};
}

} // namespace

class TestPreferences : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void languageSwitchesAtRunTime();
    void layoutIsRemembered();
    void settingsHaveDefaultsAndKeepValues();

private:
    QTemporaryDir m_dir;
    QString m_archive;
};

void TestPreferences::initTestCase()
{
    m_archive = m_dir.filePath(QStringLiteral("prepared.sqlite"));
    writeArchive(m_archive, {generatedSample(1, 2021), generatedSample(1, 2022)});
    installTranslations(Language::English);
}

void TestPreferences::cleanup()
{
    installTranslations(Language::English);
}

void TestPreferences::languageSwitchesAtRunTime()
{
    WindowFixture fixture(m_archive);
    QVERIFY(fixture.window().openReport(fixture.reportOf(QStringLiteral("示例县"), 2022)));
    FormModel* t3 = fixture.find<FormView>("formTable_t3")->formModel();
    auto* outline = fixture.find<QTreeWidget>("outlineTree");
    auto* tabs = fixture.find<QTabWidget>("formTabs");
    QCOMPARE(rowLabel(t3, QStringLiteral("t3.new.natural")),
             QStringLiteral("1. New requests this year"));
    QVERIFY(fixture.window().actions()->english->isChecked());
    const QString englishTab = tabs->tabToolTip(1);
    QCOMPARE(englishTab, QStringLiteral("Disclosure requests received and handled"));

    fixture.window().actions()->chinese->trigger();
    QTRY_COMPARE(rowLabel(t3, QStringLiteral("t3.new.natural")),
                 QStringLiteral("一、本年新收政府信息公开申请数量"));
    QCOMPARE(tabs->tabToolTip(1), QStringLiteral("收到和处理政府信息公开申请情况"));
    bool overview = false;
    for (int i = 0; i < outline->topLevelItemCount(); ++i) {
        overview =
            overview || outline->topLevelItem(i)->text(0).contains(QStringLiteral("总体情况"));
    }
    QVERIFY(overview);
    QCOMPARE(currentLanguage(), Language::Chinese);
    QCOMPARE(fixture.settings().language(), Language::Chinese);
    QVERIFY(fixture.window().actions()->chinese->isChecked());

    fixture.window().actions()->english->trigger();
    QTRY_COMPARE(rowLabel(t3, QStringLiteral("t3.new.natural")),
                 QStringLiteral("1. New requests this year"));
    QCOMPARE(tabs->tabToolTip(1), englishTab);
}

void TestPreferences::layoutIsRemembered()
{
    WindowFixture fixture(m_archive);
    auto* panes = fixture.find<QSplitter>("workspacePanes");
    fixture.window().resize(1400, 900);
    panes->setSizes({300, 1100});
    const QList<int> sizes = panes->sizes();
    fixture.reopen();
    panes = fixture.find<QSplitter>("workspacePanes");
    QCOMPARE(panes->sizes(), sizes);
    QCOMPARE(fixture.window().size(), QSize(1400, 900));
}

void TestPreferences::settingsHaveDefaultsAndKeepValues()
{
    AppSettings settings(std::make_unique<MemorySettingsStorage>());
    QCOMPARE(settings.language(), systemLanguage());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(!settings.importFolder().isEmpty());
    settings.setReviewerName(QStringLiteral("  李审核  "));
    QCOMPARE(settings.reviewerName(), QStringLiteral("李审核"));
    settings.setLanguage(Language::Chinese);
    QCOMPARE(settings.language(), Language::Chinese);
    settings.setLayoutState(QStringLiteral("x"), QByteArray("state"));
    QCOMPARE(settings.layoutState(QStringLiteral("x")), QByteArray("state"));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
