#include "supervision/notice/noticebuilder.h"

#include "rules/ruletext.h"
#include "supervision/desk/deskanalyses.h"
#include "supervision/desk/deskstore.h"
#include "supervision/similarity/copyfindings.h"
#include "supervision/yearonyear/yearonyear.h"
#include "templates/templateregistry.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <map>
#include <memory>

namespace nianbao::supervision {

namespace {

const QTranslator& chineseCatalogue()
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto catalogue = std::make_unique<QTranslator>();
        (void)catalogue->load(QStringLiteral(":/i18n/nianbao_zh_CN.qm"));
        return catalogue;
    }();
    return *translator;
}

QString text(const LocalizedText& term, bool chinese)
{
    const QString& wanted = chinese ? term.zh : term.en;
    return wanted.isEmpty() ? (chinese ? term.en : term.zh) : wanted;
}

QString formatValue(const std::optional<double>& value)
{
    return value ? rules::formatNumber(*value) : QString();
}

int gravity(Severity severity)
{
    return severity == Severity::Error ? 0 : severity == Severity::Warning ? 1 : 2;
}

/// The official tables of `format` that hold a cell `items` concern, laid out as printed:
/// for each block a header line (its label, then its columns), then a line per row.
std::vector<NoticeTable> paintedTables(const ReportTemplate& format, const Report& report,
                                       const std::vector<NoticeItem>& items, bool chinese)
{
    std::map<QString, Severity> gravest;
    for (const NoticeItem& item : items) {
        for (const QString& key : item.cells) {
            auto [at, added] = gravest.try_emplace(key, item.severity);
            if (!added && gravity(item.severity) < gravity(at->second)) {
                at->second = item.severity;
            }
        }
    }
    std::vector<NoticeTable> tables;
    for (int t = 0; t < format.tables.size(); ++t) {
        const TableDef& table = format.tables[t];
        const bool concerned = std::ranges::any_of(gravest, [&table](const auto& entry) {
            return entry.first.startsWith(table.key + QLatin1Char('.'));
        });
        if (!concerned) {
            continue;
        }
        NoticeTable painted;
        painted.title = text(table.title, chinese);
        for (int b = 0; b < table.blocks.size(); ++b) {
            const BlockDef& block = table.blocks[b];
            std::vector<NoticeCell> header{{text(block.label, chinese), {}, true}};
            for (const ColumnDef& column : block.columns) {
                const QString group = text(column.group, chinese);
                header.push_back({group.isEmpty()
                                      ? text(column.label, chinese)
                                      : group + QLatin1Char(' ') + text(column.label, chinese),
                                  {},
                                  true});
            }
            painted.rows.push_back(std::move(header));
            for (int r = 0; r < block.rows.size(); ++r) {
                const RowDef& row = block.rows[r];
                if (row.alternative) {
                    continue;
                }
                std::vector<NoticeCell> line{{row.number + text(row.label, chinese), {}, true}};
                for (int c = 0; c < block.columns.size(); ++c) {
                    const auto cell = std::ranges::find_if(format.cells(), [&](const CellDef& d) {
                        return d.table == t && d.block == b && d.row == r && d.column == c;
                    });
                    NoticeCell value;
                    if (cell != format.cells().end()) {
                        value.text = formatValue(report.value(cell->key));
                        if (const auto found = gravest.find(cell->key); found != gravest.end()) {
                            value.severity = found->second;
                        }
                    }
                    line.push_back(std::move(value));
                }
                painted.rows.push_back(std::move(line));
            }
        }
        tables.push_back(std::move(painted));
    }
    return tables;
}

/// The cells as the official tables name them.
QStringList cellNames(const ReportTemplate* format, const QStringList& keys, bool chinese)
{
    QStringList names;
    for (const QString& key : keys) {
        const CellDef* cell = format ? format->cell(key) : nullptr;
        names.append(
            cell ? text(rules::cellName(format->row(*cell).label, format->column(*cell).label),
                        chinese)
                 : key);
    }
    return names;
}

NoticeItem itemOf(const Finding& finding, NoticeItemKind kind, const ReportTemplate* format,
                  bool chinese)
{
    NoticeItem item;
    item.kind = kind;
    item.severity = finding.severity;
    item.rule = finding.rule;
    item.message = finding.message(chinese);
    item.cells = finding.cells;
    item.cellNames = cellNames(format, finding.cells, chinese);
    return item;
}

