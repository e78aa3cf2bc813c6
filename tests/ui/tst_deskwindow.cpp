// The supervisor's desk in the real main window (offscreen): a year's coverage with a
// one-click match of an unmatched report, the most similar pairs with their shared passages
// highlighted side by side, a body's year on year beside its peers chart, the dashboard; in
// English and Chinese at 1440×900 with nothing cut.

#include "common/language.h"
#include "desk/bodyview.h"
#include "desk/coveragemodel.h"
#include "desk/coverageview.h"
#include "desk/dashboardview.h"
#include "desk/deskpane.h"
#include "desk/pairsmodel.h"
#include "desk/pairsview.h"
#include "desk/peerschart.h"
#include "desk/yoymodel.h"
#include "synth/reportgenerator.h"
#include "uitestkit.h"
#include "zipentry.h"

#include <QAbstractButton>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace nianbao;

namespace {

const QString kSteady = QStringLiteral("南京市测试区财政局");
const QString kLate = QStringLiteral("南京市测试区教育局");
const QString kSource = QStringLiteral("南京市测试区民政局");
const QString kCopier = QStringLiteral("南京市测试区水务局");
const QString kMissing = QStringLiteral("南京市测试区审计局");
const QString kStranger = QStringLiteral("南京市测试区档案史志馆");
const QString kArchivesBody = QStringLiteral("南京市测试区档案馆");

/// The text of a written .docx's body.
QString documentText(const QString& docx)
{
    return QString::fromUtf8(test::zipEntry(docx, QStringLiteral("word/document.xml")));
}

/// Every visible label and button of `root` shows its whole text.
QStringList cutWidgets(QWidget* root)
{
    QStringList cut;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty() &&
            label->width() < label->sizeHint().width()) {
            cut.append(label->text());
        }
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty() &&
            button->width() < button->sizeHint().width()) {
            cut.append(button->text());
        }
    }
    for (QTabBar* bar : root->findChildren<QTabBar*>()) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i) {
            if (bar->tabRect(i).width() < bar->fontMetrics().horizontalAdvance(bar->tabText(i))) {
                cut.append(bar->tabText(i));
            }
        }
    }
    return cut;
}

} // namespace

class TestDeskWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_registry;
    QString m_jumpKey;

    QString write(const QString& name, const QString& text)
    {
        const QString file = m_dir.filePath(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(file));
        }
        out.write(text.toUtf8());
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        installTranslations(Language::English);
        synth::ReportGenerator generator(77);
        synth::GeneratorOptions options;
        options.difficulties = synth::Difficulties::none();
        options.independentNarrative = true;
        options.busy = true;
        QStringList files;
        QList<synth::GeneratedReport> series = generator.series(kSteady, 2022, 2, options);
        for (const QString& key : series[1].keys) {
            const auto before = series[0].expected.value(key);
            const auto now = series[1].expected.value(key);
            if (key.startsWith(QLatin1String("t3.new")) && before && now && *before >= 5 &&
                *now * 2 >= *before && series[1].spans.contains(key)) {
                m_jumpKey = key;
                const Span span = series[1].spans.value(key);
                series[1].text.replace(span.start, span.length(), QString::number(*now * 20));
                break;
            }
        }
        QVERIFY(!m_jumpKey.isEmpty());
        files << write(QStringLiteral("steady-2022.txt"), series[0].text + u"\n\n2023年1月9日\n")
              << write(QStringLiteral("steady-2023.txt"), series[1].text + u"\n\n2024年1月9日\n");
        options.year = 2023;
        options.agency = kLate;
        files << write(QStringLiteral("late.txt"),
                       generator.generate(options).text + u"\n\n2024年4月1日\n");
        options.agency = kSource;
        const QString source = generator.generate(options).text;
        files << write(QStringLiteral("source.txt"), source + u"\n\n2024年1月20日\n");
        QString copied = source;
        copied.replace(kSource, kCopier);
        files << write(QStringLiteral("copier.txt"), copied + u"\n\n2024年1月21日\n");
        options.agency = kStranger;
        files << write(QStringLiteral("stranger.txt"),
                       generator.generate(options).text + u"\n\n2024年1月22日\n");
        m_archive = m_dir.filePath(QStringLiteral("desk.sqlite"));
        test::writeArchive(m_archive, files);
        m_registry = write(QStringLiteral("registry.csv"),
                           QStringLiteral("name,region code,level\n%1,320101,county\n"
                                          "%2,320101,county\n%3,320101,county\n"
                                          "%4,320101,county\n%5,320102,county\n"
                                          "%6,320102,county\n")
                               .arg(kSteady, kLate, kSource, kCopier, kMissing, kArchivesBody));
    }

    void theDeskShowsCoveragePairsYearOnYearAndDashboard()
    {
        test::WindowFixture fixture(m_archive);
        ui::MainWindow& window = fixture.window();
        window.resize(1440, 900);
        ui::DeskPane* desk = window.desk();
        QVERIFY(desk);
        auto* tabs = fixture.find<QTabWidget>("mainTabs");
        tabs->setCurrentWidget(desk);
        desk->setYear(2023);

        // A bad registry is refused row by row, the good one imported.
        const QString bad =
            write(QStringLiteral("bad.csv"), QStringLiteral("name,region code\nx,12\n"));
        QVERIFY(!desk->importRegistryFile(bad));
        QVERIFY(desk->message()->text().contains(QStringLiteral("bad.csv")));
        fixture.prompter().files.push_back({m_registry});
        QTest::mouseClick(fixture.find<QPushButton>("importRegistry"), Qt::LeftButton);
        QVERIFY2(desk->message()->text().contains(QStringLiteral("6 bodies")),
                 qPrintable(desk->message()->text()));

        // Coverage: one late, one missing, the stranger unmatched.
        ui::CoverageModel* coverage = desk->coverage()->model();
        QCOMPARE(coverage->rowCount(), 6);
        QHash<QString, QString> status;
        for (int row = 0; row < coverage->rowCount(); ++row) {
            status.insert(
                coverage->index(row, ui::CoverageModel::Body).data().toString(),
                coverage->index(row, 0).data(ui::CoverageModel::StatusCodeRole).toString());
        }
        QCOMPARE(status.value(kLate), QStringLiteral("late"));
        QCOMPARE(status.value(kMissing), QStringLiteral("missing"));
        QCOMPARE(status.value(kArchivesBody), QStringLiteral("missing"));
        QCOMPARE(status.value(kSteady), QStringLiteral("on_time"));
        auto* unmatched = fixture.find<QListWidget>("unmatchedReports");
        QCOMPARE(unmatched->count(), 1);
        QVERIFY(unmatched->item(0)->text().contains(kStranger));
        QVERIFY(!desk->coverage()->findChild<QChartView*>()->chart()->series().isEmpty());

        // One click: the stranger is the archives body.
        unmatched->setCurrentRow(0);
        auto* bodies = fixture.find<QComboBox>("matchBody");
        bodies->setCurrentIndex(bodies->findText(kArchivesBody));
        QTest::mouseClick(fixture.find<QPushButton>("matchButton"), Qt::LeftButton);
        QCOMPARE(unmatched->count(), 0);
        for (int row = 0; row < coverage->rowCount(); ++row) {
            if (coverage->index(row, ui::CoverageModel::Body).data().toString() == kArchivesBody) {
                QCOMPARE(coverage->index(row, 0).data(ui::CoverageModel::StatusCodeRole).toString(),
                         QStringLiteral("on_time"));
            }
        }

        // A reviewer sets the late body's date: on time from then on.
        for (int row = 0; row < coverage->rowCount(); ++row) {
            if (coverage->index(row, ui::CoverageModel::Body).data().toString() == kLate) {
                const QModelIndex date = coverage->index(row, ui::CoverageModel::Published);
                QVERIFY(date.flags() & Qt::ItemIsEditable);
                QVERIFY(!coverage->setData(date, QStringLiteral("1 Jan"), Qt::EditRole));
                QVERIFY(coverage->setData(date, QStringLiteral("2024-01-30"), Qt::EditRole));
            }
        }
        QTRY_COMPARE(status.size(), 6); // the reload is queued
        QTRY_VERIFY([&] {
            for (int row = 0; row < coverage->rowCount(); ++row) {
                if (coverage->index(row, ui::CoverageModel::Body).data().toString() == kLate) {
                    return coverage->index(row, 0).data(ui::CoverageModel::StatusCodeRole) ==
                           QStringLiteral("on_time");
                }
            }
            return false;
        }());

        // Similar reports: the copy first, its shared passages highlighted on both sides.
        desk->views()->setCurrentWidget(desk->pairs());
        ui::PairsModel* pairs = desk->pairs()->model();
        QVERIFY(pairs->rowCount() >= 1);
        const QString top = pairs->index(0, ui::PairsModel::Report).data().toString() +
                            pairs->index(0, ui::PairsModel::OtherReport).data().toString();
        QStringList rows;
        for (int row = 0; row < pairs->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < pairs->columnCount(); ++column) {
                cells.append(pairs->index(row, column).data().toString());
            }
            rows.append(cells.join(u' '));
        }
        QVERIFY2(top.contains(kSource) && top.contains(kCopier), qPrintable(rows.join(u'\n')));
        QVERIFY(desk->pairs()->left()->toHtml().contains(QStringLiteral("#fbe3a1")));
        QVERIFY(desk->pairs()->right()->toHtml().contains(QStringLiteral("#fbe3a1")));

        // Year on year: the planted jump painted and listed; the peers chart beside it.
        desk->views()->setCurrentWidget(desk->body());
        QComboBox* reports = desk->body()->reports();
        int steady = -1;
        for (int i = 0; i < reports->count(); ++i) {
            if (reports->itemText(i).contains(kSteady)) {
                steady = i;
            }
        }
        QVERIFY(steady >= 0);
        reports->setCurrentIndex(steady);
        ui::YearOnYearModel* yoy = desk->body()->model();
        QVERIFY(yoy->rowCount() > 0);
        bool painted = false;
        for (int row = 0; row < yoy->rowCount(); ++row) {
            const QModelIndex cell = yoy->index(row, 0);
            if (cell.data(ui::YearOnYearModel::KeyRole).toString() == m_jumpKey) {
                painted = cell.data(Qt::BackgroundRole).isValid();
            }
        }
        QVERIFY2(painted, qPrintable(m_jumpKey));
        QVERIFY(desk->body()->findings()->count() > 0);
        QVERIFY(!desk->body()->peersChart()->chart()->series().isEmpty());

        // The dashboard: reports by year (2022 and 2023).
        desk->views()->setCurrentWidget(desk->dashboard());
        QVERIFY(!desk->dashboard()->chart(0)->chart()->series().isEmpty());

        // Nothing cut at 1440×900, in English and in Chinese.
        for (const Language language : {Language::English, Language::Chinese}) {
            installTranslations(language);
            QCoreApplication::processEvents();
            for (int view = 0; view < desk->views()->count(); ++view) {
                desk->views()->setCurrentIndex(view);
                QCoreApplication::processEvents();
                const QStringList cut = cutWidgets(&window);
                QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
            }
        }
        QCOMPARE(tabs->tabText(2), QStringLiteral("监管工作台"));
        installTranslations(Language::English);
    }
    void theWindowWritesNoticesAndCoverageAndShowsPeersBesideTheForm()
    {
        test::WindowFixture fixture(m_archive);
        ui::MainWindow& window = fixture.window();
        window.resize(1440, 900);
        ui::DeskPane* desk = window.desk();
        fixture.find<QTabWidget>("mainTabs")->setCurrentWidget(desk);
        desk->setYear(2023);
        QVERIFY(desk->importRegistryFile(m_registry));

        // The coverage as a sheet, from the button: one row per body with its status.
        const QString sheet = m_dir.filePath(QStringLiteral("coverage-2023.csv"));
        fixture.prompter().saveFiles.push_back(sheet);
        QTest::mouseClick(fixture.find<QPushButton>("exportCoverage"), Qt::LeftButton);
        QVERIFY2(desk->message()->text().contains(QStringLiteral("coverage-2023.csv")),
                 qPrintable(desk->message()->text()));
        QFile csv(sheet);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString rows = QString::fromUtf8(csv.readAll());
        QVERIFY(rows.contains(kMissing + QStringLiteral(",320101,county,missing")) ||
                rows.contains(kMissing));
        QVERIFY(rows.contains(QStringLiteral("missing")));
        QVERIFY(rows.contains(QStringLiteral("late")));
        // A name that is no sheet is refused with the reason, nothing written.
        QVERIFY(!desk->exportCoverageTo(m_dir.filePath(QStringLiteral("coverage.txt"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("coverage.txt"))));

        // A notice for the report shown in year on year (.docx), and for the year (PDF).
        desk->views()->setCurrentWidget(desk->body());
        QComboBox* reports = desk->body()->reports();
        for (int i = 0; i < reports->count(); ++i) {
            if (reports->itemText(i).contains(kCopier)) {
                reports->setCurrentIndex(i);
            }
        }
        QVERIFY(reports->currentText().contains(kCopier));
        const QString docx = m_dir.filePath(QStringLiteral("notice.docx"));
        fixture.prompter().saveFiles.push_back(docx);
        desk->findChild<QAction*>(QStringLiteral("noticeForReport"))->trigger();
        QVERIFY2(desk->message()->text().contains(QStringLiteral("1 report")),
                 qPrintable(desk->message()->text()));
        // Chinese by default; English when asked for.
        QVERIFY(documentText(docx).contains(QStringLiteral("整改")));
        QVERIFY(!documentText(docx).contains(QStringLiteral("Rectification notice")));
        const QString english = m_dir.filePath(QStringLiteral("notice-en.docx"));
        desk->findChild<QAction*>(QStringLiteral("noticeInEnglish"))->setChecked(true);
        fixture.prompter().saveFiles.push_back(english);
        desk->findChild<QAction*>(QStringLiteral("noticeForReport"))->trigger();
        QVERIFY(documentText(english).contains(QStringLiteral("Rectification notice")));
        desk->findChild<QAction*>(QStringLiteral("noticeInEnglish"))->setChecked(false);
        const QString pdf = m_dir.filePath(QStringLiteral("notices.pdf"));
        fixture.prompter().saveFiles.push_back(pdf);
        desk->findChild<QAction*>(QStringLiteral("noticeForYear"))->trigger();
        QVERIFY2(desk->message()->text().contains(QStringLiteral("5 reports")),
                 qPrintable(desk->message()->text()));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        // Cancelled: nothing asked for is written.
        const QString before = desk->message()->text();
        desk->writeNotice(ui::DeskPane::NoticeScope::WholeYear);
        QCOMPARE(desk->message()->text(), before);

        // Beside the review form: the open report among its peers (same level and region).
        QVERIFY(window.openReport(fixture.reportOf(kSteady, 2023)));
        auto* peers = window.findChild<ui::PeersChart*>(QStringLiteral("reviewPeers"));
        QVERIFY(peers);
        QVERIFY(peers->peerCount() >= 2);
        QVERIFY(!peers->chartView()->chart()->series().isEmpty());
        QVERIFY(peers->statistics()->text().contains(QStringLiteral("median")));
    }
};

QTEST_MAIN(TestDeskWindow)
#include "tst_deskwindow.moc"
