#pragma once

#include "common/error.h"
#include "documents/readlimits.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QBuffer;
class QuaZip;

namespace nianbao {

/// A ZIP package (a Word .docx) read from memory, guarded against zip bombs: an entry that
/// claims to unpack beyond the limits, or packs more tightly than real documents do, is
/// refused before it is unpacked; what unpacking yields is counted, and a package whose
/// sizes lie is refused as soon as they are exceeded.
class ZipPackage {
public:
    /// Opens the package; fails on bytes that are not a complete ZIP archive.
    static Result<ZipPackage> open(const QByteArray& bytes, const ReadLimits& limits);

    ZipPackage(ZipPackage&&) noexcept;
    ZipPackage& operator=(ZipPackage&&) noexcept;
    ~ZipPackage();

    [[nodiscard]] bool contains(const QString& entryName) const;
    /// The unpacked bytes of an entry, within what is left of the limits.
    Result<QByteArray> read(const QString& entryName);

private:
    ZipPackage();

    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    ReadLimits m_limits;
    qint64 m_unpackedBytes = 0;
};

} // namespace nianbao
