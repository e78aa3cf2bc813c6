#pragma once

#include "workflow/importer.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace nianbao::ui {

class ImportRunner;

/// The progress of an import: a bar, the file in hand, a way to stop, and at the end the
/// counts and every file that failed with its reason. Not modal: the review goes on.
class ImportDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ImportDialog(ImportRunner* runner, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* failures() const { return m_failures; }
    /// True once the last import finished.
    [[nodiscard]] bool isDone() const { return m_done; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void begin(const QStringList& paths);
    void advance(const workflow::ImportProgress& progress);
    void finish(const workflow::ImportSummary& summary, const QString& error);
    void retranslate();

    ImportRunner* m_runner = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QTreeWidget* m_failures = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    bool m_done = true;
};

} // namespace nianbao::ui
