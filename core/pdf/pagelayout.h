#pragma once

#include <QRectF>
#include <QString>

#include <vector>

namespace nianbao {

/// A word on a page as a PDF text layer or OCR gives it: its text and its box (in points,
/// origin top-left).
struct PositionedWord {
    QString text;
    QRectF box;
    bool spaceAfter = false; ///< the source put a space after it
};

/// One cell of a laid-out row: its words joined, and the box they cover.
struct LaidOutCell {
    QString text;
    QRectF box;
};

/// A row of a page: a line of text, or a table row whose cells may wrap over several lines.
using LaidOutRow = std::vector<LaidOutCell>;

/// Lays a page's words out as the rows the extractor reads. Words on one baseline form a
/// line; lines that overlap vertically (a label wrapped over two lines beside figures
/// centred in their cells) form one row; within a row, words that follow each other closely
/// or stack in one column form a cell, and wider gaps separate cells. Rows come top to
/// bottom, cells left to right.
std::vector<LaidOutRow> layOutPage(std::vector<PositionedWord> words);

/// Joins two pieces of text as they read: Chinese runs straight on, other words take a
/// space where the source had one.
QString joinWords(const QString& left, const QString& right, bool space);

} // namespace nianbao
