#include "uitestkit.h"

#include "settings/settingsstorage.h"
#include "workflow/importer.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>

namespace nianbao::test {

std::optional<QString> ScriptedPrompter::askText(QWidget* /*parent*/, const QString& title,
                                                 const QString& /*label*/,
                                                 const QString& /*initial*/)
{
    asked << title;
    if (texts.empty()) {
        return std::nullopt;
    }
    const QString answer = texts.front();
    texts.pop_front();
    return answer;
}

QStringList ScriptedPrompter::askFiles(QWidget* /*parent*/, const QString& title,
                                       const QString& /*folder*/, const QString& /*filter*/)
{
    asked << title;
    if (files.empty()) {
        return {};
    }
    QStringList answer = files.front();
    files.pop_front();
    return answer;
}

std::optional<QString> ScriptedPrompter::askSaveFile(QWidget* /*parent*/, const QString& title,
                                                     const QString& /*suggested*/,
                                                     const QString& /*filter*/)
{
    asked << title;
    if (saveFiles.empty()) {
        return std::nullopt;
    }
    QString answer = saveFiles.front();
    saveFiles.pop_front();
    return answer;
}

QString ScriptedPrompter::askFolder(QWidget* /*parent*/, const QString& title,
                                    const QString& /*folder*/)
{
    asked << title;
    if (folders.empty()) {
        return {};
    }
    QString answer = folders.front();
    folders.pop_front();
    return answer;
}

QString generatedSample(int body, int year)
{
    return QStringLiteral(":/samples/generated/sample-%1-%2.txt").arg(body).arg(year);
}

QStringList allSamples()
{
    QStringList files;
    for (const char* folder : {":/samples/seeds", ":/samples/generated"}) {
        const QDir dir{QString::fromLatin1(folder)};
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            files << dir.filePath(name);
        }
    }
    return files;
}

void writeArchive(const QString& path, const QStringList& files)
{
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(path);
    if (!archive) {
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(archive.error().message));
    }
    const workflow::ImportSummary summary =
        workflow::importReports(**archive, workflow::defaultReportProcessing(), files);
    if (summary.imported != int(files.size())) {
        for (const workflow::ImportFailure& failure : summary.failures) {
            qWarning("%s: %s", qPrintable(failure.path), qPrintable(failure.error.message));
        }
        qFatal("imported %d of %d files", summary.imported, int(files.size()));
    }
}

WindowFixture::WindowFixture(const QString& archiveFile)
    : m_settings(std::make_unique<ui::MemorySettingsStorage>())
{
    m_settings.setReviewerName(QStringLiteral("测试审核员"));
    if (!QFile::copy(archiveFile, archivePath())) {
        qFatal("cannot copy %s", qPrintable(archiveFile));
    }
    open();
}

WindowFixture::~WindowFixture() = default;

QString WindowFixture::archivePath() const
{
    return m_dir.filePath(QStringLiteral("archive.sqlite"));
}

void WindowFixture::open()
{
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(archivePath());
    if (!archive) {
        qFatal("cannot open the archive: %s", qPrintable(archive.error().message));
    }
    m_window = std::make_unique<ui::MainWindow>(std::move(*archive), m_settings, m_prompter);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        qWarning("the window was not exposed");
    }
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
}

void WindowFixture::reopen()
{
    m_window->close();
    m_window.reset();
    open();
}

ReportId WindowFixture::reportOf(const QString& agencyPart, int year)
{
    store::ReportQuery query;
    query.filter.agency = agencyPart;
    query.filter.year = year;
    const Result<std::vector<store::ReportRow>> rows = m_window->archive().listReports(query);
    if (!rows || rows->empty()) {
        qFatal("no report of %s for %d", qPrintable(agencyPart), year);
    }
    return rows->front().id;
}

QModelIndex findIndex(const QAbstractItemModel* model, int role, const QVariant& value, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(role) == value) {
            return index;
        }
    }
    return {};
}

} // namespace nianbao::test
