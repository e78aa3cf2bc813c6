#include "form/formpane.h"

#include "form/cellvalue.h"
#include "form/formmodel.h"
#include "form/formview.h"
#include "form/readingspanel.h"
#include "session/celllabels.h"
#include "session/reportsession.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nianbao::ui {

namespace {

/// The format shown: the report's, or before a report is open the newest bundled one (so the
/// pane looks as it will).
const ReportTemplate* shownFormat(const ReportTemplate* format)
{
    if (format) {
        return format;
    }
    const auto& templates = TemplateRegistry::builtin().templates();
    return templates.empty() ? nullptr : templates.front().get();
}

/// The tables of a format, in the order the report prints them.
QStringList tableKeysOf(const ReportTemplate* format)
{
    format = shownFormat(format);
    QStringList keys;
    if (format) {
        for (const TableDef& table : format->tables) {
            keys << table.key;
        }
    }
    return keys;
}

/// The number a report prints before a table's part ("三" for table 3, shown as 3): the
/// part's place among the format's sections.
int tableNumber(const ReportTemplate* format, const QString& key, int fallback)
{
    format = shownFormat(format);
    if (format) {
        for (int i = 0; i < format->sections.size(); ++i) {
            if (format->sections.at(i).key == key) {
                return i + 1;
            }
        }
    }
    return fallback;
}

} // namespace

