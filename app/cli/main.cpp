// nianbao-cli: the core, headless, for batches and scripts (../shared/spec/cli-json.md).

#include "commands.h"
#include "common/language.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace nianbao;

int main(int argc, char* argv[])
{
    // Only a PDF notice needs Qt GUI (its fonts): on the offscreen platform, so that the CLI
    // still runs with no display.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "notice") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    installTranslations(systemLanguage());

    return cli::run(QCoreApplication::arguments().mid(1));
}
