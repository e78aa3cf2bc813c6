#include "pdf/cellocr.h"

#include "documents/externaltool.h"
#include "pdf/tesseractocr.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

/// TSV columns (see tesseractocr.cpp): level page_num … conf text. Level 5 rows are words.
constexpr int tsvLevel = 0;
constexpr int tsvPage = 1;
constexpr int tsvLine = 4;
constexpr int tsvConfidence = 10;
constexpr int tsvText = 11;
constexpr int wordLevel = 5;

/// The characters a figure is written with: digits, separators, signs and the marks that
/// stand for zero. 无 is read by the Chinese model.
const QString figureCharacters = QStringLiteral("0123456789.,-+/");

QString titleValue(QStringView title, QStringView name)
{
    for (const QStringView part : title.split(u';')) {
        const QStringView trimmed = part.trimmed();
        if (trimmed.startsWith(name)) {
            return trimmed.mid(name.size()).trimmed().toString();
        }
    }
    return {};
}

void finish(CellText& cell, double confidenceSum, int words)
{
    cell.text = cell.text.trimmed();
    cell.confidence = words > 0 ? confidenceSum / words / 100.0 : 0;
}

} // namespace

std::vector<CellText> parseCellTsv(const QByteArray& tsv, size_t count)
{
    std::vector<CellText> cells(count);
    std::vector<double> sums(count, 0);
    std::vector<int> words(count, 0);
    std::vector<QByteArray> lastLine(count);
    for (const QByteArray& line : tsv.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() <= tsvText || fields[tsvLevel].toInt() != wordLevel) {
            continue;
        }
        const int page = fields[tsvPage].toInt() - 1; // 1-based
        const QString text = QString::fromUtf8(fields[tsvText]).trimmed();
        bool read = false;
        const double confidence = fields[tsvConfidence].toDouble(&read);
        if (page < 0 || static_cast<size_t>(page) >= count || text.isEmpty() || !read ||
            confidence < 0) {
            continue;
        }
        CellText& cell = cells[static_cast<size_t>(page)];
        // Words of one line run on (Chinese has no spaces); lines too: a cell's lines are
        // one label wrapped.
        const QByteArray lineKey = fields[2] + '/' + fields[3] + '/' + fields[tsvLine];
        if (!cell.text.isEmpty() && lastLine[static_cast<size_t>(page)] == lineKey &&
            text.front().unicode() < 0x80 && cell.text.back().unicode() < 0x80) {
            cell.text += u' ';
        }
        cell.text += text;
        lastLine[static_cast<size_t>(page)] = lineKey;
        sums[static_cast<size_t>(page)] += confidence;
        ++words[static_cast<size_t>(page)];
    }
    for (size_t index = 0; index < count; ++index) {
        finish(cells[index], sums[index], words[index]);
    }
    return cells;
}

std::vector<CellText> parseCellHocr(const QByteArray& hocr, size_t count)
{
    std::vector<CellText> cells(count);
    std::vector<double> sums(count, 0);
    std::vector<int> words(count, 0);
    QXmlStreamReader xml(hocr);
    int page = -1;
    int depth = 0;
    int wordDepth = -1;    // depth of the word being read, or -1
    int choicesDepth = -1; // depth of the lstm_choices span being read, or -1
    bool inChoice = false;
    double choiceConfidence = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString cls = xml.attributes().value(QLatin1String("class")).toString();
            const QString title = xml.attributes().value(QLatin1String("title")).toString();
            const QString id = xml.attributes().value(QLatin1String("id")).toString();
            if (cls == QLatin1String("ocr_page")) {
                bool ok = false;
                page = titleValue(title, u"ppageno").toInt(&ok);
                page = ok ? page : -1;
            } else if (cls == QLatin1String("ocrx_word") && page >= 0 &&
                       static_cast<size_t>(page) < count) {
                wordDepth = depth;
                sums[static_cast<size_t>(page)] += titleValue(title, u"x_wconf").toDouble();
                ++words[static_cast<size_t>(page)];
                if (!cells[static_cast<size_t>(page)].text.isEmpty()) {
                    cells[static_cast<size_t>(page)].text += u' ';
                }
            } else if (cls == QLatin1String("ocrx_cinfo") && wordDepth >= 0) {
                if (id.startsWith(QLatin1String("lstm_choices"))) {
                    choicesDepth = depth;
                    cells[static_cast<size_t>(page)].choices.emplace_back();
                } else if (choicesDepth >= 0) {
                    inChoice = true;
                    choiceConfidence = titleValue(title, u"x_confs").toDouble() / 100.0;
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == choicesDepth) {
                choicesDepth = -1;
            } else if (depth == wordDepth) {
                wordDepth = -1;
            }
            inChoice = false;
            --depth;
        } else if (token == QXmlStreamReader::Characters && wordDepth >= 0 && page >= 0) {
            CellText& cell = cells[static_cast<size_t>(page)];
            const QString text = xml.text().toString().trimmed();
            if (text.isEmpty()) {
                continue;
            }
            if (inChoice && !cell.choices.empty()) {
                cell.choices.back().emplace_back(text.front(), choiceConfidence);
            } else if (choicesDepth < 0 && depth == wordDepth) {
                cell.text += text;
            }
        }
    }
    for (size_t index = 0; index < count; ++index) {
        finish(cells[index], sums[index], words[index]);
        for (auto& position : cells[index].choices) {
            std::stable_sort(position.begin(), position.end(),
                             [](const auto& a, const auto& b) { return a.second > b.second; });
        }
    }
    return cells;
}