FormPane::FormPane(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_pinReason(new QToolButton(this))
    , m_historyButton(new QToolButton(this))
    , m_readings(new ReadingsPanel(this))
{
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_tabs->setDocumentMode(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setClearButtonEnabled(true);
    m_reasonLabel->setBuddy(m_reason);
    m_pinReason->setObjectName(QStringLiteral("pinReasonButton"));
    m_pinReason->setCheckable(true);
    m_pinReason->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    setTables(tableKeysOf(nullptr));
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { emit currentCellChanged(currentCellKey()); });
    connect(this, &FormPane::currentCellChanged, m_readings, &ReadingsPanel::showRow);
    connect(m_readings, &ReadingsPanel::readingChosen, this,
            [this](const QString& /*cellKey*/, int index) { applyReading(index); });
    connect(m_historyButton, &QToolButton::clicked, this, [this] {
        if (const QString key = currentCellKey(); !key.isEmpty()) {
            emit historyRequested(key);
        }
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_reasonLabel);
    bar->addWidget(m_reason, 1);
    bar->addWidget(m_pinReason);
    bar->addWidget(m_historyButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_readings);
    updateTexts();
}

void FormPane::setTables(const QStringList& keys)
{
    if (keys == m_tableKeys) {
        return;
    }
    m_tabs->clear();
    for (FormView* view : m_views) {
        delete view;
    }
    for (FormModel* model : m_models) {
        delete model;
    }
    m_views.clear();
    m_models.clear();
    m_tableKeys = keys;
    for (const QString& key : keys) {
        auto* model = new FormModel(key, this);
        model->setReason(m_reason->text());
        auto* view = new FormView(m_tabs);
        view->setObjectName(QStringLiteral("formTable_") + key);
        view->setFormModel(model);
        m_tabs->addTab(view, QString());
        m_models.push_back(model);
        m_views.push_back(view);
        connect(view, &FormView::currentCellChanged, this, &FormPane::currentCellChanged);
        connect(view, &FormView::historyRequested, this, &FormPane::historyRequested);
        connect(view, &FormView::acceptRequested, this, &FormPane::acceptSelection);
        connect(view, &FormView::readingRequested, this, &FormPane::applyReading);
        connect(view, &FormView::pasteRequested, this, &FormPane::paste);
        connect(model, &FormModel::editRefused, this, &FormPane::message);
        connect(m_reason, &QLineEdit::textChanged, model, &FormModel::setReason);
        connect(model, &FormModel::reasonUsed, this, [this] { takeReason(); });
    }
}

void FormPane::setSession(ReportSession* session)
{
    m_session = session;
    // A tab per table of the report's format: a new format brings its own tables.
    setTables(tableKeysOf(session ? session->format() : nullptr));
    // A reason belongs to the edits of one report.
    m_reason->clear();
    for (FormModel* model : m_models) {
        model->setSession(session);
    }
    m_readings->setSession(session);
    updateTexts();
}

QString FormPane::takeReason()
{
    const QString reason = m_reason->text().trimmed();
    if (!m_pinReason->isChecked()) {
        m_reason->clear();
    }
    return reason;
}

void FormPane::acceptSelection()
{
    FormView* view = currentView();
    const QString cellKey = currentCellKey();
    if (!m_session || !view || cellKey.isEmpty()) {
        return;
    }
    QStringList keys = view->selectedCellKeys();
    if (!keys.contains(cellKey)) {
        keys = {cellKey};
    }
    if (!m_session->acceptCells(keys, takeReason())) {
        return; // the session said why
    }
    if (!moveToNextProblem()) {
        emit message(tr("No cell left with a problem."));
    }
}

void FormPane::applyReading(int index)
{
    const QString cellKey = currentCellKey();
    if (!m_session || cellKey.isEmpty()) {
        return;
    }
    const workflow::RowReadings readings = m_session->rowReadings(cellKey);
    if (index < 0 || std::size_t(index) >= readings.readings.size()) {
        emit message(readings.isEmpty() ? tr("This row has no candidate readings.")
                                        : tr("This row has %n candidate reading(s).", nullptr,
                                             int(readings.readings.size())));
        return;
    }
    if (!m_session->acceptReading(cellKey, index, takeReason())) {
        return;
    }
    if (!moveToNextProblem()) {
        emit message(tr("No cell left with a problem."));
    }
}

void FormPane::paste(const QString& text)
{
    FormView* view = currentView();
    const QString cellKey = currentCellKey();
    if (!m_session || !view || cellKey.isEmpty()) {
        return;
    }
    // Figures as copied from a PDF viewer, a web page or a spreadsheet: tabs, spaces (also
    // full-width ones) or line breaks between them.
    static const QRegularExpression separators(QStringLiteral("[\\s\\x{3000}]+"));
    const QStringList figures = text.split(separators, Qt::SkipEmptyParts);
    if (figures.isEmpty()) {
        emit message(tr("The clipboard holds no figures to paste."));
        return;
    }
    QStringList keys;
    if (figures.size() == 1) {
        keys = view->selectedCellKeys();
        if (!keys.contains(cellKey)) {
            keys = {cellKey};
        }
    } else {
        keys = view->cellsRightFrom(cellKey, int(figures.size()));
        if (keys.size() < figures.size()) {
            emit message(tr("%1 figures do not fit: only %2 cells from here to the end of the "
                            "line.")
                             .arg(figures.size())
                             .arg(keys.size()));
            return;
        }
    }
    std::vector<std::pair<QString, std::optional<double>>> values;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString& figure = figures.size() == 1 ? figures.front() : figures[i];
        const Result<std::optional<double>> parsed =
            CellValueType::of(m_session->format(), keys[i]).parse(figure);
        if (!parsed) {
            emit message(
                tr("Not pasted: “%1” for %2: %3")
                    .arg(figure, cellTitle(m_session->format(), keys[i]), parsed.error().message));
            return;
        }
        values.emplace_back(keys[i], *parsed);
    }
    if (m_session->editCells(values, takeReason())) {
        selectCells(keys);
    }
}

FormView* FormPane::view(const QString& tableKey) const
{
    const qsizetype at = m_tableKeys.indexOf(tableKey);
    return at < 0 ? nullptr : m_views[std::size_t(at)];
}

FormView* FormPane::currentView() const
{
    return qobject_cast<FormView*>(m_tabs->currentWidget());
}

QString FormPane::currentCellKey() const
{
    const FormView* view = currentView();
    return view ? view->currentCellKey() : QString();
}

void FormPane::selectCells(const QStringList& keys)
{
    for (FormView* view : m_views) {
        // The first table holding one of the keys wins: a finding's cells sit in one table.
        // Shown before selecting, so that scrolling to the cells measures the visible table.
        const bool holds = std::any_of(keys.begin(), keys.end(), [view](const QString& key) {
            return view->formModel()->indexOf(key).isValid();
        });
        if (holds) {
            m_tabs->setCurrentWidget(view);
            view->selectCells(keys);
            return;
        }
    }
}

QStringList FormPane::cellKeysInOrder() const
{
    QStringList keys;
    for (const FormModel* model : m_models) {
        keys += model->grid().cellKeys();
    }
    return keys;
}

bool FormPane::moveToNextProblem()
{
    if (!m_session) {
        return false;
    }
    const QStringList keys = cellKeysInOrder();
    const qsizetype start = keys.indexOf(currentCellKey());
    for (qsizetype step = 1; step <= keys.size(); ++step) {
        const QString& key = keys[(start + step + keys.size()) % keys.size()];
        if (m_session->annotation(key).isProblem() && key != currentCellKey()) {
            selectCells({key});
            currentView()->setFocus();
            return true;
        }
    }
    return false;
}

void FormPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FormPane::retranslate()
{
    for (FormModel* model : m_models) {
        model->retranslate();
    }
    updateTexts();
}

void FormPane::updateTexts()
{
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("Optional, recorded with the next edit"));
    m_reason->setToolTip(tr("Why you change values: kept in each cell's history"));
    m_pinReason->setText(tr("Pin"));
    m_pinReason->setToolTip(tr("Keep the reason for the following edits too (otherwise it is "
                               "recorded with the next edit only)"));
    m_historyButton->setText(tr("History…"));
    m_historyButton->setToolTip(tr("The corrections of the current cell (Ctrl+H)"));
    const ReportTemplate* format = m_session ? m_session->format() : nullptr;
    for (int i = 0; i < int(m_tableKeys.size()); ++i) {
        const QString& key = m_tableKeys[i];
        m_tabs->setTabText(i, tr("Table %1").arg(tableNumber(format, key, i + 2)));
        m_tabs->setTabToolTip(i, tableTitle(format, key));
    }
}

} // namespace nianbao::ui
