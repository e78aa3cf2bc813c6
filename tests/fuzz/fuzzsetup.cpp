#include "fuzzsetup.h"

#include <QCoreApplication>

#include <memory>

namespace nianbao::fuzz {

void setUp()
{
    static std::unique_ptr<QCoreApplication> application;
    if (application) {
        return;
    }
    static int argc = 1;
    static char name[] = "nianbao-fuzz";
    static char* argv[] = {name, nullptr};
    application = std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace nianbao::fuzz

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    nianbao::fuzz::setUp();
    return 0;
}
