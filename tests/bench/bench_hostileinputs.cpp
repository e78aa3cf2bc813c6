// Extraction on hostile input is bounded (issue 11): no input of 1 MB or less may take more
// than 1 s or 256 MB. Each adversarial input below is about 1 MB: a run of a million digits,
// a row label repeated thousands of times, figures with no labels, a report's tables repeated
// until the file is full, pages nested a hundred thousand deep, tables in tables, a Word body
// of thousands of rows. Each is read, extracted and validated in a child process of its own,
// whose wall time and peak resident memory (the whole process: Qt and ICU included) are
// printed. Exits 1 when an input passes either bound.

#include "documents/blocktextwriter.h"
#include "documents/documentreader.h"
#include "documents/docxbody.h"
#include "extract/extractor.h"
#include "rules/validator.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace nianbao;

namespace {

constexpr qsizetype kSize = 1000 * 1000;
constexpr double kMaxSeconds = 1.0;
constexpr long kMaxMegabytes = 256;

QByteArray filled(const QByteArray& head, const QByteArray& unit, const QByteArray& tail = {})
{
    QByteArray bytes = head;
    while (bytes.size() + unit.size() + tail.size() <= kSize) {
        bytes += unit;
    }
    return bytes + tail;
}

struct HostileInput {
    const char* name;
    const char* fileName;
    std::function<QByteArray()> make;
    /// Reads a Word body rather than a file (a .docx is a ZIP of it).
    bool wordBody = false;
};

std::vector<HostileInput> inputs()
{
    const QByteArray seed = test::readData(QStringLiteral("seeds/000_76b7263738f18800.txt"));
    const QByteArray heading =
        "2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
    return {
        {"a million digits in one run", "digits.txt",
         [=] { return filled(heading + "本年新收政府信息公开申请数量 ", "1234567890"); }},
        {"digits glued to a label, thousands of times", "glued.txt",
         [=] { return filled(heading, "本年新收政府信息公开申请数量1234567890123\n"); }},
        {"a row label repeated thousands of times", "labels.txt",
         [=] { return filled(heading, "上年结转政府信息公开申请数量 "); }},
        {"figures and nothing else", "figures.txt",
         [=] { return filled(heading, "12 0 3 4.5 6 7 8 "); }},
        {"a report's tables repeated to 1 MB", "repeated.txt",
         [=] { return filled(QByteArray(), seed); }},
        {"one line of a megabyte of Han characters", "line.txt",
         [=] { return filled(heading, "政府信息公开申请"); }},
        {"a page nested 100,000 deep", "deep.html",
         []() -> QByteArray {
             const int depth = int(kSize / 12);
             return QByteArray("<html><body>") + QByteArray("<div>").repeated(depth) +
                    "<p>本年新收政府信息公开申请数量 12</p>" +
                    QByteArray("</div>").repeated(depth) + "</body></html>";
         }},
        {"a page opening 200,000 elements it never closes", "open.html",
         [] { return filled("<html><body>", "<span>"); }},
        {"closings of elements never opened", "close.html",
         []() -> QByteArray {
             return QByteArray("<html><body>") + QByteArray("<div>").repeated(50000) +
                    filled(QByteArray(), "</span>");
         }},
        {"tables nested in cells, thousands deep", "tables.html",
         [] { return filled("<html><body>", "<table><tr><td>1</td><td>"); }},
        {"a table of 30,000 rows", "rows.html",
         [] { return filled("<html><body><table>", "<tr><td>本年新收</td><td>1</td></tr>"); }},
        {"a Word table of 20,000 rows", "body.xml",
         [] {
             return filled("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                           "wordprocessingml/2006/main\"><w:body><w:tbl>",
                           "<w:tr><w:tc><w:p><w:r><w:t>收到</w:t></w:r></w:p></w:tc>"
                           "<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>",
                           "</w:tbl></w:body></w:document>");
         },
         true},
    };
}

/// Reads, extracts and validates one input: what the child process does.
void process(const HostileInput& input)
{
    const QByteArray bytes = input.make();
    if (input.wordBody) {
        BlockTextWriter writer;
        (void)writeDocxBody(bytes, writer);
        Document document;
        document.text = writer.text();
        if (Result<Report> report = extractReport(document)) {
            revalidate(*report);
        }
        return;
    }
    const Result<Document> document = readDocument(bytes, QString::fromLatin1(input.fileName));
    if (!document) {
        return;
    }
    if (Result<Report> report = extractReport(*document)) {
        revalidate(*report);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    bool withinBounds = true;
    // CPU seconds (the child's user and system time) are what the bound is on: wall time on a
    // busy machine says more about the machine.
    std::printf("%-50s %10s %10s %10s\n", "hostile input (about 1 MB)", "wall s", "CPU s",
                "peak MB");
    for (const HostileInput& input : inputs()) {
        QElapsedTimer timer;
        timer.start();
        const pid_t child = ::fork();
        if (child == 0) {
            // A child past any sensible time is stopped, and counted as over the bound.
            ::alarm(60);
            process(input);
            ::_exit(0);
        }
        int status = 0;
        rusage usage{};
        ::wait4(child, &status, 0, &usage);
        const double wallSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double seconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                               double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        const long megabytes = usage.ru_maxrss / 1024;
        const bool stopped = WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM;
        const bool crashed = !stopped && (!WIFEXITED(status) || WEXITSTATUS(status) != 0);
        const bool ok =
            !crashed && !stopped && seconds <= kMaxSeconds && megabytes <= kMaxMegabytes;
        withinBounds = withinBounds && ok;
        std::printf("%-50s %10.3f %10.3f %10ld%s\n", input.name, wallSeconds, seconds, megabytes,
                    crashed ? "  CRASHED"
                            : (stopped ? "  STOPPED AFTER 60 s" : (ok ? "" : "  OVER THE BOUND")));
        std::fflush(stdout);
    }
    std::printf("bounds: %.1f CPU s and %ld MB per input: %s\n", kMaxSeconds, kMaxMegabytes,
                withinBounds ? "all within" : "PASSED BY SOME");
    return withinBounds ? 0 : 1;
}
