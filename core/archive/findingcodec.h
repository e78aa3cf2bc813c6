#pragma once

#include "model/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

/// What identifies a finding across re-validation and re-extraction: its rule and the cells
/// it concerns (sorted, so the order a rule lists them in does not matter). The message and
/// its figures are left out on purpose: a decision on "t3.balance over these cells" still
/// holds when a correction changes the figures the message quotes.
QString findingFingerprint(const QString& rule, QStringList cells);
QString findingFingerprint(const Finding& finding);

/// A finding's cells and message arguments as stored in the archive (JSON), so that the
/// message can be rendered again in any language.
QString encodeCellKeys(const QStringList& cells);
QStringList decodeCellKeys(const QString& json);
QString encodeFindingArgs(const QList<FindingArg>& args);
QList<FindingArg> decodeFindingArgs(const QString& json);

} // namespace nianbao
