#pragma once

#include "common/error.h"

#include <QByteArray>

class QIODevice;

namespace nianbao::exporting {

/// Bytes collected in memory and handed to a device in large pieces: a wide export writes
/// tens of millions of short fields, and one device call per field would cost more than
/// formatting them.
class BufferedOutput {
public:
    explicit BufferedOutput(QIODevice& device);

    /// Where to append; call flushIfFull() after a row.
    QByteArray& buffer() { return m_buffer; }
    Result<void> flushIfFull();
    Result<void> flush();

private:
    QIODevice& m_device;
    QByteArray m_buffer;
};

} // namespace nianbao::exporting
