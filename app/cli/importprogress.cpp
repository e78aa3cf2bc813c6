#include "importprogress.h"

#include "output.h"

#include <QCoreApplication>

namespace nianbao::cli {

namespace {

/// A thousand files a second would otherwise redraw the counter a thousand times.
constexpr qint64 kRedrawIntervalMs = 100;

QString outcomeWord(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return QCoreApplication::translate("nianbao::cli", "imported");
    case ImportOutcome::Duplicate:
        return QCoreApplication::translate("nianbao::cli", "duplicate");
    case ImportOutcome::Failed:
        break;
    }
    return QCoreApplication::translate("nianbao::cli", "failed");
}

} // namespace

ImportProgressPrinter::ImportProgressPrinter(bool onTerminal)
    : m_onTerminal(onTerminal)
{}

void ImportProgressPrinter::show(const ImportProgress& progress)
{
    switch (progress.outcome) {
    case ImportOutcome::Imported:
        ++m_imported;
        break;
    case ImportOutcome::Duplicate:
        ++m_duplicates;
        break;
    case ImportOutcome::Failed:
        ++m_failed;
        break;
    }
    if (m_onTerminal) {
        showCounter(progress);
    } else {
        showFileLine(progress);
    }
}

void ImportProgressPrinter::finish()
{
    if (m_counterShown) {
        writeErr(QStringLiteral("\n"));
        m_counterShown = false;
    }
}

void ImportProgressPrinter::showCounter(const ImportProgress& progress)
{
    // "\r" and "erase to the end of the line": the counter is rewritten in place.
    const QString eraseLine = QStringLiteral("\r\x1b[K");
    if (progress.failure) {
        // The reason takes the counter's line and stays; the counter goes on below it.
        writeErr(eraseLine);
        reportFileError(progress.path, progress.failure->message);
    } else if (progress.sameTextAs) {
        writeErr(eraseLine);
        showSameText(progress);
    } else if (m_counterShown && progress.done < progress.total &&
               m_sinceRedraw.elapsed() < kRedrawIntervalMs) {
        return;
    }
    m_sinceRedraw.start();
    writeErr(eraseLine + QCoreApplication::translate(
                             "nianbao::cli", "%1/%2 files: imported %3, duplicates %4, failed %5")
                             .arg(progress.done)
                             .arg(progress.total)
                             .arg(m_imported)
                             .arg(m_duplicates)
                             .arg(m_failed));
    m_counterShown = true;
}

void ImportProgressPrinter::showFileLine(const ImportProgress& progress)
{
    writeErr(QStringLiteral("[%1/%2] %3 %4\n")
                 .arg(progress.done)
                 .arg(progress.total)
                 .arg(outcomeWord(progress.outcome), progress.path));
    if (progress.failure) {
        reportFileError(progress.path, progress.failure->message);
    }
    showSameText(progress);
}

void ImportProgressPrinter::showSameText(const ImportProgress& progress)
{
    if (progress.sameTextAs) {
        reportFileError(progress.path,
                        QCoreApplication::translate("nianbao::cli",
                                                    "likely duplicate: its text is exactly that "
                                                    "of report %1 (stored with a warning)")
                            .arg(*progress.sameTextAs));
    }
}

} // namespace nianbao::cli
