#pragma once

#include "common/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

enum class Severity { Error, Warning, Note };

QString severityCode(Severity severity); ///< "error", "warning", "note" (stable, for data)
std::optional<Severity> severityFromCode(const QString& code);
QString severityName(Severity severity); ///< translated, for people

/// One argument of a finding's message: a plain value (a number, a raw cell text) or a term
/// that data files carry in both languages (a row label, a rule's side name).
struct FindingArg {
    QString plain;
    LocalizedText term;

    static FindingArg value(QString text) { return {std::move(text), {}}; }
    static FindingArg localized(LocalizedText text) { return {{}, std::move(text)}; }
    [[nodiscard]] QString text() const { return term.isEmpty() ? plain : term.text(); }
    friend bool operator==(const FindingArg&, const FindingArg&) = default;
};

/// A finding about a report: a broken rule, an uncertain extraction, a note for the reviewer.
/// Findings are data (stored, exported, compared); their message is rendered on demand in the
/// current language, so switching language re-renders every stored finding.
struct Finding {
    /// Stable rule code, e.g. "t3.balance", "extract.short_row".
    QString rule;
    Severity severity = Severity::Warning;
    /// Keys of the cells the finding concerns (may be empty for report-level findings).
    QStringList cells;
    /// English source text with %1..%n, marked with QT_TRANSLATE_NOOP("nianbao::Finding", ...).
    QString messageTemplate;
    QList<FindingArg> args;

    /// The message in the current language.
    [[nodiscard]] QString message() const;
    /// The message in a given language (for bilingual exports), without touching the
    /// application's installed translator: Chinese uses the embedded zh_CN catalogue.
    [[nodiscard]] QString message(bool chinese) const;

    friend bool operator==(const Finding&, const Finding&) = default;
};

/// The rule codes of extraction findings start with this: doubts about how a report was read
/// ("extract.short_row"), as opposed to broken rules of its format.
inline constexpr QLatin1String kExtractionRulePrefix{"extract."};

/// Whether a finding belongs to extraction (kept when a report is validated again) rather than
/// to the format's rules. The one definition of an extraction finding.
bool isExtractionFinding(const Finding& finding);

/// What identifies a finding across re-validation and re-extraction: its rule and the cells
/// it concerns (sorted, so the order a rule lists them in does not matter). The message and
/// its figures are left out on purpose: a decision on "t3.balance over these cells" still
/// holds when a correction changes the figures the message quotes.
QString findingFingerprint(const QString& rule, QStringList cells);
QString findingFingerprint(const Finding& finding);

} // namespace nianbao
