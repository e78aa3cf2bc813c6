// The review session without any widget: every kind of change applied and reverted, each in
// one transaction; a failed write rolled back with the archive and the session unchanged;
// re-validation through the processing hook; the reviewed gate and its override.

#include "fakeprocessing.h"
#include "store/archive.h"
#include "testbackend.h"
#include "workflow/crossyear.h"
#include "workflow/reviewsession.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nianbao;
using namespace nianbao::store;
using namespace nianbao::workflow;

namespace {

const QString kBody = QStringLiteral("淮安市洪泽区人民政府");
const QString kTotal = QStringLiteral("t4.review.total");
const QString kUpheld = QStringLiteral("t4.review.upheld");
const QString kUnread = QStringLiteral("t3.new.natural");
const QString kCarriedOver = QStringLiteral("t3.carried_over.total");
const QString kCarriedForward = QStringLiteral("t3.carried_forward.total");
const QString kReviewer = QStringLiteral("李审核");
/// The rule the test hook adds to every validation, so a test can see the hook ran.
const QString kHookRule = QStringLiteral("test.hook");

bool hasRule(const std::vector<Finding>& findings, const QString& rule)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& finding) { return finding.rule == rule; });
}

const Finding* findingOf(const std::vector<Finding>& findings, const QString& rule)
{
    const auto found = std::find_if(findings.begin(), findings.end(),
                                    [&](const Finding& finding) { return finding.rule == rule; });
    return found == findings.end() ? nullptr : &*found;
}

} // namespace

class TestReviewSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Archive> m_archive;
    ReportId m_previous = 0;  ///< 2022
    ReportId m_id = 0;        ///< 2023, the report under review
    ReportId m_following = 0; ///< 2024
    std::shared_ptr<int> m_validations;

    /// The fake processing with a hook that counts its calls and marks its findings.
    ReportProcessing hookedProcessing()
    {
        ReportProcessing processing = test::fakeProcessing();
        processing.validate = [inner = processing.validate, calls = m_validations](
                                  const Report& report, const std::optional<Report>& previous) {
            ++*calls;
            std::vector<Finding> findings = inner(report, previous);
            findings.push_back(
                Finding{kHookRule, Severity::Note, {}, QStringLiteral("hooked"), {}});
            return findings;
        };
        return processing;
    }

    ReviewSession openSession()
    {
        Result<ReviewSession> session =
            ReviewSession::open(*m_archive, hookedProcessing(), m_id, kReviewer);
        if (!session) {
            qFatal("cannot open the session: %s", qPrintable(session.error().message));
        }
        return std::move(*session);
    }

    ReportId add(const test::FakeReport& spec, std::vector<CellCandidate> candidates = {})
    {
        ProcessedReport report = test::fakeProcessed(spec);
        if (!candidates.empty()) {
            report.report.cell(kUpheld)->candidates = std::move(candidates);
        }
        const Result<AddOutcome> added =
            m_archive->addReport(report.document.text.toUtf8(), report);
        if (!added) {
            qFatal("cannot add: %s", qPrintable(added.error().message));
        }
        return added->id;
    }

    /// A trigger that makes every insert into `table` fail, as a full disk or a lost lock would.
    void breakWritesTo(const char* table)
    {
        QVERIFY(test::breakInserts(m_archive->location(), table));
    }

