// A window that fits: at 1440×900 and 1920×1080, in Chinese and in English, the real main
// window with a report open shows tables 3 and 4 without horizontal scrolling, at least eight
// rows of findings, and no label, button, combo box, tab or column header cut short.

#include "form/formpane.h"
#include "form/formview.h"
#include "mainwindow/mainactions.h"
#include "session/reportsession.h"
#include "uitestkit.h"
#include "workspace/reportworkspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;
using namespace nianbao::ui;
using namespace nianbao::test;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

QString describe(const QWidget* widget, const QString& text)
{
    return QStringLiteral("%1 %2 “%3”")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

/// Whether a widget is shown on screen now (itself and every parent visible, not in a hidden
/// tab page).
bool showing(const QWidget* widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}

/// The texts cut short among the visible widgets of `root`.
QStringList elidedTexts(QWidget* root)
{
    QStringList cut;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!showing(widget)) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            const QString text = label->text();
            if (text.isEmpty() || label->wordWrap() || label->textFormat() == Qt::RichText ||
                Qt::mightBeRichText(text)) {
                continue;
            }
            const int needed =
                label->fontMetrics().horizontalAdvance(QString(text).remove(QLatin1Char('&')));
            if (needed > label->contentsRect().width()) {
                cut << describe(label, text);
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (!button->text().isEmpty() && button->width() < button->sizeHint().width()) {
                cut << describe(button, button->text());
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            if (combo->width() < combo->sizeHint().width() &&
                combo->width() < combo->minimumSizeHint().width()) {
                cut << describe(combo, combo->currentText());
            }
            const int text = combo->fontMetrics().horizontalAdvance(combo->currentText());
            if (text > combo->width() - 2 * combo->style()->pixelMetric(QStyle::PM_ButtonMargin) -
                           combo->style()->pixelMetric(QStyle::PM_MenuButtonIndicator)) {
                cut << describe(combo, combo->currentText());
            }
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i) &&
                    tabs->tabRect(i).width() <
                        tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)) + 8) {
                    cut << describe(tabs, tabs->tabText(i));
                }
            }
        } else if (auto* form = qobject_cast<FormView*>(widget)) {
            // The form's own cells: row labels and figures whole in their cells.
            const QAbstractItemModel* model = form->model();
            const int margin =
                2 * (form->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, form) + 1);
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    const QString text = index.data().toString();
                    const QRect rect = form->visualRect(index);
                    if (text.isEmpty() || rect.isEmpty() || form->isRowHidden(row) ||
                        form->isColumnHidden(column)) {
                        continue;
                    }
                    // Measured in the font the cell is drawn in (headings are bold).
                    const QVariant cellFont = index.data(Qt::FontRole);
                    const QFontMetrics metrics(cellFont.isValid() ? cellFont.value<QFont>()
                                                                  : form->font());
                    int widest = 0;
                    for (const QString& line : text.split(QLatin1Char('\n'))) {
                        widest = std::max(widest, metrics.horizontalAdvance(line));
                    }
                    // Wrapped, a label must fit its row's height; a figure never wraps.
                    const QRect inside = rect.adjusted(margin / 2, 0, -margin / 2, 0);
                    const QRect needed = metrics.boundingRect(inside, int(Qt::TextWordWrap), text);
                    // A word that cannot wrap (Latin letters; Chinese wraps anywhere) must fit.
                    for (const QString& word : text.split(
                             QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                        if (!word.contains(QRegularExpression(QStringLiteral("\\p{Han}"))) &&
                            metrics.horizontalAdvance(word) > inside.width()) {
                            cut << describe(form, text);
                            break;
                        }
                    }
                    if (widest > inside.width() &&
                        (!form->wordWrap() || needed.height() > rect.height() ||
                         !text.contains(QRegularExpression(QStringLiteral("\\D"))))) {
                        cut << describe(form, text);
                    }
                }
            }
        } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model()) {
                continue;
            }
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section)) {
                    continue;
                }
                const QString text =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                if (text.isEmpty()) {
                    continue;
                }
                // The widest line (headers may break), with the style's margins.
                int widest = 0;
                for (const QString& line : text.split(QLatin1Char('\n'))) {
                    widest = std::max(widest, header->fontMetrics().horizontalAdvance(line));
                }
                const int margins =
                    2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                if (header->sectionSize(section) < widest + margins) {
                    cut << describe(header, text);
                }
            }
        }
    }
    return cut;
}

} // namespace

