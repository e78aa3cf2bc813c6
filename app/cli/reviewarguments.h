#pragma once

#include "store/archive.h"
#include "workflow/reviewsession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace nianbao::cli {

/// The options every review command shares: --db, --reviewer, --reason, --json.
struct ReviewOptions {
    QCommandLineOption db;
    QCommandLineOption reviewer;
    QCommandLineOption reason;
    QCommandLineOption json;

    ReviewOptions();
    void addTo(QCommandLineParser& parser, bool writes) const;
};

/// A review command's arguments parsed: the command's own positional arguments after REPORT,
/// or the exit code to return at once (help printed, or the reason on standard error).
struct ParsedReview {
    std::optional<int> exitCode;
    QStringList positional;
};

/// Parses `arguments` for `command` ("correct"...), which takes `names` as positional
/// arguments (REPORT first). Writing commands need --reviewer.
ParsedReview parseReview(QCommandLineParser& parser, const ReviewOptions& options,
                         const QString& command, const QStringList& names, int minimum, bool writes,
                         const QStringList& arguments);

/// A report id as typed (a positive whole number), or nothing (the reason on standard error).
std::optional<ReportId> parseReportId(const QString& text);

/// A cell value as typed: a number (digits, an optional sign and decimal point, thousands
/// separators and full-width digits allowed), or "blank" / "" for a cell the report leaves
/// blank. The outer optional is empty when the text is neither.
std::optional<std::optional<double>> parseCellValue(const QString& text);

/// The archive and the session of one report, opened for a review command.
struct OpenReview {
    std::unique_ptr<store::Archive> archive;
    std::optional<workflow::ReviewSession> session;
    /// Set when opening failed: what the command returns (the reason is on standard error).
    std::optional<int> exitCode;
};

/// Opens the archive --db names and report `id` in it, for `reviewer` (the --reviewer of a
/// writing command, none for history). A report the archive does not hold is a bad argument
/// (exit 2); an archive that cannot be opened a failure (exit 1). With argumentsOnly(),
/// nothing is opened and the exit code is Success.
OpenReview openReview(const QCommandLineParser& parser, const ReviewOptions& options, ReportId id,
                      const QString& reviewer = {});

} // namespace nianbao::cli
