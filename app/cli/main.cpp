// nianbao-cli: the core, headless, for batches and scripts (../shared/spec/cli-json.md).

#include "commands.h"
#include "common/language.h"
#include "output.h"

#include <QCoreApplication>

using namespace nianbao;

namespace {

QString usage()
{
    QString text =
        QCoreApplication::translate("nianbao::cli", "usage: nianbao-cli COMMAND [OPTIONS] ...") +
        QLatin1Char('\n') + QCoreApplication::translate("nianbao::cli", "commands:") +
        QLatin1Char('\n');
    for (const cli::Command& command : cli::commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(8),
                         QCoreApplication::translate("nianbao::cli", command.summary));
    }
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    installTranslations(systemLanguage());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        cli::reportError(usage());
        return cli::BadArguments;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        cli::writeOut(usage());
        return cli::Success;
    }
    for (const cli::Command& command : cli::commands()) {
        if (name == QLatin1String(command.name)) {
            return command.run(arguments);
        }
    }
    cli::reportError(
        QCoreApplication::translate("nianbao::cli", "unknown command \"%1\"").arg(name) +
        QLatin1Char('\n') + usage());
    return cli::BadArguments;
}
