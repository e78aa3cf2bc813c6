#pragma once

// What every fuzz target shares: the application object the core's translations and
// resources expect, made once, and the input as a QByteArray.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace nianbao::fuzz {

/// Makes the QCoreApplication (once; later calls do nothing).
void setUp();

/// The fuzzer's bytes, without a copy.
inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace nianbao::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
