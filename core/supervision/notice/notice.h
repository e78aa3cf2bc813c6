#pragma once

#include "model/finding.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao::supervision {

/// What a rectification notice lists: a broken rule, an implausible change since last year, a
/// copied passage.
enum class NoticeItemKind { Finding, Change, Copy };

/// One thing the body must correct or explain, in the notice's language.
struct NoticeItem {
    NoticeItemKind kind = NoticeItemKind::Finding;
    Severity severity = Severity::Warning;
    QString rule;
    QString message;
    QStringList cells;     ///< cell keys
    QStringList cellNames; ///< the cells as the official tables name them
    QString passage;       ///< for a copy: the shared text, as this report prints it
    QString otherPassage;  ///< …and as the other report does
};

/// One cell of a painted table: its text and the gravest open item concerning it.
struct NoticeCell {
    QString text;
    std::optional<Severity> severity;
    bool header = false;
};

/// An official table in its printed layout (rows × columns, header lines included), its
/// cells painted by severity.
struct NoticeTable {
    QString title;
    std::vector<std::vector<NoticeCell>> rows;
};

/// The part of a notice about one report.
struct NoticeSection {
    QString reportId;
    QString agency;
    std::optional<int> year;
    QString file;
    std::vector<NoticeItem> items;   ///< errors first, then warnings, then notes
    std::vector<NoticeTable> tables; ///< only the tables with a cell concerned
};

/// A rectification notice (整改通知): for each report, what is open and where.
struct Notice {
    bool chinese = true;
    QDate date;
    QString title;
    QString introduction;
    std::vector<NoticeSection> sections;
};

} // namespace nianbao::supervision