class TestWindowFit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fits_data();
    void fits();
    void aWindowTooSmallIsCaught();

private:
    QTemporaryDir m_dir;
    QString m_archive;
};

void TestWindowFit::initTestCase()
{
    m_archive = m_dir.filePath(QStringLiteral("prepared.sqlite"));
    writeArchive(m_archive, {generatedSample(1, 2021), generatedSample(2, 2022)});
}

void TestWindowFit::fits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("1440x900 English") << QSize(1440, 900) << false;
    QTest::newRow("1440x900 Chinese") << QSize(1440, 900) << true;
    QTest::newRow("1920x1080 English") << QSize(1920, 1080) << false;
    QTest::newRow("1920x1080 Chinese") << QSize(1920, 1080) << true;
}

void TestWindowFit::fits()
{
    QFETCH(QSize, size);
    QFETCH(bool, chinese);
    WindowFixture fixture(m_archive);
    MainWindow& window = fixture.window();
    (chinese ? window.actions()->chinese : window.actions()->english)->trigger();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setWindowState(Qt::WindowNoState);
    window.resize(size);
    settle();
    QCOMPARE(window.size(), size);
    QVERIFY(window.openReport(fixture.reportOf(QStringLiteral("示例县生成数据局"), 2021)));
    settle();

    // The archive browser first.
    QStringList cut = elidedTexts(&window);
    QVERIFY2(cut.isEmpty(),
             qPrintable(QStringLiteral("archive: ") + cut.join(QStringLiteral("; "))));
    window.actions()->showReport->trigger();
    settle();

    auto* findings = fixture.find<QTableView>("findingsTable");
    QVERIFY(findings && showing(findings));
    const int rows =
        findings->viewport()->height() / findings->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 8, qPrintable(QStringLiteral("%1 rows of findings").arg(rows)));

    auto* formTabs = fixture.find<QTabWidget>("formTabs");
    QVERIFY(formTabs);
    for (const char* table : {"t2", "t3", "t4"}) {
        auto* view =
            fixture.find<FormView>(qPrintable(QStringLiteral("formTable_") + QLatin1String(table)));
        QVERIFY(view);
        for (int i = 0; i < formTabs->count(); ++i) {
            if (formTabs->widget(i)->isAncestorOf(view) || formTabs->widget(i) == view) {
                formTabs->setCurrentIndex(i);
            }
        }
        settle();
        QVERIFY2(view->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("%1 scrolls by %2 pixels")
                                .arg(QLatin1String(table))
                                .arg(view->horizontalScrollBar()->maximum())));
        cut = elidedTexts(&window);
        QVERIFY2(cut.isEmpty(), qPrintable(QLatin1String(table) + QStringLiteral(": ") +
                                           cut.join(QStringLiteral("; "))));
    }
}

void TestWindowFit::aWindowTooSmallIsCaught()
{
    // The checks above can fail: squeezed, the same window cuts texts and scrolls table 3.
    WindowFixture fixture(m_archive);
    MainWindow& window = fixture.window();
    window.actions()->english->trigger();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setMinimumSize(0, 0);
    window.resize(700, 500);
    QVERIFY(window.openReport(fixture.reportOf(QStringLiteral("示例县生成数据局"), 2021)));
    settle();
    auto* formTabs = fixture.find<QTabWidget>("formTabs");
    auto* t3 = fixture.find<FormView>("formTable_t3");
    for (int i = 0; i < formTabs->count(); ++i) {
        if (formTabs->widget(i) == t3 || formTabs->widget(i)->isAncestorOf(t3)) {
            formTabs->setCurrentIndex(i);
        }
    }
    settle();
    QVERIFY(t3->horizontalScrollBar()->maximum() > 0);
    QVERIFY(!elidedTexts(&window).isEmpty());
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
