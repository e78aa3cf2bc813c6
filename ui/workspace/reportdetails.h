#pragma once

#include "model/review.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nianbao::store {
class Archive;
}

namespace nianbao::ui {

class Prompter;
class ReportSession;

/// Who and when the open report is: its agency, year, title and region, each edited in place
/// as an undoable step of the review session (in the history, exported), and the body the
/// agency belongs to across the years, with the other names it is known by.
class ReportDetails final : public QWidget {
    Q_OBJECT

public:
    ReportDetails(Prompter& prompter, QWidget* parent = nullptr);

    /// Shows a report (null: none). `archive` tells the body's other names.
    void setSession(ReportSession* session, store::Archive* archive);
    /// The editor of a field (Agency, Year, Title or Region).
    [[nodiscard]] QLineEdit* editor(ReportField field) const;

signals:
    /// The reviewer says reports printed `agency` are the body named `bodyName` (empty:
    /// forget it): the window records it and checks the body's reports again.
    void sameBodyRequested(const QString& agency, const QString& bodyName);
    /// "Keep this one": the report stays its body's report for its year, the others retire.
    void keepRequested(nianbao::ReportId id);
    /// A retired report comes back.
    void restoreRequested(nianbao::ReportId id);
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void commit(ReportField field);
    void askSameBody();
    void refresh();
    void refreshCopies();
    void retranslate();

    Prompter& m_prompter;
    QPointer<ReportSession> m_session;
    store::Archive* m_archive = nullptr;
    QLabel* m_agencyLabel = nullptr;
    QLabel* m_yearLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_regionLabel = nullptr;
    QLabel* m_bodyLabel = nullptr;
    QLineEdit* m_agency = nullptr;
    QLineEdit* m_year = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_region = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_sameBody = nullptr;
    QLabel* m_copiesLabel = nullptr;
    QLabel* m_copies = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace nianbao::ui
