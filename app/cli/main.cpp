// nianbao-cli: the core, headless, for batches and scripts (../shared/spec/cli-json.md).

#include "commands.h"
#include "common/language.h"

#include <QCoreApplication>

using namespace nianbao;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    installTranslations(systemLanguage());

    return cli::run(QCoreApplication::arguments().mid(1));
}