QString passageText(const NarrativeDocument& document, int part, const Span& span)
{
    if (part < 0 || std::size_t(part) >= document.parts.size()) {
        return {};
    }
    return document.parts[std::size_t(part)].text.mid(span.start, span.length());
}

} // namespace

QString noticeText(const char* source, bool chinese)
{
    if (chinese) {
        const QString translated = chineseCatalogue().translate("nianbao::Notice", source);
        if (!translated.isEmpty()) {
            return translated;
        }
    }
    return QString::fromUtf8(source);
}

Result<Notice> buildNotice(store::Archive& archive, DeskStore& desk,
                           const std::vector<ReportId>& reports, bool chinese,
                           const Thresholds& thresholds)
{
    Notice notice;
    notice.chinese = chinese;
    notice.date = QDate::currentDate();
    notice.title = noticeText(QT_TRANSLATE_NOOP("nianbao::Notice",
                                                "Rectification notice on the annual report of "
                                                "government information disclosure"),
                              chinese);
    notice.introduction = noticeText(
        QT_TRANSLATE_NOOP("nianbao::Notice",
                          "The review of your annual report found the problems listed below. "
                          "Please correct them, or explain why the report is right, and "
                          "publish the corrected report."),
        chinese);
    // Copied text is found once per year among all the archive's reports of that year.
    std::map<int, CopiesAnalysis> copiesByYear;
    for (const ReportId id : reports) {
        Result<StoredReport> stored = archive.loadReport(id);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        const Report current = stored->current();
        const ReportTemplate* format = TemplateRegistry::builtin().find(current.templateId);
        NoticeSection section;
        section.reportId = QString::number(id);
        section.agency = stored->info.agency;
        section.year = stored->info.year;
        section.file = stored->info.fileName;
        for (const Finding& finding : stored->extracted.findings) {
            if (stored->isOpen(finding)) {
                section.items.push_back(itemOf(finding, NoticeItemKind::Finding, format, chinese));
            }
        }
        if (section.year) {
            Result<std::optional<Report>> previous =
                archive.previousYearReport(stored->info.agency, *section.year);
            if (!previous) {
                return std::unexpected(previous.error());
            }
            if (*previous) {
                const YearOnYear comparison = compareYears(
                    **previous, current, thresholds.yearOnYear, &TemplateRegistry::builtin());
                for (const Finding& finding : comparison.findings) {
                    const bool known = std::ranges::any_of(section.items, [&](const NoticeItem& i) {
                        return i.rule == finding.rule && i.cells == finding.cells;
                    });
                    if (!known) {
                        section.items.push_back(
                            itemOf(finding, NoticeItemKind::Change, format, chinese));
                    }
                }
            }
            auto analysis = copiesByYear.find(*section.year);
            if (analysis == copiesByYear.end()) {
                Result<CopiesAnalysis> found =
                    analyseCopies(desk, *section.year, thresholds.similarity);
                if (!found) {
                    return std::unexpected(found.error());
                }
                analysis = copiesByYear.emplace(*section.year, std::move(*found)).first;
            }
            const CopiesAnalysis& copies = analysis->second;
            const auto document =
                std::ranges::find(copies.documents, section.reportId, &NarrativeDocument::id);
            const int index = int(document - copies.documents.begin());
            for (const CopyMatch& match : copies.detection.matches) {
                if (match.document != index) {
                    continue;
                }
                NoticeItem item = itemOf(copiedTextFinding(match, copies.documents),
                                         NoticeItemKind::Copy, format, chinese);
                const NarrativeDocument& other = copies.documents[std::size_t(match.other)];
                QStringList own;
                QStringList theirs;
                for (const SharedPassage& passage : match.passages) {
                    own.append(passageText(*document, passage.part, passage.span));
                    theirs.append(passageText(other, passage.otherPart, passage.otherSpan));
                }
                item.passage = own.join(QStringLiteral(" … "));
                item.otherPassage = theirs.join(QStringLiteral(" … "));
                section.items.push_back(std::move(item));
            }
        }
        std::ranges::stable_sort(section.items, [](const NoticeItem& a, const NoticeItem& b) {
            return gravity(a.severity) < gravity(b.severity);
        });
        if (format) {
            section.tables = paintedTables(*format, current, section.items, chinese);
        }
        notice.sections.push_back(std::move(section));
    }
    return notice;
}

} // namespace nianbao::supervision
