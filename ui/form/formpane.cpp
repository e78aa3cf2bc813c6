#include "form/formpane.h"

#include "form/formmodel.h"
#include "form/formview.h"
#include "session/celllabels.h"
#include "session/reportsession.h"
#include "templates/reporttemplate.h"
#include "templates/templateregistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    , m_historyButton(new QToolButton(this))
{
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_tabs->setDocumentMode(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setClearButtonEnabled(true);
    m_reasonLabel->setBuddy(m_reason);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    setTables(tableKeysOf(nullptr));
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { emit currentCellChanged(currentCellKey()); });
    connect(m_historyButton, &QToolButton::clicked, this, [this] {
        if (const QString key = currentCellKey(); !key.isEmpty()) {
            emit historyRequested(key);
        }
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_reasonLabel);
    bar->addWidget(m_reason, 1);
    bar->addWidget(m_historyButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
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
        connect(view, &FormView::acceptRequested, this, [this] {
            const QString cellKey = currentCellKey();
            if (m_session && !cellKey.isEmpty() &&
                !m_session->acceptCell(cellKey, m_reason->text())) {
                return; // the session said why
            }
            if (!moveToNextProblem()) {
                emit message(tr("No cell left with a problem."));
            }
        });
        connect(model, &FormModel::editRefused, this, &FormPane::message);
        connect(m_reason, &QLineEdit::textChanged, model, &FormModel::setReason);
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
    updateTexts();
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
    m_reason->setPlaceholderText(tr("Optional, recorded with each edit of this report"));
    m_reason->setToolTip(tr("Why you change values: kept in each cell's history"));
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
