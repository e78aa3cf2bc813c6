// The review window's undo stack without any widget: every step is a ReviewCommand whose redo()
// applies the change through the core's review session and whose undo() reverts it. A step the
// archive refuses (a write made to fail by a trigger) leaves the stack, the session the window
// paints and the archive in agreement, and failed() says why.

#include "session/reportsession.h"
#include "store/archive.h"
#include "store/sqliteconnection.h"
#include "uitestkit.h"
#include "workflow/reportprocessing.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::test;

namespace {

const QString kCell = QStringLiteral("t3.new.natural");

} // namespace

class TestReportSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<ui::ReportSession> m_session;
    ReportId m_id = 0;

    /// Makes every write of a correction fail, or lets them through again.
    void breakCorrections(bool broken)
    {
        Result<SqliteConnection> raw = SqliteConnection::open(m_path);
        QVERIFY(raw);
        QVERIFY(raw->exec(broken ? QByteArray("CREATE TRIGGER broken BEFORE INSERT ON corrections "
                                              "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                                 : QByteArray("DROP TRIGGER broken")));
    }

    [[nodiscard]] std::optional<double> sessionValue() const
    {
        return m_session->current().cell(kCell)->value;
    }

    [[nodiscard]] std::optional<double> archiveValue() const
    {
        const Result<Report> values = m_archive->loadCurrentValues(m_id);
        return values ? values->cell(kCell)->value : std::nullopt;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            QStringLiteral("archive-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        writeArchive(m_path, {generatedSample(1, 2021)});
        Result<std::unique_ptr<Archive>> archive = Archive::open(m_path);
        QVERIFY(archive);
        m_archive = std::move(*archive);
        m_id = m_archive->reportIds()->front();
        Result<std::unique_ptr<ui::ReportSession>> session =
            ui::ReportSession::open(*m_archive, workflow::defaultReportProcessing(), m_id);
        QVERIFY(session);
        m_session = std::move(*session);
        m_session->setReviewer(QStringLiteral("审核员"));
        QVERIFY(m_session->current().cell(kCell));
    }

    void cleanup()
    {
        m_session.reset();
        m_archive.reset();
    }

    void redoAppliesAndUndoReverts()
    {
        const std::optional<double> before = sessionValue();
        const double edited = before.value_or(0) + 5;
        QVERIFY(m_session->editCell(kCell, edited, QStringLiteral("typo")));
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(sessionValue(), std::optional<double>(edited));
        QCOMPARE(archiveValue(), std::optional<double>(edited));

        m_session->undoStack()->undo();
        QCOMPARE(sessionValue(), before);
        QCOMPARE(archiveValue(), before);
        m_session->undoStack()->redo();
        QCOMPARE(sessionValue(), std::optional<double>(edited));
        QCOMPARE(archiveValue(), std::optional<double>(edited));
        // Every step is one more row of history, never an erasure.
        QCOMPARE(m_archive->cellHistory(m_id, kCell)->size(), std::size_t(3));
    }

    void refusedEditNeverEntersTheStack()
    {
        const std::optional<double> before = sessionValue();
        QSignalSpy failed(m_session.get(), &ui::ReportSession::failed);
        breakCorrections(true);
        QVERIFY(!m_session->editCell(kCell, before.value_or(0) + 5, QString()));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.front().front().toString().contains(QLatin1String("injected failure")));
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(sessionValue(), before);
        QCOMPARE(archiveValue(), before);
        QVERIFY(m_archive->cellHistory(m_id, kCell)->empty());
    }

    void refusedUndoLeavesTheStepStanding()
    {
        const std::optional<double> before = sessionValue();
        const double edited = before.value_or(0) + 5;
        QVERIFY(m_session->editCell(kCell, edited, QString()));
        QSignalSpy failed(m_session.get(), &ui::ReportSession::failed);
        breakCorrections(true);
        m_session->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        // The stack no longer claims the step can be undone; the window and the archive both
        // still hold the edited value.
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(!m_session->undoStack()->canUndo());
        QCOMPARE(sessionValue(), std::optional<double>(edited));
        QCOMPARE(archiveValue(), std::optional<double>(edited));
        QCOMPARE(m_archive->cellHistory(m_id, kCell)->size(), std::size_t(1));
    }

    void refusedRedoLeavesTheStepUndone()
    {
        const std::optional<double> before = sessionValue();
        QVERIFY(m_session->editCell(kCell, before.value_or(0) + 5, QString()));
        m_session->undoStack()->undo();
        QSignalSpy failed(m_session.get(), &ui::ReportSession::failed);
        breakCorrections(true);
        m_session->undoStack()->redo();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!m_session->undoStack()->canRedo());
        QCOMPARE(sessionValue(), before);
        QCOMPARE(archiveValue(), before);
        QCOMPARE(m_archive->cellHistory(m_id, kCell)->size(), std::size_t(2));
        // Once the archive accepts writes again, new steps go through as usual.
        breakCorrections(false);
        QVERIFY(m_session->editCell(kCell, before.value_or(0) + 7, QString()));
        QCOMPARE(archiveValue(), std::optional<double>(before.value_or(0) + 7));
    }
};

QTEST_MAIN(TestReportSession)
#include "tst_reportsession.moc"
