#pragma once

#include "store/reportquery.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace nianbao::cli {

/// The options that choose reports, each one field of ReportFilter: what `list` lists and
/// what `assign` assigns.
struct FilterOptions {
    FilterOptions();

    QCommandLineOption year;
    QCommandLineOption status;
    QCommandLineOption agency;
    QCommandLineOption search;
    QCommandLineOption templateId;
    QCommandLineOption severity;
    QCommandLineOption assignee;
    QCommandLineOption unassigned;

    void addTo(QCommandLineParser& parser) const;
    /// Whether any of the options was given.
    [[nodiscard]] bool anySet(const QCommandLineParser& parser) const;
    /// The filter the options ask for, or nothing (the reason on standard error) when a value
    /// is not one the option takes.
    [[nodiscard]] std::optional<store::ReportFilter> filter(const QCommandLineParser& parser) const;
};

} // namespace nianbao::cli
