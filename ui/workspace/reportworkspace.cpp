#include "workspace/reportworkspace.h"

#include "charts/chartspane.h"
#include "common/prompter.h"
#include "findings/findingspanel.h"
#include "form/cellvalue.h"
#include "form/formpane.h"
#include "history/cellhistorydialog.h"
#include "history/timelinepane.h"
#include "session/celllabels.h"
#include "session/reportsession.h"
#include "source/sourcepane.h"
#include "templates/reporttemplate.h"
#include "theme/statepalette.h"
#include "workspace/reportdetails.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace nianbao::ui {

ReportWorkspace::ReportWorkspace(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_title(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_banner(new QLabel(this))
    , m_panes(new QSplitter(Qt::Horizontal))
    , m_side(new QTabWidget(m_panes))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_source(new SourcePane(m_side))
    , m_form(new FormPane(m_panes))
    , m_charts(new ChartsPane(m_side))
    , m_bottom(new QTabWidget(m_vertical))
    , m_findings(new FindingsPanel(m_bottom))
    , m_undoView(new QUndoView(m_bottom))
    , m_timeline(new TimelinePane(prompter, m_bottom))
    , m_details(new ReportDetails(prompter, m_bottom))
{
    m_title->setObjectName(QStringLiteral("reportTitleLabel"));
    m_title->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_statusLabel->setBuddy(m_status);
    m_banner->setObjectName(QStringLiteral("disagreementBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_banner->hide();
    // Named anew when the charts moved beside the text: a layout saved for three panes does
    // not squeeze the form.
    m_panes->setObjectName(QStringLiteral("workspacePanes"));
    m_side->setObjectName(QStringLiteral("sideTabs"));
    m_side->setDocumentMode(true);
    m_side->addTab(m_source, QString());
    m_side->addTab(m_charts, QString());
    m_vertical->setObjectName(QStringLiteral("workspaceVerticalSplitter"));
    m_source->setObjectName(QStringLiteral("sourcePane"));
    m_form->setObjectName(QStringLiteral("formPane"));
    m_charts->setObjectName(QStringLiteral("chartsPane"));
    m_bottom->setObjectName(QStringLiteral("bottomTabs"));
    m_bottom->setDocumentMode(true);
    m_findings->setObjectName(QStringLiteral("findingsPanel"));
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_timeline->setObjectName(QStringLiteral("timelinePane"));
    m_details->setObjectName(QStringLiteral("reportDetails"));

    m_panes->setChildrenCollapsible(false);
    m_panes->setStretchFactor(0, 1);
    m_panes->setStretchFactor(1, 3);
    m_panes->setSizes({340, 1100});
    m_vertical->addWidget(m_panes);
    m_vertical->addWidget(m_bottom);
    m_vertical->setStretchFactor(0, 2);
    m_vertical->setStretchFactor(1, 1);
    // The findings get room for eight rows and more at 900 pixels.
    m_vertical->setSizes({430, 350});
    m_bottom->addTab(m_findings, QString());
    m_bottom->addTab(m_undoView, QString());
    m_bottom->addTab(m_timeline, QString());
    m_bottom->addTab(m_details, QString());

    for (const ReviewStatus status :
         {ReviewStatus::Pending, ReviewStatus::Reviewed, ReviewStatus::Doubtful}) {
        m_status->addItem(QString(), int(status));
    }
    m_status->setEnabled(false);
    connect(m_status, &QComboBox::activated, this,
            [this] { setStatus(ReviewStatus(m_status->currentData().toInt())); });

    connect(m_form, &FormPane::currentCellChanged, this, &ReportWorkspace::showCellSources);
    connect(m_form, &FormPane::historyRequested, this, &ReportWorkspace::showHistory);
    connect(m_form, &FormPane::message, this, &ReportWorkspace::message);
    connect(m_source, &SourcePane::cellClicked, this,
            [this](const QString& key) { m_form->selectCells({key}); });
    connect(m_findings, &FindingsPanel::findingChosen, this, &ReportWorkspace::showFinding);
    connect(m_findings, &FindingsPanel::decisionRequested, this,
            &ReportWorkspace::decideCurrentFinding);
    connect(m_timeline, &TimelinePane::cellsChosen, this, &ReportWorkspace::showFinding);
    connect(m_timeline, &TimelinePane::message, this, &ReportWorkspace::message);
    connect(m_details, &ReportDetails::message, this, &ReportWorkspace::message);
    connect(m_details, &ReportDetails::sameBodyRequested, this,
            &ReportWorkspace::sameBodyRequested);
    connect(m_details, &ReportDetails::keepRequested, this, &ReportWorkspace::keepRequested);
    connect(m_details, &ReportDetails::restoreRequested, this, &ReportWorkspace::restoreRequested);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_statusLabel);
    header->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_vertical, 1);
    retranslate();
}

ReportWorkspace::~ReportWorkspace()
{
    // The panes hold the session weakly; let them drop it before it goes.
    setSession(nullptr, nullptr);
}

void ReportWorkspace::setSession(std::unique_ptr<ReportSession> session, store::Archive* archive)
{
    ReportSession* shown = session.get();
    m_source->setSession(shown);
    m_form->setSession(shown);
    m_charts->setSession(shown, archive);
    m_findings->setSession(shown);
    m_undoView->setStack(shown ? shown->undoStack() : nullptr);
    m_timeline->setSession(shown);
    m_details->setSession(shown, archive);
    // The old session goes only now, after no pane refers to it.
    m_session = std::move(session);
    if (m_session) {
        connect(m_session.get(), &ReportSession::findingsChanged, this,
                &ReportWorkspace::announceChange);
        connect(m_session.get(), &ReportSession::statusChanged, this,
                &ReportWorkspace::announceChange);
        connect(m_session.get(), &ReportSession::infoChanged, this,
                &ReportWorkspace::announceChange);
        connect(m_session.get(), &ReportSession::failed, this, &ReportWorkspace::message);
    }
    m_status->setEnabled(m_session != nullptr);
    // What waits for the reviewer comes first.
    if (m_session && m_session->openCounts().total() > 0) {
        m_bottom->setCurrentWidget(m_findings);
    }
    updateHeader();
}

QList<QSplitter*> ReportWorkspace::splitters() const
{
    return {m_panes, m_vertical, m_source->splitter()};
}

void ReportWorkspace::showCellSources(const QString& cellKey)
{
    if (!m_showingFinding) {
        m_source->showCells(cellKey.isEmpty() ? QStringList() : QStringList{cellKey});
    }
}

void ReportWorkspace::showFinding(const QStringList& cellKeys)
{
    m_showingFinding = true;
    m_form->selectCells(cellKeys);
    m_showingFinding = false;
    m_source->showCells(cellKeys);
}

bool ReportWorkspace::nextFinding()
{
    return m_findings->selectNext();
}

bool ReportWorkspace::previousFinding()
{
    return m_findings->selectPrevious();
}

void ReportWorkspace::decideCurrentFinding(FindingVerdict verdict)
{
    // Copies: deciding re-reads the findings the panel points into.
    const std::vector<Finding> chosen = m_findings->selectedFindings();
    if (!m_session || chosen.empty()) {
        emit message(tr("Choose a finding first (F8 moves to the next one)."));
        return;
    }
    QString comment;
    if (verdict != FindingVerdict::Open) {
        const QString title =
            verdict == FindingVerdict::Confirmed ? tr("Confirm finding") : tr("Dismiss finding");
        const QString label =
            chosen.size() == 1
                ? tr("Comment (optional):\n%1").arg(chosen.front().message())
                : tr("Comment (optional), recorded with each of the %n findings chosen:", nullptr,
                     int(chosen.size()));
        const std::optional<QString> answer = m_prompter.askText(this, title, label, QString());
        if (!answer) {
            return;
        }
        comment = answer->trimmed();
    }
    if (const Result<void> done = m_session->decideAll(chosen, verdict, comment); !done) {
        emit message(done.error().message);
    }
}

bool ReportWorkspace::selectFindingsAlike()
{
    const int added = m_findings->selectAlike();
    if (added < 0) {
        emit message(tr("Choose a finding first (F8 moves to the next one)."));
        return false;
    }
    emit message(tr("%n open finding(s) of this rule chosen.", nullptr, added + 1));
    return true;
}

bool ReportWorkspace::acceptChosenFindingsCells()
{
    const std::vector<Finding> chosen = m_findings->selectedFindings();
    if (!m_session || chosen.empty()) {
        emit message(tr("Choose a finding first (F8 moves to the next one)."));
        return false;
    }
    QStringList keys;
    for (const Finding& finding : chosen) {
        for (const QString& key : finding.cells) {
            if (!keys.contains(key)) {
                keys << key;
            }
        }
    }
    if (keys.isEmpty()) {
        emit message(tr("The findings chosen name no cell."));
        return false;
    }
    return m_session->acceptCells(keys, QString());
}

void ReportWorkspace::showFirstUndecidedError()
{
    if (const Finding* error = m_session ? m_session->firstUndecidedError() : nullptr) {
        m_bottom->setCurrentWidget(m_findings);
        m_findings->selectFinding(findingFingerprint(*error));
    }
}

void ReportWorkspace::showHistory(const QString& cellKey)
{
    const QString key = cellKey.isEmpty() ? m_form->currentCellKey() : cellKey;
    if (!m_session || key.isEmpty()) {
        emit message(tr("Choose a cell first."));
        return;
    }
    const Result<std::vector<Correction>> history = m_session->history(key);
    if (!history) {
        emit message(history.error().message);
        return;
    }
    const Cell* extracted = m_session->stored().extracted.cell(key);
    const CellValueType type = CellValueType::of(m_session->format(), key);
    auto* dialog = new CellHistoryDialog(
        cellTitle(m_session->format(), key), extracted ? extracted->value : std::nullopt, *history,
        [type](std::optional<double> value) { return type.format(value); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool ReportWorkspace::setStatus(ReviewStatus status)
{
    if (!m_session) {
        return false;
    }
    QString reason;
    bool override = false;
    const qint64 errors = m_session->openCounts().errors;
    if (status == ReviewStatus::Reviewed && errors > 0) {
        // Reviewed means reviewed: the reviewer is told why not, and may override only on
        // purpose, with a reason the history keeps.
        const Finding* first = m_session->firstUndecidedError();
        const QString why =
            tr("This report still has %n undecided error(s); the first: %1", nullptr, int(errors))
                .arg(first ? first->message() : QString());
        const std::optional<QString> answer = m_prompter.askText(
            this, tr("Mark reviewed anyway?"),
            tr("%1\n\nConfirm or dismiss each error first. To mark the report reviewed anyway, "
               "give the reason (kept in its history); cancel to go to the first error.")
                .arg(why),
            QString());
        if (!answer || answer->trimmed().isEmpty()) {
            showFirstUndecidedError();
            emit message(why);
            updateHeader();
            return false;
        }
        reason = answer->trimmed();
        override = true;
    }
    const Result<void> done = m_session->setStatus(status, reason, override);
    if (!done) {
        emit message(done.error().message);
    }
    updateHeader();
    return done.has_value();
}

void ReportWorkspace::announceChange()
{
    store::ReportRow row;
    row.id = m_session->id();
    row.fileName = m_session->info().fileName;
    row.agency = m_session->info().agency;
    row.region = m_session->info().region;
    row.year = m_session->info().year;
    row.templateId = m_session->info().templateId;
    row.status = m_session->info().status;
    // As the archive counts them: the session reads them back after every change.
    const SeverityCounts& open = m_session->openCounts();
    row.openErrors = int(open.errors);
    row.openWarnings = int(open.warnings);
    row.openNotes = int(open.notes);
    updateHeader();
    emit reportChanged(row);
}

void ReportWorkspace::updateHeader()
{
    if (!m_session) {
        m_title->setText(tr("No report open: choose one in the archive (Ctrl+1)."));
        m_title->setToolTip(QString());
        m_banner->hide();
        return;
    }
    const ReportInfo& info = m_session->info();
    const QString agency = info.agency.isEmpty() ? tr("Unknown agency") : info.agency;
    const QString year = info.year ? QString::number(*info.year) : tr("year unknown");
    const QString format =
        m_session->format() ? m_session->format()->name.text() : tr("format not recognised");
    m_title->setText(QStringLiteral("<b>%1</b> · %2 · %3")
                         .arg(agency.toHtmlEscaped(), year, format.toHtmlEscaped()));
    m_title->setToolTip(
        tr("Report %1, imported from %2").arg(info.id).arg(QFileInfo(info.fileName).fileName()));
    const QSignalBlocker blocker(m_status);
    m_status->setCurrentIndex(m_status->findData(int(info.status)));

    const QStringList disagreements = m_session->stored().disagreements();
    m_banner->setVisible(!disagreements.isEmpty());
    if (!disagreements.isEmpty()) {
        QPalette palette = m_banner->palette();
        palette.setColor(QPalette::Window, StatePalette::current().background(CellState::Warning));
        palette.setColor(QPalette::WindowText,
                         StatePalette::current().foreground(CellState::Warning));
        m_banner->setPalette(palette);
        m_banner->setText(tr("A newer extraction reads %n corrected cell(s) differently from "
                             "both the value corrected and the correction. The cells are marked "
                             "as warnings: check them.",
                             nullptr, int(disagreements.size())));
    }
}

void ReportWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReportWorkspace::retranslate()
{
    m_statusLabel->setText(tr("S&tatus:"));
    m_status->setToolTip(tr("Review status of this report: a report with undecided errors is "
                            "marked reviewed only with a reason"));
    for (int i = 0; i < m_status->count(); ++i) {
        m_status->setItemText(i, reviewStatusName(ReviewStatus(m_status->itemData(i).toInt())));
    }
    m_side->setTabText(0, tr("Report"));
    m_side->setTabToolTip(0, tr("The report as imported: choosing a cell shows where it was read"));
    m_side->setTabText(1, tr("Charts"));
    m_side->setTabToolTip(1, tr("This report's figures and the same body across the years"));
    m_bottom->setTabText(0, tr("Findings"));
    m_bottom->setTabText(1, tr("Edits"));
    m_bottom->setTabToolTip(1, tr("This report's edits since it was opened: click one to go back "
                                  "to it (each step is recorded in the archive)"));
    m_undoView->setEmptyLabel(tr("Opened"));
    m_bottom->setTabText(2, tr("Timeline"));
    m_bottom->setTabToolTip(2, tr("Every change to this report, by anyone, with who, when and "
                                  "why: choose one to see its cells"));
    m_bottom->setTabText(3, tr("Details"));
    m_bottom->setTabToolTip(3, tr("Agency, year, title and region of the report, and the body "
                                  "it belongs to"));
    updateHeader();
}

} // namespace nianbao::ui
