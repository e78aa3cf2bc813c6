#include "export/exportoptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace nianbao::exporting {

namespace {

/// Years Nianbao can meet: the regulations date from 2008, and nothing reports on the far
/// future. The bounds only catch typing slips such as "202" or "20222".
constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

} // namespace

QString exportFormatCode(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("csv");
}

std::optional<ExportFormat> exportFormatFromCode(QStringView code)
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json}) {
        if (code.compare(exportFormatCode(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

QString exportLayoutCode(ExportLayout layout)
{
    return layout == ExportLayout::Long ? QStringLiteral("long") : QStringLiteral("wide");
}

std::optional<ExportLayout> exportLayoutFromCode(QStringView code)
{
    for (const ExportLayout layout : {ExportLayout::Wide, ExportLayout::Long}) {
        if (code.compare(exportLayoutCode(layout), Qt::CaseInsensitive) == 0) {
            return layout;
        }
    }
    return std::nullopt;
}

Result<QList<int>> parseYearList(const QString& text)
{
    // NFKC turns full-width digits and commas (２０２１，２０２２) into ASCII ones.
    const QString normalized = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression separators(QStringLiteral("[,;、\\s]+"));
    QList<int> years;
    for (const QString& part : normalized.split(separators, Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const int year = part.toInt(&isNumber);
        if (!isNumber || year < kFirstYear || year > kLastYear) {
            return fail(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("nianbao::ExportOptions", "\"%1\" is not a year")
                    .arg(part));
        }
        if (!years.contains(year)) {
            years.append(year);
        }
    }
    return years;
}

QString withFormatSuffix(const QString& path, ExportFormat format)
{
    const QFileInfo file(path);
    const QString base = file.suffix().isEmpty() ? path : path.chopped(file.suffix().size() + 1);
    return base + QLatin1Char('.') + exportFormatCode(format);
}

} // namespace nianbao::exporting
