#pragma once

#include "store/teamreview.h"

#include <QToolBar>

class QAction;
class QLabel;

namespace nianbao::ui {

/// The bar over the window that says a report of a team archive is read-only here because
/// another reviewer holds it ("being reviewed by X since …"), with the button that takes it
/// over. Hidden while this window holds the report it shows.
class ClaimBar final : public QToolBar {
    Q_OBJECT

public:
    explicit ClaimBar(QWidget* parent = nullptr);

    /// Shows that `held` keeps the open report read-only here.
    void showHeldBy(const store::Claim& held);
    /// Shows a report that cannot be claimed for another reason (no connection, no name).
    void showProblem(const QString& text);
    /// The report is this window's to change: the bar goes.
    void clear();

    [[nodiscard]] QString text() const;
    [[nodiscard]] QAction* takeOverAction() const { return m_takeOver; }

signals:
    void takeOverRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text = nullptr;
    QAction* m_takeOver = nullptr;
    /// What is shown, to say it again in another language.
    std::optional<store::Claim> m_held;
    QString m_problem;
};

} // namespace nianbao::ui
