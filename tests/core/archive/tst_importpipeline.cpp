// The import pipeline: files prepared on a worker thread while the calling thread stores,
// with the same results as one file after the other: cross-year checks against reports
// still on their way, stopping with a full backlog, failures on the storing side, and the
// queue between the two threads.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "testbackend.h"
#include "workflow/boundedqueue.h"
#include "workflow/importpipeline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

const QString kCarriedOver = QStringLiteral("t3.carried_over.total");
const QString kCarriedForward = QStringLiteral("t3.carried_forward.total");

test::FakeReport fake(const QString& agency, int year)
{
    test::FakeReport report;
    report.agency = agency;
    report.year = year;
    report.body = QStringLiteral("%1年度政府信息公开工作情况。").arg(year);
    return report;
}

/// Set once by one thread, awaited by another (with a limit, so a broken pipeline fails the
/// test instead of hanging it).
class Signal {
public:
    void raise()
    {
        const std::lock_guard lock(m_mutex);
        m_raised = true;
        m_changed.notify_all();
    }
    bool wait()
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(20), [this] { return m_raised; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_raised = false;
};

} // namespace

class TestImportPipeline : public QObject {
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Archive> m_archive;

    QString write(const QString& name, const test::FakeReport& report)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(report.bytes()) < 0) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    QStringList writeYears(const QString& agency, int first, int count)
    {
        QStringList files;
        for (int year = first; year < first + count; ++year) {
            files.append(write(QStringLiteral("%1.txt").arg(year), fake(agency, year)));
        }
        return files;
    }

private slots:
    void init()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<Archive>> archive = Archive::open(
            test::freshArchiveLocation(m_dir->path(), QStringLiteral("archive.sqlite")));
        QVERIFY(archive);
        m_archive = std::move(*archive);
    }

    void filesArePreparedOnAWorkerAndStoredOnTheCallingThread()
    {
        const QStringList files = writeYears(QStringLiteral("福建省商务厅"), 2019, 4);
        const ReportProcessing inner = test::fakeProcessing();
        ReportProcessing processing = inner;
        std::mutex mutex;
        std::set<std::thread::id> processingThreads;
        processing.process = [&](const QByteArray& bytes, const QString& name,
                                 const PreviousYearLookup& lookup) {
            {
                const std::lock_guard lock(mutex);
                processingThreads.insert(std::this_thread::get_id());
            }
            return inner.process(bytes, name, lookup);
        };
        std::vector<std::thread::id> progressThreads;
        ImportOptions options;
        options.progress = [&](const ImportProgress&) {
            progressThreads.push_back(std::this_thread::get_id());
        };

        const ImportSummary summary = ImportPipeline(*m_archive, processing).run(files, options);
        QCOMPARE(summary.imported, 4);
        QCOMPARE(processingThreads.size(), std::size_t(1));
        QVERIFY(*processingThreads.begin() != std::this_thread::get_id());
        QCOMPARE(progressThreads, std::vector<std::thread::id>(4, std::this_thread::get_id()));
    }

    void aReportPreparedBeforeItsPreviousYearWasStoredIsCheckedAgainstIt()
    {
        const QString agency = QStringLiteral("河北省机关事务管理局");
        test::FakeReport y2021 = fake(agency, 2021);
        y2021.cells.insert(kCarriedForward, QStringLiteral("4"));
        test::FakeReport y2022 = fake(agency, 2022);
        y2022.cells.insert(kCarriedOver, QStringLiteral("5"));
        const QStringList files{write(QStringLiteral("1.txt"), fake(QStringLiteral("某局"), 2022)),
                                write(QStringLiteral("2.txt"), y2021),
                                write(QStringLiteral("3.txt"), y2022)};

        // The worker prepares 2022 while 2021 still waits to be stored: storing the first
        // file's progress holds until then.
        const ReportProcessing inner = test::fakeProcessing();
        ReportProcessing processing = inner;
        Signal prepared2022;
        processing.process = [&](const QByteArray& bytes, const QString& name,
                                 const PreviousYearLookup& lookup) {
            Result<ProcessedReport> processed = inner.process(bytes, name, lookup);
            if (name == files[2]) {
                prepared2022.raise();
            }
            return processed;
        };
        bool preparedFirst = false;
        ImportOptions options;
        options.progress = [&](const ImportProgress& progress) {
            if (progress.done == 1) {
                preparedFirst = prepared2022.wait();
            }
        };
        const ImportSummary summary = ImportPipeline(*m_archive, processing).run(files, options);
        QVERIFY(preparedFirst);
        QCOMPARE(summary.imported, 3);

        const Result<std::optional<ReportId>> id = m_archive->findReport(agency, 2022);
        QVERIFY(id && *id);
        const Result<StoredReport> stored = m_archive->loadReport(**id);
        QVERIFY(stored);
        QVERIFY(std::any_of(
            stored->extracted.findings.begin(), stored->extracted.findings.end(),
            [](const Finding& finding) { return finding.rule == test::kCarryOverRule; }));
    }

    void stoppingWithAFullBacklogEndsAtOnce()
    {
        const QStringList files = writeYears(QStringLiteral("江苏省教育厅"), 1990, 30);
        std::stop_source stop;
        ImportOptions options;
        options.stop = stop.get_token();
        options.progress = [&](const ImportProgress& progress) {
            if (progress.done == 1) {
                // Let the worker fill the backlog and wait for room before stopping.
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                stop.request_stop();
            }
        };
        const ImportSummary summary =
            ImportPipeline(*m_archive, test::fakeProcessing(), 2).run(files, options);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported, 1);
        QCOMPARE(*m_archive->countReports(), 1);
    }

    void anExceptionOnTheStoringSideDoesNotStrandTheWorker()
    {
        const QStringList files = writeYears(QStringLiteral("浙江省民政厅"), 1990, 20);
        ImportOptions options;
        options.progress = [](const ImportProgress&) {
            throw std::runtime_error("the window showing progress was closed");
        };
        // The worker is blocked on a full backlog of one when the exception leaves run().
        auto finished = std::async(std::launch::async, [&] {
            Result<std::unique_ptr<Archive>> archive = Archive::open(m_archive->location());
            try {
                ImportPipeline(**archive, test::fakeProcessing(), 1).run(files, options);
            } catch (const std::runtime_error&) {
                return true;
            }
            return false;
        });
        QCOMPARE(finished.wait_for(std::chrono::seconds(20)), std::future_status::ready);
        QVERIFY(finished.get());
        QCOMPARE(*m_archive->countReports(), 1);
    }

    void theQueueMakesTheProducerWaitAndClosingWakesBothSides()
    {
        BoundedQueue<int> queue(2);
        std::atomic<int> pushed = 0;
        std::thread producer([&] {
            for (int i = 0; i < 5; ++i) {
                if (!queue.push(i)) {
                    return;
                }
                ++pushed;
            }
        });
        QTRY_COMPARE(pushed.load(), 2);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        QCOMPARE(pushed.load(), 2); // full: the third push waits
        QCOMPARE(queue.pop(), std::optional<int>(0));
        QCOMPARE(queue.pop(), std::optional<int>(1));
        QTRY_COMPARE(pushed.load(), 4);
        queue.close();
        producer.join();
        QCOMPARE(pushed.load(), 4); // the fifth push was refused
        // What was queued before closing is still taken, then nothing.
        QCOMPARE(queue.pop(), std::optional<int>(2));
        QCOMPARE(queue.pop(), std::optional<int>(3));
        QCOMPARE(queue.pop(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
