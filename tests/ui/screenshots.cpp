// nianbao-screenshots OUTDIR: opens the review window on the bundled samples (imported with
// the real pipeline into a temporary archive) and saves its main views as PNG files, for the
// README. Run it under Xvfb (xvfb-run -a) or with QT_QPA_PLATFORM=offscreen.

#include "charts/chartspane.h"
#include "desk/bodyview.h"
#include "desk/coverageview.h"
#include "desk/dashboardview.h"
#include "desk/deskpane.h"
#include "desk/pairsview.h"
#include "findings/findingspanel.h"
#include "form/formpane.h"
#include "form/formview.h"
#include "history/cellhistorydialog.h"
#include "history/timelinepane.h"
#include "mainwindow/mainactions.h"
#include "session/reportsession.h"
#include "settings/settingsstorage.h"
#include "testdata.h"
#include "uitestkit.h"
#include "workspace/reportdetails.h"
#include "workspace/reportworkspace.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(50);
    }
}

bool save(QWidget* widget, const QDir& out, const char* name)
{
    settle();
    const QString path = out.filePath(QLatin1String(name));
    const bool saved = widget->grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

ReportId reportOf(Archive& archive, const QString& words, int year)
{
    ReportQuery query;
    query.filter.text = words;
    query.filter.year = year;
    const Result<std::vector<ReportRow>> rows = archive.listReports(query);
    return rows && !rows->empty() ? rows->front().id : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    const QStringList args = QApplication::arguments();
    const QDir out(args.size() > 1 ? args[1] : QStringLiteral("screenshots"));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("samples.sqlite"));
    // The samples, and a PDF from the test data whose pages the review window draws.
    writeArchive(path, allSamples() << dataPath(QStringLiteral("formats/two-page-table.pdf")));
    Result<std::unique_ptr<Archive>> archive = Archive::open(path);
    if (!archive) {
        return 1;
    }
    AppSettings settings(std::make_unique<MemorySettingsStorage>());
    settings.setReviewerName(QStringLiteral("王审核"));
    ScriptedPrompter prompter;
    MainWindow window(std::move(*archive), settings, prompter);
    // The size the README promises the window fits (tst_windowfit checks it).
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was not shown\n");
        return 1;
    }
    bool ok = save(&window, out, "archive-browser.png");

    // A real report with findings: the first finding chosen, its cells and source shown.
    const ReportId seed = reportOf(window.archive(), QStringLiteral("河北省机关事务管理局"), 2022);
    if (seed != 0 && window.openReport(seed)) {
        window.workspace()->nextFinding();
        ok = save(&window, out, "review-real-report.png") && ok;
    }

    // A generated report after a wrong edit: the broken sums shown where they are.
    const ReportId generated = reportOf(window.archive(), QStringLiteral("示例县生成数据局"), 2022);
    if (generated != 0 && window.openReport(generated)) {
        ReportSession* session = window.workspace()->session();
        session->editCell(QStringLiteral("t3.new.natural"), 40.0, QStringLiteral("screenshot"));
        window.workspace()->formPane()->selectCells({QStringLiteral("t3.new.natural")});
        ok = save(&window, out, "review-edit-finding.png") && ok;
        window.workspace()->sideTabs()->setCurrentWidget(window.workspace()->chartsPane());
        ok = save(window.workspace()->chartsPane(), out, "charts.png") && ok;
        window.workspace()->sideTabs()->setCurrentIndex(0);
        // The report's story: the edit in the timeline, with who, when and why.
        window.workspace()->bottomTabs()->setCurrentWidget(window.workspace()->timeline());
        ok = save(&window, out, "review-timeline.png") && ok;
        window.workspace()->bottomTabs()->setCurrentWidget(window.workspace()->findingsPanel());
        window.workspace()->showHistory(QStringLiteral("t3.new.natural"));
        settle();
        if (auto* history = window.findChild<CellHistoryDialog*>()) {
            ok = save(history, out, "cell-history.png") && ok;
            history->close();
        }
        session->undoStack()->undo();
        window.actions()->chinese->trigger();
        window.workspace()->formPane()->selectCells(
            {QStringLiteral("t3.denied.third_party.total")});
        ok = save(&window, out, "review-chinese-labels.png") && ok;
        window.workspace()->bottomTabs()->setCurrentWidget(window.workspace()->details());
        ok = save(&window, out, "review-details-chinese.png") && ok;
        window.workspace()->bottomTabs()->setCurrentWidget(window.workspace()->findingsPanel());
    }
    window.actions()->english->trigger();

    // A PDF: the page beside the form, the chosen cell's figure framed on it.
    // Imported last.
    const std::vector<ReportRow> all = *window.archive().listReports({});
    const ReportId pdf = all.empty() ? 0 : all.back().id;
    if (pdf != 0 && window.openReport(pdf)) {
        if (auto* views = window.findChild<QTabWidget*>(QStringLiteral("sourceViews"))) {
            views->setCurrentIndex(1);
        }
        settle();
        window.workspace()->formPane()->selectCells({QStringLiteral("t3.new.natural")});
        ok = save(&window, out, "review-pdf-page.png") && ok;
    }

    // The supervisor's desk: a generated body beside its year before and its peers, and the
    // dashboard of the samples.
    if (DeskPane* desk = window.desk()) {
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(desk);
        desk->setYear(2022);
        desk->views()->setCurrentWidget(desk->body());
        if (generated != 0) {
            desk->body()->showReport(generated);
        }
        settle();
        ok = save(&window, out, "desk-year-on-year.png") && ok;
        desk->views()->setCurrentWidget(desk->dashboard());
        settle();
        ok = save(&window, out, "desk-dashboard.png") && ok;
        // Coverage of the year (the samples' bodies, with no registry imported yet: the
        // unmatched reports wait for their one-click match) and the batch's most similar pairs.
        desk->views()->setCurrentWidget(desk->coverage());
        settle();
        ok = save(&window, out, "desk-coverage.png") && ok;
        desk->views()->setCurrentWidget(desk->pairs());
        settle();
        ok = save(&window, out, "desk-similar-pairs.png") && ok;
    }
    return ok ? 0 : 1;
}
