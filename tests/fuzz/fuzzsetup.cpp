#include "fuzzsetup.h"

#include <QCoreApplication>

namespace nianbao::fuzz {

void setUp()
{
    // Made once and never destroyed: destroyed at exit, after Qt's own globals, it crashes,
    // and a fuzzer's process ends by exit().
    static QCoreApplication* application = nullptr;
    if (application) {
        return;
    }
    static int argc = 1;
    static char name[] = "nianbao-fuzz";
    static char* argv[] = {name, nullptr};
    application = new QCoreApplication(argc, argv);
}

} // namespace nianbao::fuzz

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    nianbao::fuzz::setUp();
    return 0;
}
