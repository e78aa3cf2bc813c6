// nianbao: the review window. `nianbao [--db ARCHIVE] [FILE...]` opens the archive (the
// default one unless --db names another), imports the files given and opens the first.

#include "common/language.h"
#include "common/prompter.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "store/archive.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace nianbao;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Nianbao 年报"));

    ui::AppSettings settings(std::make_unique<ui::UserSettingsStorage>());
    installTranslations(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nianbao::gui", "Review open-government-information annual reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("db"),
        QCoreApplication::translate("nianbao::gui", "The archive to open (default: %1).")
            .arg(store::Archive::defaultLocation()),
        QCoreApplication::translate("nianbao::gui", "ARCHIVE"));
    parser.addOption(database);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("nianbao::gui", "Reports to import and open."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    const bool defaultArchive = !parser.isSet(database);
    Result<std::unique_ptr<store::Archive>> archive =
        defaultArchive ? store::Archive::openDefault()
                       : store::Archive::open(parser.value(database));
    if (!archive) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("nianbao::gui", "Nianbao"),
            QCoreApplication::translate("nianbao::gui", "The archive cannot be opened: %1")
                .arg(archive.error().message));
        return 1;
    }

    ui::MainWindowOptions options;
    // Only the default archive is filled with samples: an archive named with --db is the
    // user's own, and stays as it is.
    options.fillWhenEmpty = defaultArchive;
    for (const QString& path : parser.positionalArguments()) {
        options.importPaths << QFileInfo(path).absoluteFilePath();
    }
    ui::DialogPrompter prompter;
    ui::MainWindow window(std::move(*archive), settings, prompter, std::move(options));
    window.show();
    return QApplication::exec();
}
