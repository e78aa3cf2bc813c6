#include "documents/documentreader.h"

#include "documents/documentformat.h"
#include "documents/formatreaders.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace nianbao {

namespace {

std::unexpected<Error> tooLarge(qint64 size, qint64 limit)
{
    const QLocale locale;
    return fail(ErrorCode::TooLarge,
                QCoreApplication::translate("nianbao::DocumentReader",
                                            "the file is %1, more than the %2 a report may "
                                            "have")
                    .arg(locale.formattedDataSize(size, 1), locale.formattedDataSize(limit, 1)));
}

} // namespace

Result<Document> readDocument(const QString& path, const ReadLimits& limits)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(ErrorCode::FileNotFound,
                    QCoreApplication::translate("nianbao::DocumentReader", "the file does not "
                                                                           "exist"));
    }
    if (info.isDir()) {
        return fail(
            ErrorCode::Unreadable,
            QCoreApplication::translate("nianbao::DocumentReader", "this is a folder, not a file"));
    }
    if (!info.isFile()) {
        return fail(
            ErrorCode::Unreadable,
            QCoreApplication::translate("nianbao::DocumentReader", "this is not a regular file"));
    }
    // Measured before reading: a huge file is refused without being loaded into memory.
    if (info.size() > limits.maxFileBytes) {
        return tooLarge(info.size(), limits.maxFileBytes);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            ErrorCode::Unreadable,
            QCoreApplication::translate("nianbao::DocumentReader", "the file cannot be opened: %1")
                .arg(file.errorString()));
    }
    // The size just measured, not readAll(): a file still growing cannot slip past the limit.
    const QByteArray bytes = file.read(info.size());
    if (file.error() != QFileDevice::NoError) {
        return fail(
            ErrorCode::Unreadable,
            QCoreApplication::translate("nianbao::DocumentReader", "the file cannot be read: %1")
                .arg(file.errorString()));
    }
    return readDocument(bytes, path, limits);
}

Result<Document> readDocument(const QByteArray& bytes, const QString& fileName,
                              const ReadLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes) {
        return tooLarge(bytes.size(), limits.maxFileBytes);
    }
    if (bytes.isEmpty()) {
        return fail(ErrorCode::Empty,
                    QCoreApplication::translate("nianbao::DocumentReader", "the file is empty"));
    }
    const DocumentFormat format = sniffFormat(bytes, fileName);
    // A format without a reader is one whose library this program does not link (PDF in
    // a program built without core/pdf).
    const FormatReader reader = formatReader(format);
    if (!reader) {
        return fail(ErrorCode::UnsupportedFormat,
                    QCoreApplication::translate("nianbao::DocumentReader",
                                                "%1 files cannot be read by this program")
                        .arg(formatDisplayName(format)));
    }
    return reader(bytes, fileName, limits);
}

} // namespace nianbao