std::vector<CellCandidate> figureReadings(const CellText& read, size_t most)
{
    // Every reading from the two best characters of each position, kept to the likeliest.
    std::vector<std::pair<QString, double>> readings{{QString(), 1.0}};
    for (const auto& position : read.choices) {
        std::vector<std::pair<QString, double>> next;
        for (const auto& [text, likelihood] : readings) {
            for (size_t choice = 0; choice < position.size() && choice < 2; ++choice) {
                const auto& [character, confidence] = position[choice];
                if (choice > 0 && confidence < 0.02) {
                    break;
                }
                next.emplace_back(text + character, likelihood * std::max(confidence, 0.001));
            }
        }
        std::sort(next.begin(), next.end(),
                  [](const auto& a, const auto& b) { return a.second > b.second; });
        next.resize(std::min<size_t>(next.size(), 16));
        readings = std::move(next);
    }
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?$"));
    std::vector<CellCandidate> candidates;
    for (const auto& [text, likelihood] : readings) {
        if (read.choices.empty() || !number.match(text).hasMatch()) {
            continue;
        }
        bool ok = false;
        const double value = QString(text).remove(u',').toDouble(&ok);
        const bool seen = std::any_of(candidates.begin(), candidates.end(), [&](const auto& c) {
            return std::abs(c.value - value) < 1e-9;
        });
        if (ok && !seen) {
            candidates.push_back(CellCandidate{value, likelihood});
        }
        if (candidates.size() >= most) {
            break;
        }
    }
    return candidates;
}

Result<std::vector<CellText>> recognizeCells(const std::vector<QImage>& cells, CellScript script,
                                             double dpi, int timeoutMs)
{
    if (cells.empty()) {
        return std::vector<CellText>{};
    }
    const QTemporaryDir workspace;
    if (!workspace.isValid()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("nianbao::TesseractOcr",
                                                               "the page could not be prepared "
                                                               "for OCR"));
    }
    QByteArray list;
    for (size_t index = 0; index < cells.size(); ++index) {
        const QString path = workspace.filePath(QStringLiteral("cell%1.png").arg(index));
        if (!cells[index].save(path, "PNG")) {
            return fail(ErrorCode::Io,
                        QCoreApplication::translate("nianbao::TesseractOcr",
                                                    "the page could not be prepared for OCR"));
        }
        list += QFile::encodeName(path) + '\n';
    }
    const QString listPath = workspace.filePath(QStringLiteral("cells.txt"));
    QFile listFile(listPath);
    if (!listFile.open(QIODevice::WriteOnly) || listFile.write(list) != list.size()) {
        return fail(ErrorCode::Io, QCoreApplication::translate("nianbao::TesseractOcr",
                                                               "the page could not be prepared "
                                                               "for OCR"));
    }
    listFile.close();
    QStringList arguments{listPath, QStringLiteral("stdout"), QStringLiteral("--dpi"),
                          QString::number(qRound(dpi))};
    if (script == CellScript::Chinese) {
        arguments << QStringLiteral("-l") << QStringLiteral("chi_sim") << QStringLiteral("--psm")
                  << QStringLiteral("6") << QStringLiteral("tsv");
    } else {
        arguments << QStringLiteral("-l") << QStringLiteral("eng") << QStringLiteral("--psm")
                  << QStringLiteral("7") << QStringLiteral("-c")
                  << (QStringLiteral("tessedit_char_whitelist=") + figureCharacters)
                  << QStringLiteral("-c") << QStringLiteral("lstm_choice_mode=2")
                  << QStringLiteral("hocr");
    }
    Result<ToolRun> run = runTool(findTool(QStringLiteral("tesseract")), arguments, timeoutMs,
                                  workspace.path(), tesseractEnvironment());
    if (run && run->exitCode != 0 && script == CellScript::Figures) {
        // Without its English model, Tesseract reads figures with the Chinese one.
        arguments[arguments.indexOf(QStringLiteral("eng"))] = QStringLiteral("chi_sim");
        run = runTool(findTool(QStringLiteral("tesseract")), arguments, timeoutMs, workspace.path(),
                      tesseractEnvironment());
    }
    if (!run) {
        return std::unexpected(run.error());
    }
    if (run->exitCode != 0) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::TesseractOcr", "Tesseract failed: %1")
                        .arg(QString::fromLocal8Bit(run->standardError).trimmed()));
    }
    return script == CellScript::Chinese ? parseCellTsv(run->standardOutput, cells.size())
                                         : parseCellHocr(run->standardOutput, cells.size());
}

} // namespace nianbao
