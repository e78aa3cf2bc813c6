#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QTreeWidget;

namespace nianbao::ui {

class ReportSession;
class SourceTextView;

/// The raw report as imported: an outline of its parts above its text.
class SourcePane final : public QWidget {
    Q_OBJECT

public:
    explicit SourcePane(QWidget* parent = nullptr);

    void setSession(ReportSession* session);
    [[nodiscard]] SourceTextView* textView() const { return m_text; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }

signals:
    void cellClicked(const QString& cellKey);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillOutline();
    void retranslate();

    QPointer<ReportSession> m_session;
    QLabel* m_notice = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeWidget* m_outline = nullptr;
    SourceTextView* m_text = nullptr;
};

} // namespace nianbao::ui
