#pragma once

#include "archive/importer.h"

#include <QElapsedTimer>

namespace nianbao::cli {

/// Shows an import's progress on standard error. On a terminal, one line that counts up in
/// place; when standard error is a file or a pipe, one line per file, so that a log shows what
/// happened to each. Failures are always the contract's "nianbao-cli: FILE: reason" lines.
class ImportProgressPrinter {
public:
    explicit ImportProgressPrinter(bool onTerminal);

    void show(const ImportProgress& progress);
    /// Ends the counting line on a terminal.
    void finish();

private:
    void showCounter(const ImportProgress& progress);
    void showFileLine(const ImportProgress& progress);
    /// "FILE: likely duplicate ..." for a file whose text the archive already held.
    void showSameText(const ImportProgress& progress);

    bool m_onTerminal = false;
    bool m_counterShown = false;
    QElapsedTimer m_sinceRedraw;
    int m_imported = 0;
    int m_duplicates = 0;
    int m_failed = 0;
};

} // namespace nianbao::cli
