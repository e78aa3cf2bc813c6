#pragma once

#include "workflow/reportprocessing.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace nianbao::test {

/// What a test report file says, in a small line format the fake processor reads, so that the
/// archive and the importer are tested without the real extractor:
///
///     agency: 河北省机关事务管理局
///     year: 2022
///     template: 2021
///     cell t3.new.total = 5        (cells not named are 0)
///     cell t3.new.natural = ?      (not read: null value and an extract.uncertain finding)
///     v2 t3.new.total = 7          (read only by the improved extractor, version 2)
///     fail: the reason             (processing fails with this reason)
///
/// Every other line is report text (searchable). The whole file is the document text.
struct FakeReport {
    QString agency;
    std::optional<int> year;
    QString templateId = QStringLiteral("2021");
    QHash<QString, QString> cells;
    QHash<QString, QString> improvedCells;
    QString body;
    QString failure;

    [[nodiscard]] QByteArray bytes() const;
};

/// The rules of the fake validation, each a real check of tables.md: table 4 review total
/// (error) and carry-over from the previous year (warning, cross-year).
inline const QString kReviewTotalRule = QStringLiteral("t4.review.total");
inline const QString kCarryOverRule = QStringLiteral("t3.carry_over");
inline const QString kUncertainRule = QStringLiteral("extract.uncertain");

/// Processing that reads FakeReport files. `extractorVersion` 2 also reads the "v2" lines:
/// an improved extractor for re-extraction tests.
workflow::ReportProcessing fakeProcessing(int extractorVersion = 1);

/// The same report built directly, as the fake processor would make it.
ProcessedReport fakeProcessed(const FakeReport& report, int extractorVersion = 1);

/// The error message of a failed result, "" for a success (QVERIFY2 evaluates its message
/// even when the check passes, so it must never read the error of a success).
template <typename T>
QByteArray messageOf(const Result<T>& result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

} // namespace nianbao::test
