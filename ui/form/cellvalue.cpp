#include "form/cellvalue.h"

#include "templates/reporttemplate.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace nianbao::ui {

CellValueType CellValueType::of(const ReportTemplate* format, QStringView cellKey)
{
    const CellDef* cell = format ? format->cell(cellKey) : nullptr;
    if (!cell) {
        return {};
    }
    const ColumnDef& column = format->column(*cell);
    switch (column.type) {
    case ValueType::Count:
        return CellValueType{};
    case ValueType::Signed: {
        CellValueType type;
        type.allowsNegative = true;
        return type;
    }
    case ValueType::Money: {
        CellValueType type;
        type.decimals = column.decimals;
        return type;
    }
    }
    return {};
}

QString CellValueType::format(std::optional<double> value) const
{
    if (!value) {
        return {};
    }
    if (decimals == 0 && std::floor(*value) == *value) {
        return QString::number(qint64(*value));
    }
    // Money keeps the decimals it has, up to the format's precision, without trailing zeros.
    QString text = QString::number(*value, 'f', std::max(decimals, 4));
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(QLatin1Char('.'))) {
            text.chop(1);
        }
    }
    return text;
}

Result<std::optional<double>> CellValueType::parse(const QString& text) const
{
    // NFKC turns full-width digits, signs and points into ASCII ones.
    const QString input = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (input.isEmpty()) {
        return std::optional<double>();
    }
    if (!QRegularExpression(QRegularExpression::anchoredPattern(inputPattern()))
             .match(input)
             .hasMatch()) {
        if (decimals > 0) {
            return fail(ErrorCode::InvalidArgument,
                        tr("Enter an amount of at most %n decimal place(s).", nullptr, decimals));
        }
        return fail(ErrorCode::InvalidArgument, allowsNegative
                                                    ? tr("Enter a whole number.")
                                                    : tr("Enter a whole number of 0 or more."));
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(input, &ok);
    if (!ok || !std::isfinite(value)) {
        return fail(ErrorCode::InvalidArgument, tr("Enter a number."));
    }
    return std::optional<double>(value);
}

QString CellValueType::inputPattern() const
{
    QString pattern =
        allowsNegative ? QStringLiteral("[+-]?\\d{1,12}") : QStringLiteral("\\d{1,12}");
    if (decimals > 0) {
        pattern += QStringLiteral("(\\.\\d{0,%1})?").arg(decimals);
    }
    return pattern;
}

} // namespace nianbao::ui
