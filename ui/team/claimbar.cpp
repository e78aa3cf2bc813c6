#include "team/claimbar.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace nianbao::ui {

ClaimBar::ClaimBar(QWidget* parent)
    : QToolBar(parent)
    , m_text(new QLabel(this))
    , m_takeOver(new QAction(this))
{
    setObjectName(QStringLiteral("claimBar"));
    m_text->setObjectName(QStringLiteral("claimText"));
    m_takeOver->setObjectName(QStringLiteral("actionTakeOver"));
    // A notice, not a tool bar the user arranges.
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);
    m_text->setContentsMargins(8, 2, 8, 2);
    addWidget(m_text);
    addAction(m_takeOver);
    connect(m_takeOver, &QAction::triggered, this, &ClaimBar::takeOverRequested);
    retranslate();
    hide();
}

void ClaimBar::showHeldBy(const store::Claim& held)
{
    m_held = held;
    m_problem.clear();
    m_takeOver->setVisible(true);
    retranslate();
    show();
}

void ClaimBar::showProblem(const QString& text)
{
    m_held.reset();
    m_problem = text;
    m_takeOver->setVisible(false);
    retranslate();
    show();
}

void ClaimBar::clear()
{
    m_held.reset();
    m_problem.clear();
    hide();
}

QString ClaimBar::text() const
{
    return m_text->text();
}

void ClaimBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QToolBar::changeEvent(event);
}

void ClaimBar::retranslate()
{
    m_takeOver->setText(tr("Take Over"));
    m_takeOver->setToolTip(tr("Review this report yourself: the other reviewer's window "
                              "shows it read-only from then on"));
    if (m_held) {
        m_text->setText(tr("Read-only: report %1 is being reviewed by %2 since %3.")
                            .arg(m_held->report)
                            .arg(m_held->reviewer, QLocale().toString(m_held->since.toLocalTime(),
                                                                      QLocale::ShortFormat)));
    } else {
        m_text->setText(m_problem);
    }
}

} // namespace nianbao::ui
