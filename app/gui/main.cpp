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

#include <functional>
#include <memory>

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
    std::unique_ptr<ui::MainWindow> window;
    // File → Open Archive: a new window on the archive chosen takes this one's place.
    std::function<void(std::unique_ptr<store::Archive>, ui::MainWindowOptions)> show =
        [&](std::unique_ptr<store::Archive> opened, ui::MainWindowOptions windowOptions) {
            auto next = std::make_unique<ui::MainWindow>(std::move(opened), settings, prompter,
                                                         std::move(windowOptions));
            QObject::connect(next.get(), &ui::MainWindow::openArchiveRequested, &app,
                             [&](const QString& location) {
                                 Result<std::unique_ptr<store::Archive>> chosen =
                                     store::Archive::open(location);
                                 if (!chosen) {
                                     return;
                                 }
                                 QMetaObject::invokeMethod(
                                     &app,
                                     [&, held = std::make_shared<std::unique_ptr<store::Archive>>(
                                             std::move(*chosen))] {
                                         // The new window is up before the old one
                                         // closes, so the application never has none.
                                         std::unique_ptr<ui::MainWindow> old = std::move(window);
                                         show(std::move(*held), ui::MainWindowOptions{});
                                         old->close();
                                     },
                                     Qt::QueuedConnection);
                             });
            next->show();
            window = std::move(next);
        };
    show(std::move(*archive), std::move(options));
    return QApplication::exec();
}
