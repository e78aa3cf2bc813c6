#include "documents/zippackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace nianbao {

namespace {

/// Below this an entry's compression ratio does not matter: it cannot do harm.
constexpr qint64 ratioCheckThreshold = 1024 * 1024;
constexpr qint64 readChunk = 64 * 1024;

std::unexpected<Error> damaged()
{
    return fail(ErrorCode::Corrupt,
                QCoreApplication::translate(
                    "nianbao::ZipPackage",
                    "the file is damaged or incomplete: it is not a complete ZIP archive, as a "
                    "Word .docx file must be"));
}

std::unexpected<Error> zipBomb(const QString& entryName)
{
    return fail(ErrorCode::Corrupt,
                QCoreApplication::translate(
                    "nianbao::ZipPackage",
                    "the file is refused as a likely zip bomb: its part %1 unpacks to far more "
                    "than any document")
                    .arg(entryName));
}

} // namespace

ZipPackage::ZipPackage() = default;
ZipPackage::ZipPackage(ZipPackage&&) noexcept = default;
ZipPackage& ZipPackage::operator=(ZipPackage&&) noexcept = default;
ZipPackage::~ZipPackage()
{
    // The archive reads through the buffer: it must close first.
    m_zip.reset();
}

Result<ZipPackage> ZipPackage::open(const QByteArray& bytes, const ReadLimits& limits)
{
    ZipPackage package;
    package.m_limits = limits;
    package.m_buffer = std::make_unique<QBuffer>();
    package.m_buffer->setData(bytes);
    package.m_zip = std::make_unique<QuaZip>(package.m_buffer.get());
    if (!package.m_zip->open(QuaZip::mdUnzip)) {
        return damaged();
    }
    return package;
}

bool ZipPackage::contains(const QString& entryName) const
{
    return m_zip->setCurrentFile(entryName, QuaZip::csInsensitive);
}

Result<QByteArray> ZipPackage::read(const QString& entryName)
{
    if (!m_zip->setCurrentFile(entryName, QuaZip::csInsensitive)) {
        return fail(ErrorCode::Corrupt, QCoreApplication::translate(
                                            "nianbao::ZipPackage",
                                            "the file lacks its part %1, which a Word document has")
                                            .arg(entryName));
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        return damaged();
    }
    if (info.flags & 1) {
        return fail(ErrorCode::Encrypted,
                    QCoreApplication::translate(
                        "nianbao::ZipPackage",
                        "the file is protected by a password; save it again without one"));
    }
    const qint64 declared = static_cast<qint64>(info.uncompressedSize);
    const qint64 packed = static_cast<qint64>(info.compressedSize);
    const qint64 allowance = m_limits.maxUnpackedBytes - m_unpackedBytes;
    if (declared > allowance) {
        const QLocale locale;
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate(
                        "nianbao::ZipPackage",
                        "the file's part %1 unpacks to %2, more than the %3 a document may have")
                        .arg(entryName, locale.formattedDataSize(declared, 1),
                             locale.formattedDataSize(m_limits.maxUnpackedBytes, 1)));
    }
    if (declared > ratioCheckThreshold &&
        declared >
            static_cast<qint64>(m_limits.maxCompressionRatio) * std::max<qint64>(packed, 1)) {
        return zipBomb(entryName);
    }

    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        return damaged();
    }
    QByteArray content;
    content.reserve(static_cast<qsizetype>(std::min(declared, allowance)));
    QByteArray chunk(readChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got < 0) {
            return damaged();
        }
        if (got == 0) {
            break;
        }
        // The declared size can lie: what actually unpacks is what counts.
        if (content.size() + got > declared || content.size() + got > allowance) {
            return zipBomb(entryName);
        }
        content.append(chunk.constData(), static_cast<qsizetype>(got));
    }
    file.close();
    // A checksum mismatch shows only once the entry is read to its end.
    if (file.getZipError() != UNZ_OK || content.size() != declared) {
        return damaged();
    }
    m_unpackedBytes += content.size();
    return content;
}

} // namespace nianbao
