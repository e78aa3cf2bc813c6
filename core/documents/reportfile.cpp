#include "documents/reportfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nianbao {

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Why a file of this type is no report file, or an empty string for a regular file.
QString notAFileReason(mode_t mode)
{
    if (S_ISREG(mode)) {
        return {};
    }
    if (S_ISDIR(mode)) {
        return QCoreApplication::translate("nianbao::DocumentReader",
                                           "this is a folder, not a file");
    }
    if (S_ISFIFO(mode)) {
        return QCoreApplication::translate("nianbao::DocumentReader",
                                           "this is a named pipe (FIFO), not a file: "
                                           "it was skipped without being read");
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return QCoreApplication::translate("nianbao::DocumentReader",
                                           "this is a device, not a file: it was "
                                           "skipped without being read");
    }
    if (S_ISSOCK(mode)) {
        return QCoreApplication::translate("nianbao::DocumentReader",
                                           "this is a socket, not a file: it was "
                                           "skipped without being read");
    }
    return QCoreApplication::translate("nianbao::DocumentReader", "this is not a regular file");
}

std::unexpected<Error> statFailure(int error)
{
    if (error == ENOENT || error == ENOTDIR) {
        return fail(
            ErrorCode::FileNotFound,
            QCoreApplication::translate("nianbao::DocumentReader", "the file does not exist"));
    }
    if (error == ELOOP) {
        return fail(ErrorCode::Unreadable,
                    QCoreApplication::translate("nianbao::DocumentReader",
                                                "the file is a link that leads in a "
                                                "circle"));
    }
    return fail(ErrorCode::Unreadable, QCoreApplication::translate("nianbao::DocumentReader",
                                                                   "the file cannot be opened: %1")
                                           .arg(systemReason(error)));
}

/// Closes a descriptor when it goes out of scope.
class Descriptor {
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {}
    ~Descriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Error fileTooLarge(qint64 size, qint64 limit)
{
    const QLocale locale;
    return Error{ErrorCode::TooLarge,
                 QCoreApplication::translate("nianbao::DocumentReader",
                                             "the file is %1, more than the %2 a "
                                             "report may have")
                     .arg(locale.formattedDataSize(size, 1), locale.formattedDataSize(limit, 1))};
}

namespace {

/// Qt resource paths (":/samples/..."): the reports bundled into the program, in memory,
/// where the file system calls below cannot see them.
bool isResource(const QString& path)
{
    return path.startsWith(QLatin1String(":/")) || path.startsWith(QLatin1String("qrc:"));
}

Result<QByteArray> readResource(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(
            ErrorCode::FileNotFound,
            QCoreApplication::translate("nianbao::DocumentReader", "the file does not exist"));
    }
    if (file.size() > maxBytes) {
        return std::unexpected(fileTooLarge(file.size(), maxBytes));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            ErrorCode::Unreadable,
            QCoreApplication::translate("nianbao::DocumentReader", "the file cannot be opened: %1")
                .arg(file.errorString()));
    }
    return file.read(maxBytes);
}

} // namespace

Result<void> checkReportFile(const QString& path, qint64 maxBytes)
{
    if (isResource(path)) {
        const Result<QByteArray> read = readResource(path, maxBytes);
        return read ? Result<void>{} : Result<void>(std::unexpected(read.error()));
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat status {};
    if (::stat(native.constData(), &status) != 0) {
        return statFailure(errno);
    }
    if (const QString reason = notAFileReason(status.st_mode); !reason.isEmpty()) {
        return fail(ErrorCode::Unreadable, reason);
    }
    if (status.st_size > maxBytes) {
        return std::unexpected(fileTooLarge(status.st_size, maxBytes));
    }
    return {};
}

Result<QByteArray> readReportFile(const QString& path, qint64 maxBytes)
{
    if (isResource(path)) {
        return readResource(path, maxBytes);
    }
    // The type first, so that a device is never even opened (opening some has effects).
    if (Result<void> checked = checkReportFile(path, maxBytes); !checked) {
        return std::unexpected(checked.error());
    }
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: a path swapped for a FIFO since the look above opens at once instead of
    // waiting for a writer; the descriptor's own type is checked next.
    const Descriptor file(::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (file.get() < 0) {
        return statFailure(errno);
    }
    struct stat status {};
    if (::fstat(file.get(), &status) != 0) {
        return statFailure(errno);
    }
    if (const QString reason = notAFileReason(status.st_mode); !reason.isEmpty()) {
        return fail(ErrorCode::Unreadable, reason);
    }
    // Read up to one byte past the limit: the size the file system reported may be stale
    // (a file still growing) or wrong (special file systems report 0 or 4096).
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(std::max<qint64>(status.st_size, 0), maxBytes) + 1));
    constexpr qint64 kChunk = 1 << 16;
    for (;;) {
        const qint64 wanted = std::min<qint64>(kChunk, maxBytes + 1 - bytes.size());
        if (wanted <= 0) {
            break;
        }
        const qsizetype before = bytes.size();
        bytes.resize(before + wanted);
        const ssize_t got = ::read(file.get(), bytes.data() + before, size_t(wanted));
        if (got < 0) {
            const int error = errno;
            bytes.resize(before);
            if (error == EINTR) {
                continue;
            }
            return fail(ErrorCode::Unreadable,
                        QCoreApplication::translate("nianbao::DocumentReader",
                                                    "the file cannot be read: %1")
                            .arg(systemReason(error)));
        }
        bytes.resize(before + got);
        if (got == 0) {
            break;
        }
    }
    if (bytes.size() > maxBytes) {
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("nianbao::DocumentReader",
                                                "the file holds more than the %1 a "
                                                "report may have")
                        .arg(QLocale().formattedDataSize(maxBytes, 1)));
    }
    return bytes;
}

} // namespace nianbao
