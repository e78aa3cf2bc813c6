#pragma once

#include "extract/compacttext.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao::extract {

/// Something whose label is looked for in a table's text, in template order: a row, a block
/// header of table 2, a part heading.
struct LabelElement {
    QString key;
    QStringList aliases;        ///< as written in the template
    QStringList compactAliases; ///< their Han-only forms
    /// Printed numbering ("1.", "(一)", "六、"): required before aliases too short to be
    /// trusted alone ("3.其他"), and preferred elsewhere.
    QString number;
    /// Looked for only once the other labels are placed: a row the format prints only instead
    /// of others (a single (六)其他处理 row), whose label is also a group's label that reports
    /// print anywhere among the group's rows.
    bool deferred = false;

    LabelElement(QString elementKey, const QStringList& labelAliases, QString numbering = {});
};

/// Whether two lists of labels look for the same words in the same order (the part headings of
/// two formats, say): searching the text for one finds what the other would.
bool sameLabels(const std::vector<LabelElement>& a, const std::vector<LabelElement>& b);

/// A label found in the text.
struct FoundLabel {
    int element = -1;
    int alias = -1;
    qsizetype compactStart = 0; ///< in the CompactText
    qsizetype compactEnd = 0;
    qsizetype start = 0;   ///< in the normalised text, numbering included
    qsizetype end = 0;     ///< in the normalised text, just after the label's last Han char
    int distance = 0;      ///< 0 for an exact alias match
    bool numbered = false; ///< the expected numbering precedes it
};

/// Finds the labels of `elements` in `text[start, end)` as a chain that follows the template
/// order: every exact occurrence of every alias is a candidate, the heaviest order-consistent
/// chain wins (so a label repeated in a header or in the wrong block is passed over), and
/// elements still missing are looked for approximately in the gaps of the chain. Returns the
/// found labels in template order.
/// `numberedBonus` is the weight a label gains when its numbering precedes it: small for rows,
/// large for part headings, whose titles reports also quote inside sentences.
std::vector<FoundLabel> findLabelChain(const QString& text, qsizetype start, qsizetype end,
                                       const std::vector<LabelElement>& elements,
                                       int numberedBonus = 2);

/// Every exact occurrence of `compactAlias` in `compact` from `from` on.
std::vector<qsizetype> occurrences(const QString& compact, const QString& compactAlias,
                                   qsizetype from = 0, qsizetype to = -1);

/// Where the numbering `number` ("1.", "(三)", "四、") ends just before `labelStart` in
/// `text` (spaces allowed in between), or -1 when it is not there.
qsizetype numberingStart(const QString& text, qsizetype lowerBound, qsizetype labelStart,
                         const QString& number);

} // namespace nianbao::extract
