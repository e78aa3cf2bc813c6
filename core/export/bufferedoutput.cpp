#include "export/bufferedoutput.h"

#include "export/outputpath.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace nianbao {

namespace {

constexpr qsizetype kFlushSize = 1 << 20;

} // namespace

BufferedOutput::BufferedOutput(QIODevice& device)
    : m_device(device)
{
    m_buffer.reserve(kFlushSize + kFlushSize / 4);
}

Result<void> BufferedOutput::flushIfFull()
{
    return m_buffer.size() >= kFlushSize ? flush() : Result<void>{};
}

Result<void> BufferedOutput::flush()
{
    if (m_buffer.isEmpty()) {
        return {};
    }
    if (m_device.write(m_buffer) != m_buffer.size()) {
        const auto* file = qobject_cast<const QFileDevice*>(&m_device);
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::Export", "cannot write the file: %1")
                        .arg(file ? writeFailureReason(file->fileName(), m_device.errorString())
                                  : m_device.errorString()));
    }
    m_buffer.resize(0);
    return {};
}

} // namespace nianbao
