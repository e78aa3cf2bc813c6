#include "pdf/tesseractocr.h"

#include "documents/externaltool.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

namespace nianbao {

namespace {

const QString tesseractProgram = QStringLiteral("tesseract");
const QString chineseModel = QStringLiteral("chi_sim");
constexpr int listLanguagesTimeoutMs = 20000;

/// TSV columns: level page_num block_num par_num line_num word_num left top width height
/// conf text. Level 5 rows are words.
enum TsvColumn {
    Level = 0,
    Page = 1,
    Block = 2,
    Paragraph = 3,
    LineNumber = 4,
    Left = 6,
    Top = 7,
    Width = 8,
    Height = 9,
    Confidence = 10,
    Text = 11
};
constexpr int lineLevel = 4;
constexpr int wordLevel = 5;

/// Table rules that Tesseract reads as characters: thin strokes read as | or 丨.
bool isRule(const QString& text, const QRectF& box)
{
    static const QString strokes = QStringLiteral("|丨｜[]");
    return box.width() < 0.35 * box.height() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return strokes.contains(c); });
}

/// A figure with the specks Tesseract reads beside it on a scan ("，149", "”21") wiped off:
/// quotes and commas never lead or end a number. Other words are left as read.
QString withoutSpecks(const QString& word)
{
    static const QString specks = QStringLiteral("“”\"'‘’，,、|丨");
    qsizetype start = 0;
    qsizetype end = word.size();
    while (start < end && specks.contains(word[start])) {
        ++start;
    }
    while (end > start && specks.contains(word[end - 1])) {
        --end;
    }
    const QStringView core = QStringView(word).sliced(start, end - start);
    const bool number = !core.isEmpty() && std::all_of(core.begin(), core.end(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u'-';
    });
    return number && core.front().isDigit() ? core.toString() : word;
}

/// Where a TSV row sits: page, block, paragraph, line.
QByteArray lineKey(const QList<QByteArray>& fields)
{
    return fields[Page] + '/' + fields[Block] + '/' + fields[Paragraph] + '/' + fields[LineNumber];
}

QRectF pixelBox(const QList<QByteArray>& fields)
{
    return QRectF(fields[Left].toDouble(), fields[Top].toDouble(), fields[Width].toDouble(),
                  fields[Height].toDouble());
}

Error missingOcr()
{
    return Error{ErrorCode::MissingTool,
                 QCoreApplication::translate("nianbao::TesseractOcr",
                                             "reading it needs OCR, and Tesseract is not "
                                             "installed (Debian: apt install tesseract-ocr "
                                             "tesseract-ocr-chi-sim)")};
}

Error missingChineseModel()
{
    return Error{ErrorCode::MissingTool,
                 QCoreApplication::translate("nianbao::TesseractOcr",
                                             "reading it needs OCR, and Tesseract is installed "
                                             "without its Simplified Chinese model (Debian: apt "
                                             "install tesseract-ocr-chi-sim)")};
}

} // namespace

QStringList tesseractEnvironment()
{
    // Tesseract's OpenMP threads spin while they wait: on one page they cost more CPU than
    // they save, and batches run on other cores already.
    return {QStringLiteral("OMP_THREAD_LIMIT=1")};
}

std::optional<Error> ocrUnavailable()
{
    const QString program = findTool(tesseractProgram);
    if (program.isEmpty()) {
        return missingOcr();
    }
    const Result<ToolRun> run =
        runTool(program, {QStringLiteral("--list-langs")}, listLanguagesTimeoutMs);
    if (!run) {
        return missingOcr();
    }
    // Older versions list the languages on standard error.
    const QByteArray listing = run->standardOutput + '\n' + run->standardError;
    for (const QByteArray& line : listing.split('\n')) {
        if (line.trimmed() == chineseModel.toLatin1()) {
            return std::nullopt;
        }
    }
    return missingChineseModel();
}

RecognizedPage parseTesseractTsv(const QByteArray& tsv, double dpi)
{
    RecognizedPage page;
    const double pointsPerPixel = 72.0 / dpi;
    double confidenceSum = 0;
    // Glyph boxes are tight (一 is a sliver, 、 sits low): each word takes the height of the
    // line Tesseract found it on, so that words of one line stay one line.
    QHash<QByteArray, QRectF> lineBoxes;
    for (const QByteArray& line : tsv.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() > Text && fields[Level].toInt() == lineLevel) {
            lineBoxes.insert(lineKey(fields), pixelBox(fields));
        }
    }
    for (const QByteArray& line : tsv.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() <= Text || fields[Level].toInt() != wordLevel) {
            continue; // the header, or a page, block, paragraph or line row
        }
        const QString text = withoutSpecks(QString::fromUtf8(fields[Text]).trimmed());
        bool confidenceRead = false;
        const double confidence = fields[Confidence].toDouble(&confidenceRead);
        if (text.isEmpty() || !confidenceRead || confidence < 0) {
            continue;
        }
        QRectF pixels = pixelBox(fields);
        if (isRule(text, pixels)) {
            continue;
        }
        const QRectF lineBox = lineBoxes.value(lineKey(fields));
        if (!lineBox.isNull()) {
            pixels.setTop(lineBox.top());
            pixels.setHeight(lineBox.height());
        }
        page.words.push_back(PositionedWord{
            text, QRectF(pixels.topLeft() * pointsPerPixel, pixels.size() * pointsPerPixel),
            false});
        confidenceSum += confidence;
    }
    if (!page.words.empty()) {
        page.meanConfidence = confidenceSum / static_cast<double>(page.words.size());
    }
    return page;
}

Result<RecognizedPage> recognizePage(const QImage& image, double dpi, int timeoutMs)
{
    const QTemporaryDir workspace;
    const QString imagePath = workspace.filePath(QStringLiteral("page.png"));
    if (!workspace.isValid() || image.isNull() || !image.save(imagePath, "PNG")) {
        return fail(ErrorCode::Io, QCoreApplication::translate("nianbao::TesseractOcr",
                                                               "the page could not be prepared "
                                                               "for OCR"));
    }
    const Result<ToolRun> run =
        runTool(findTool(tesseractProgram),
                {imagePath, QStringLiteral("stdout"), QStringLiteral("-l"), chineseModel,
                 QStringLiteral("--dpi"), QString::number(qRound(dpi)), QStringLiteral("--psm"),
                 QStringLiteral("6"), QStringLiteral("tsv")},
                timeoutMs, workspace.path(), tesseractEnvironment());
    if (!run) {
        return std::unexpected(run.error());
    }
    if (run->exitCode != 0) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::TesseractOcr", "Tesseract failed: %1")
                        .arg(QString::fromLocal8Bit(run->standardError).trimmed()));
    }
    return parseTesseractTsv(run->standardOutput, dpi);
}

} // namespace nianbao
