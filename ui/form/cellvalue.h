#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {
struct CellDef;
class ReportTemplate;
} // namespace nianbao

namespace nianbao::ui {

/// What a cell may hold and how its value is written, from the format's column definition.
struct CellValueType {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ui::CellValueType)

public:
    bool allowsNegative = false;
    int decimals = 0;

    static CellValueType of(const ReportTemplate* format, QStringView cellKey);

    /// The value as the form shows and edits it: "12", "1016.72", "" for a blank cell.
    [[nodiscard]] QString format(std::optional<double> value) const;
    /// Reads what the reviewer typed: "" is a blank cell; full-width digits are accepted.
    [[nodiscard]] Result<std::optional<double>> parse(const QString& text) const;
    /// A pattern for the editor's validator that lets through only what parse() accepts.
    [[nodiscard]] QString inputPattern() const;
};

} // namespace nianbao::ui
