#pragma once

#include <QtGlobal>

namespace nianbao {

/// Limits that keep a bad file from exhausting the machine or hanging the program.
struct ReadLimits {
    qint64 maxFileBytes = 32 * 1024 * 1024; ///< larger files are refused, not read
    /// Total bytes a packed format (.docx) may unpack to; Word documents unpack to a few MB.
    qint64 maxUnpackedBytes = 64 * 1024 * 1024;
    /// A packed entry that claims to grow more than this many times is refused. Word's XML
    /// packs 5 to 30 times; a zip bomb packs a thousand times.
    int maxCompressionRatio = 200;
    /// How long one run of an external converter or OCR engine may take.
    int toolTimeoutMs = 180 * 1000;
    /// Pages read with OCR at most (each takes seconds); the rest are left out, with a notice.
    int maxOcrPages = 60;
};

} // namespace nianbao
