#include "filteroptions.h"

#include "output.h"

#include <QCoreApplication>

namespace nianbao::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("nianbao::cli", text);
}

std::nullopt_t refuse(const QCommandLineOption& option, const QCommandLineParser& parser)
{
    const QString name = option.names().constFirst();
    reportError(tr(QT_TRANSLATE_NOOP("nianbao::cli", "--%1 does not take \"%2\""))
                    .arg(name, parser.value(name)));
    return std::nullopt;
}

} // namespace

FilterOptions::FilterOptions()
    : year(QStringLiteral("year"),
           tr(QT_TRANSLATE_NOOP("nianbao::cli", "only reports on this year")),
           tr(QT_TRANSLATE_NOOP("nianbao::cli", "YEAR")))
    , status(
          QStringLiteral("status"),
          tr(QT_TRANSLATE_NOOP(
              "nianbao::cli", "only reports in this review status: pending, reviewed or doubtful")),
          tr(QT_TRANSLATE_NOOP("nianbao::cli", "STATUS")))
    , agency(QStringLiteral("agency"),
             tr(QT_TRANSLATE_NOOP("nianbao::cli",
                                  "only reports of agencies whose name contains NAME")),
             tr(QT_TRANSLATE_NOOP("nianbao::cli", "NAME")))
    , search(QStringLiteral("search"),
             tr(QT_TRANSLATE_NOOP("nianbao::cli",
                                  "only reports whose text contains every word of WORDS")),
             tr(QT_TRANSLATE_NOOP("nianbao::cli", "WORDS")))
    , templateId(QStringLiteral("template"),
                 tr(QT_TRANSLATE_NOOP("nianbao::cli",
                                      "only reports in this format: 2021, 2019 or unknown")),
                 tr(QT_TRANSLATE_NOOP("nianbao::cli", "TEMPLATE")))
    , severity(
          QStringLiteral("severity"),
          tr(QT_TRANSLATE_NOOP("nianbao::cli", "only reports with an open issue of this severity "
                                               "or a more serious one: error, warning or note")),
          tr(QT_TRANSLATE_NOOP("nianbao::cli", "SEVERITY")))
    , assignee(QStringLiteral("assignee"),
               tr(QT_TRANSLATE_NOOP("nianbao::cli", "only reports assigned to this reviewer")),
               tr(QT_TRANSLATE_NOOP("nianbao::cli", "REVIEWER")))
    , unassigned(QStringLiteral("unassigned"),
                 tr(QT_TRANSLATE_NOOP("nianbao::cli", "only reports assigned to nobody")))
{}

void FilterOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({year, status, agency, search, templateId, severity, assignee, unassigned});
}

bool FilterOptions::anySet(const QCommandLineParser& parser) const
{
    for (const QCommandLineOption* option :
         {&year, &status, &agency, &search, &templateId, &severity, &assignee, &unassigned}) {
        if (parser.isSet(*option)) {
            return true;
        }
    }
    return false;
}

std::optional<store::ReportFilter> FilterOptions::filter(const QCommandLineParser& parser) const
{
    store::ReportFilter filter;
    filter.agency = parser.value(agency);
    filter.text = parser.value(search);
    filter.templateId = parser.value(templateId);
    if (parser.isSet(year)) {
        bool ok = false;
        filter.year = parser.value(year).toInt(&ok);
        if (!ok) {
            return refuse(year, parser);
        }
    }
    if (parser.isSet(status)) {
        filter.status = reviewStatusFromCode(parser.value(status));
        if (!filter.status) {
            return refuse(status, parser);
        }
    }
    if (parser.isSet(severity)) {
        filter.severity = severityFromCode(parser.value(severity));
        if (!filter.severity) {
            return refuse(severity, parser);
        }
    }
    if (parser.isSet(assignee) && parser.isSet(unassigned)) {
        reportError(tr(
            QT_TRANSLATE_NOOP("nianbao::cli", "--assignee and --unassigned exclude each other")));
        return std::nullopt;
    }
    if (parser.isSet(assignee)) {
        if (parser.value(assignee).trimmed().isEmpty()) {
            return refuse(assignee, parser);
        }
        filter.assignee = parser.value(assignee).trimmed();
    }
    if (parser.isSet(unassigned)) {
        filter.assignee = QString();
    }
    return filter;
}

} // namespace nianbao::cli
