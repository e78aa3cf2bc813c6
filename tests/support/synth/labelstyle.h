#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace nianbao {

struct BlockDef;
struct ColumnDef;
struct GroupDef;
struct RowDef;
struct SectionDef;

namespace synth {

/// A label as printed: its numbering ("（一）", "1.", "三、", or nothing) and its text.
struct PrintedLabel {
    QString number;
    QString text;
    [[nodiscard]] QString full() const { return number + text; }
};

/// How one report prints labels. Without the aliases difficulty: the template's own labels.
/// With it: what real reports do — another alias from the template data (社会组织, 国家机密,
/// 本年废纸件数 …), full- or half-width brackets and commas, 第二十条 第（八）项 spacing or
/// 第二十条（第八项）, any quote marks around 三安全一稳定, the headings' other wordings. The
/// habits are chosen once per report.
class LabelStyle {
public:
    LabelStyle(QRandomGenerator& random, bool aliases);

    PrintedLabel row(const RowDef& row);
    PrintedLabel group(const GroupDef& group);
    QString column(const ColumnDef& column);
    /// A table-2 item: 第二十条第(一)项 and its variants.
    QString block(const BlockDef& block);
    /// A part heading: "一、总体情况" or one of the section's other wordings.
    QString heading(const SectionDef& section);
    /// Fixed wording (the table-3 note, units), with this report's brackets and commas.
    [[nodiscard]] QString restyle(QString text) const;

private:
    PrintedLabel numbered(const QString& label, const QString& number, const QStringList& aliases);
    QString variant(const QString& canonical, const QStringList& aliases);

    QRandomGenerator& m_random;
    bool m_aliases = false;
    double m_aliasRate = 0.0;
    enum class Brackets { AsTemplate, Full, Half } m_brackets = Brackets::AsTemplate;
    int m_quotes = 0;  ///< index into the quote styles; 0 keeps the template's
    int m_article = 0; ///< how 第二十条第(一)项 is written
};

} // namespace synth
} // namespace nianbao