private slots:
    void initTestCase()
    {
        NIANBAO_SKIP_UNLESS_BACKEND();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Result<std::unique_ptr<Archive>> archive = Archive::open(test::freshArchiveLocation(
            m_dir.path(), QStringLiteral("session-%1.sqlite").arg(++m_count)));
        QVERIFY(archive);
        m_archive = std::move(*archive);
        m_validations = std::make_shared<int>(0);
        test::FakeReport previous;
        previous.agency = kBody;
        previous.year = 2022;
        previous.cells.insert(kCarriedForward, QStringLiteral("9"));
        m_previous = add(previous);
        // Review total 11 against parts of 0: an error. Carried over 5 against the 9 the year
        // before carried forward: a cross-year warning. One cell not read: a doubt.
        test::FakeReport report;
        report.agency = kBody;
        report.year = 2023;
        report.cells.insert(kTotal, QStringLiteral("11"));
        report.cells.insert(kCarriedOver, QStringLiteral("5"));
        report.cells.insert(kUnread, QStringLiteral("?"));
        m_id = add(report, {CellCandidate{7, 0.9}, CellCandidate{11, 0.4}});
        QVERIFY(revalidateStoredReport(*m_archive, test::fakeProcessing(), m_id));
        test::FakeReport following;
        following.agency = kBody;
        following.year = 2024;
        m_following = add(following);
    }

    void opensWithTheReviewLayerAndCandidates()
    {
        ReviewSession session = openSession();
        QVERIFY(session.hasPreviousYear());
        QVERIFY(hasRule(session.findings(), test::kReviewTotalRule));
        QVERIFY(hasRule(session.findings(), test::kCarryOverRule));
        QVERIFY(hasRule(session.findings(), test::kUncertainRule));
        QCOMPARE(session.openCounts(), (SeverityCounts{1, 2, 0}));
        QCOMPARE(session.openCounts(), *m_archive->openCounts(m_id));
        const Cell* upheld = session.current().cell(kUpheld);
        QVERIFY(upheld);
        QCOMPARE(upheld->candidates.size(), std::size_t(2));
        QCOMPARE(upheld->candidates.front(), (CellCandidate{7, 0.9}));
        QVERIFY(session.firstUndecidedError());
        QCOMPARE(session.firstUndecidedError()->rule, test::kReviewTotalRule);
    }

    void editIsAppliedAndReverted()
    {
        ReviewSession session = openSession();
        const int before = *m_validations;
        const Result<ChangeRecord> edited =
            session.apply(ReviewChange::edit(kTotal, 0.0, QStringLiteral("原表为0")));
        QVERIFY2(edited, test::messageOf(edited).constData());
        QCOMPARE(edited->corrections.size(), std::size_t(1));
        QCOMPARE(edited->corrections.front().oldValue, std::optional<double>(11));
        QCOMPARE(edited->corrections.front().newValue, std::optional<double>(0));
        QCOMPARE(edited->cellsBefore, (std::vector<CellBefore>{{kTotal, 11.0, false}}));
        QVERIFY(edited->revalidated);
        // Re-validated through the hook: the report and its body's following year.
        QCOMPARE(*m_validations, before + 2);
        QVERIFY(hasRule(edited->findings, kHookRule));
        QVERIFY(hasRule(m_archive->loadReport(m_following)->extracted.findings, kHookRule));
        QVERIFY(!hasRule(edited->findings, test::kReviewTotalRule));
        // The record, the session and the archive say the same.
        QCOMPARE(edited->open, (SeverityCounts{0, 2, 1}));
        QCOMPARE(edited->open, session.openCounts());
        QCOMPARE(edited->open, *m_archive->openCounts(m_id));
        QCOMPARE(session.current().value(kTotal), std::optional<double>(0));
        QCOMPARE(m_archive->loadReport(m_id)->value(kTotal), std::optional<double>(0));
        QCOMPARE(edited->findings, m_archive->loadReport(m_id)->extracted.findings);

        const Result<ChangeRecord> reverted = session.revert(*edited, QStringLiteral("Undo"));
        QVERIFY2(reverted, test::messageOf(reverted).constData());
        QCOMPARE(reverted->corrections.front().newValue, std::optional<double>(11));
        QVERIFY(!reverted->corrections.front().vouched);
        QVERIFY(hasRule(reverted->findings, test::kReviewTotalRule));
        QCOMPARE(reverted->open, (SeverityCounts{1, 2, 1}));
        QCOMPARE(*m_archive->openCounts(m_id), reverted->open);
        QCOMPARE(m_archive->loadReport(m_id)->value(kTotal), std::optional<double>(11));
        const Result<std::vector<Correction>> history = m_archive->cellHistory(m_id, kTotal);
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->back().reason, QStringLiteral("Undo"));
    }

    void acceptanceSettlesTheDoubtAndRevertReopensIt()
    {
        ReviewSession session = openSession();
        const Finding* doubt = findingOf(session.findings(), test::kUncertainRule);
        QVERIFY(doubt);
        const QString fingerprint = findingFingerprint(*doubt);
        const int validations = *m_validations;
        const Result<ChangeRecord> accepted = session.apply(ReviewChange::accept(kUnread));
        QVERIFY2(accepted, test::messageOf(accepted).constData());
        QVERIFY(accepted->corrections.front().isAcceptance());
        // An acceptance changes no value: no rule runs again.
        QVERIFY(!accepted->revalidated);
        QCOMPARE(*m_validations, validations);
        QCOMPARE(accepted->settled, QStringList{fingerprint});
        QVERIFY(session.stored().isVouchedFor(kUnread));
        QVERIFY(!session.stored().isOpen(*findingOf(session.findings(), test::kUncertainRule)));
        QCOMPARE(m_archive->decisionHistory(m_id, fingerprint)->back().verdict,
                 FindingVerdict::Dismissed);
        QCOMPARE(accepted->open.warnings, qint64(1));

        const Result<ChangeRecord> reverted = session.revert(*accepted, QStringLiteral("Undo"));
        QVERIFY2(reverted, test::messageOf(reverted).constData());
        QVERIFY(!session.stored().isVouchedFor(kUnread));
        QCOMPARE(m_archive->decisionHistory(m_id, fingerprint)->back().verdict,
                 FindingVerdict::Open);
        QCOMPARE(reverted->open.warnings, qint64(2));
        QCOMPARE(*m_archive->openCounts(m_id), reverted->open);
    }

    void candidateReadingIsAcceptedAndReverted()
    {
        ReviewSession session = openSession();
        const Result<ChangeRecord> taken =
            session.apply(ReviewChange::cells({CellStep::acceptCandidate(kUpheld, 1)}));
        QVERIFY2(taken, test::messageOf(taken).constData());
        const Correction& correction = taken->corrections.front();
        QCOMPARE(correction.candidate, std::optional<int>(1));
        QCOMPARE(correction.newValue, std::optional<double>(11));
        QVERIFY(correction.isAcceptance());
        // The stored history keeps which reading was chosen.
        QCOMPARE(m_archive->cellHistory(m_id, kUpheld)->back().candidate, std::optional<int>(1));
        QVERIFY(taken->revalidated);
        QCOMPARE(session.current().value(kUpheld), std::optional<double>(11));

        QVERIFY(!session.apply(ReviewChange::cells({CellStep::acceptCandidate(kUpheld, 2)})));
        QVERIFY(session.revert(*taken, QStringLiteral("Undo")));
        QCOMPARE(session.current().value(kUpheld), std::optional<double>(0));
        QVERIFY(!session.stored().isVouchedFor(kUpheld));
    }

    void decisionIsAppliedAndReverted()
    {
        ReviewSession session = openSession();
        const QString fingerprint =
            findingFingerprint(*findingOf(session.findings(), test::kReviewTotalRule));
        const Result<ChangeRecord> confirmed = session.apply(ReviewChange::decide(
            fingerprint, FindingVerdict::Confirmed, QStringLiteral("the report prints it so")));
        QVERIFY2(confirmed, test::messageOf(confirmed).constData());
        QVERIFY(!confirmed->decisionsBefore.at(0));
        QCOMPARE(confirmed->open.errors, qint64(0));
        QVERIFY(!session.firstUndecidedError());
        const Result<ChangeRecord> dismissed =
            session.apply(ReviewChange::decide(fingerprint, FindingVerdict::Dismissed));
        QVERIFY(dismissed);
        QCOMPARE(dismissed->decisionsBefore.at(0)->verdict, FindingVerdict::Confirmed);

        // Undoing the dismissal goes back to the confirmation, undoing that reopens it.
        QVERIFY(session.revert(*dismissed, QStringLiteral("Undo")));
        QCOMPARE(session.stored().decisionOn(fingerprint)->verdict, FindingVerdict::Confirmed);
        const Result<ChangeRecord> reopened = session.revert(*confirmed, QStringLiteral("Undo"));
        QVERIFY(reopened);
        QCOMPARE(reopened->open.errors, qint64(1));
        QCOMPARE(m_archive->decisionHistory(m_id, fingerprint)->size(), std::size_t(4));
        QVERIFY(!session.apply(
            ReviewChange::decide(QStringLiteral("t9.none|t9.x"), FindingVerdict::Confirmed)));
    }

    void fieldChangeMovesTheReportAndIsReverted()
    {
        ReviewSession session = openSession();
        const Result<ChangeRecord> moved = session.apply(ReviewChange::setField(
            ReportField::Agency, QStringLiteral("江苏省淮安市人民政府"), QStringLiteral("封面")));
        QVERIFY2(moved, test::messageOf(moved).constData());
        // The region the new name starts with comes along, in the same step.
        QCOMPARE(moved->reportChanges.size(), std::size_t(2));
        QCOMPARE(moved->reportChanges[0].field, ReportField::Agency);
        QCOMPARE(moved->reportChanges[0].oldValue, kBody);
        QCOMPARE(moved->reportChanges[1].field, ReportField::Region);
        QCOMPARE(moved->reportChanges[1].newValue, QStringLiteral("江苏省"));
        QCOMPARE(session.info().region, QStringLiteral("江苏省"));
        // Another body: no previous year to compare with, so no cross-year warning; and the
        // old body's 2024 report lost its previous year too.
        QVERIFY(!session.hasPreviousYear());
        QVERIFY(moved->revalidated);
        QVERIFY(!hasRule(moved->findings, test::kCarryOverRule));
        const Result<ReportInfo> info = m_archive->reportInfo(m_id);
        QCOMPARE(info->agency, QStringLiteral("江苏省淮安市人民政府"));
        QCOMPARE(*m_archive->findReport(QStringLiteral("江苏省淮安市人民政府"), 2023), m_id);
        QCOMPARE(m_archive->reportHistory(m_id)->changes.size(), std::size_t(2));

        const Result<ChangeRecord> back = session.revert(*moved, QStringLiteral("Undo"));
        QVERIFY2(back, test::messageOf(back).constData());
        QCOMPARE(session.info().agency, kBody);
        QCOMPARE(session.info().region, QString());
        QVERIFY(session.hasPreviousYear());
        QVERIFY(hasRule(back->findings, test::kCarryOverRule));
        QCOMPARE(m_archive->reportHistory(m_id)->changes.size(), std::size_t(4));

        const Result<ChangeRecord> year =
            session.apply(ReviewChange::setField(ReportField::Year, QStringLiteral("2021")));
        QVERIFY(year);
        QCOMPARE(session.info().year, std::optional<int>(2021));
        QVERIFY(!session.apply(ReviewChange::setField(ReportField::Year, QStringLiteral("20x1"))));
    }

    void reviewerFieldsSurviveReextraction()
    {
        ReviewSession session = openSession();
        QVERIFY(
            session.apply(ReviewChange::setField(ReportField::Title, QStringLiteral("订正标题"))));
        const ProcessedReport again = test::fakeProcessed([] {
            test::FakeReport report;
            report.agency = kBody;
            report.year = 2023;
            return report;
        }());
        QVERIFY(m_archive->replaceExtraction(m_id, again));
        QCOMPARE(m_archive->reportInfo(m_id)->title, QStringLiteral("订正标题"));
        QCOMPARE(m_archive->reportInfo(m_id)->agency, kBody);
    }

    void reviewedNeedsEveryErrorDecidedOrAnOverride()
    {
        ReviewSession session = openSession();
        const Result<ChangeRecord> refused =
            session.apply(ReviewChange::setStatus(ReviewStatus::Reviewed));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("undecided")));
        QVERIFY(!session.apply(ReviewChange::setStatus(ReviewStatus::Reviewed, {}, true)));
        QCOMPARE(m_archive->reportInfo(m_id)->status, ReviewStatus::Pending);
        QVERIFY(m_archive->reportHistory(m_id)->changes.empty());

        const Result<ChangeRecord> overridden = session.apply(ReviewChange::setStatus(
            ReviewStatus::Reviewed, QStringLiteral("the body confirmed the figures"), true));
        QVERIFY2(overridden, test::messageOf(overridden).constData());
        QVERIFY(overridden->reportChanges.front().override);
        QCOMPARE(m_archive->reportInfo(m_id)->status, ReviewStatus::Reviewed);
        QVERIFY(m_archive->reportHistory(m_id)->changes.front().override);
        QVERIFY(session.revert(*overridden, QStringLiteral("Undo")));
        QCOMPARE(m_archive->reportInfo(m_id)->status, ReviewStatus::Pending);

        // Once the error is decided, no override is needed, and none is recorded.
        const QString fingerprint =
            findingFingerprint(*findingOf(session.findings(), test::kReviewTotalRule));
        QVERIFY(session.apply(ReviewChange::decide(fingerprint, FindingVerdict::Confirmed)));
        const Result<ChangeRecord> reviewed =
            session.apply(ReviewChange::setStatus(ReviewStatus::Reviewed, {}, true));
        QVERIFY(reviewed);
        QVERIFY(!reviewed->reportChanges.front().override);
    }

    void failedWriteLeavesArchiveAndSessionAsTheyWere()
    {
        ReviewSession session = openSession();
        const SeverityCounts open = session.openCounts();
        const Report current = session.current();
        // Accepting the unread cell settles its doubt: the decision is the write that fails,
        // after the correction was written in the same transaction.
        breakWritesTo("finding_decisions");
        const Result<ChangeRecord> failed = session.apply(ReviewChange::accept(kUnread));
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QLatin1String("injected failure")));
        QVERIFY(m_archive->cellHistory(m_id, kUnread)->empty());
        QVERIFY(!m_archive->loadReport(m_id)->isVouchedFor(kUnread));
        QCOMPARE(*m_archive->openCounts(m_id), open);
        QVERIFY(!session.stored().isVouchedFor(kUnread));
        QCOMPARE(session.current(), current);
        QCOMPARE(session.openCounts(), open);

        // An edit: the correction and the new findings are written before the following year
        // is re-checked; a failure there undoes them too.
        QVERIFY(test::breakInserts(m_archive->location(), "findings",
                                   "new.report_id <> " + QByteArray::number(m_id)));
        const Result<ChangeRecord> edit = session.apply(ReviewChange::edit(kTotal, 0.0));
        QVERIFY(!edit);
        QVERIFY(m_archive->cellHistory(m_id, kTotal)->empty());
        QCOMPARE(m_archive->loadReport(m_id)->extracted.findings, current.findings);
        QCOMPARE(session.current(), current);

        // And a status change.
        QVERIFY(test::breakInserts(m_archive->location(), "report_changes"));
        QVERIFY(!session.apply(ReviewChange::setStatus(ReviewStatus::Doubtful)));
        QCOMPARE(m_archive->reportInfo(m_id)->status, ReviewStatus::Pending);
        QCOMPARE(session.info().status, ReviewStatus::Pending);
    }

    void severalCellsAreOneStep()
    {
        ReviewSession session = openSession();
        // A key the report does not have: refused before anything is written.
        QVERIFY(!session.apply(ReviewChange::cells(
            {CellStep::edit(kTotal, 0.0), CellStep::edit(QStringLiteral("t9.no.cell"), 1.0)})));
        QVERIFY(m_archive->cellHistory(m_id, kTotal)->empty());

        const Result<ChangeRecord> both = session.apply(ReviewChange::cells(
            {CellStep::edit(kTotal, 1.0), CellStep::edit(kUpheld, 1.0)}, QStringLiteral("行")));
        QVERIFY2(both, test::messageOf(both).constData());
        QCOMPARE(both->corrections.size(), std::size_t(2));
        QVERIFY(!hasRule(both->findings, test::kReviewTotalRule));
        QVERIFY(session.revert(*both, QStringLiteral("Undo")));
        QCOMPARE(session.current().value(kTotal), std::optional<double>(11));
        QCOMPARE(session.current().value(kUpheld), std::optional<double>(0));
        // A step that changes nothing is refused, and writes nothing.
        QVERIFY(session.apply(ReviewChange::accept(kTotal)));
        const std::size_t written = m_archive->cellHistory(m_id, kTotal)->size();
        QVERIFY(!session.apply(ReviewChange::accept(kTotal)));
        QCOMPARE(m_archive->cellHistory(m_id, kTotal)->size(), written);
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
