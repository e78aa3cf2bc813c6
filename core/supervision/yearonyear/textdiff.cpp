#include "supervision/yearonyear/textdiff.h"

#include <algorithm>
#include <functional>

namespace nianbao::supervision {

namespace {

struct Sentence {
    qsizetype start = 0;
    qsizetype end = 0;
    QString key; ///< the sentence without whitespace
};

bool endsSentence(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'!' || c == u'?' ||
           c == u';' || c == u'\n';
}

std::vector<Sentence> sentences(QStringView text)
{
    std::vector<Sentence> result;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (endsSentence(text.at(i)) || i + 1 == text.size()) {
            Sentence sentence{start, i + 1, {}};
            for (const QChar c : text.mid(start, i + 1 - start)) {
                if (!c.isSpace()) {
                    sentence.key.append(c);
                }
            }
            result.push_back(std::move(sentence));
            start = i + 1;
        }
    }
    return result;
}

/// The index pairs of a longest common subsequence of two sequences of `n` and `m` items
/// (dynamic programming; only when n × m ≤ maxCells, otherwise just the common prefix and
/// suffix). Of the subsequences as long, the one matching items as early as possible: an
/// added stretch then follows what it was added after ("单一。三是…。" adds "三是…。", not
/// "。三是…"), which is why the common suffix is set aside only when the table is too large.
std::vector<std::pair<qsizetype, qsizetype>>
commonSubsequence(qsizetype n, qsizetype m, const std::function<bool(qsizetype, qsizetype)>& equal,
                  qsizetype maxCells)
{
    std::vector<std::pair<qsizetype, qsizetype>> pairs;
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && equal(prefix, prefix)) {
        pairs.emplace_back(prefix, prefix);
        ++prefix;
    }
    qsizetype suffix = 0;
    if ((n - prefix) * (m - prefix) > maxCells) {
        while (suffix < n - prefix && suffix < m - prefix &&
               equal(n - 1 - suffix, m - 1 - suffix)) {
            ++suffix;
        }
    }
    const qsizetype rows = n - prefix - suffix;
    const qsizetype columns = m - prefix - suffix;
    if (rows > 0 && columns > 0 && rows * columns <= maxCells) {
        // table[i][j]: length of the LCS of the middles from i and j on.
        std::vector<quint32> table(std::size_t((rows + 1) * (columns + 1)), 0);
        const auto at = [columns](qsizetype i, qsizetype j) {
            return std::size_t(i * (columns + 1) + j);
        };
        for (qsizetype i = rows - 1; i >= 0; --i) {
            for (qsizetype j = columns - 1; j >= 0; --j) {
                table[at(i, j)] = equal(prefix + i, prefix + j)
                                      ? table[at(i + 1, j + 1)] + 1
                                      : std::max(table[at(i + 1, j)], table[at(i, j + 1)]);
            }
        }
        for (qsizetype i = 0, j = 0; i < rows && j < columns;) {
            if (equal(prefix + i, prefix + j)) {
                pairs.emplace_back(prefix + i, prefix + j);
                ++i;
                ++j;
            } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    for (qsizetype k = suffix; k > 0; --k) {
        pairs.emplace_back(n - k, m - k);
    }
    return pairs;
}

class EditList {
public:
    void add(TextEdit::Kind kind, qsizetype oldStart, qsizetype oldEnd, qsizetype newStart,
             qsizetype newEnd)
    {
        if (oldStart == oldEnd && newStart == newEnd) {
            return;
        }
        if (!m_edits.empty() && m_edits.back().kind == kind && m_edits.back().oldEnd == oldStart &&
            m_edits.back().newEnd == newStart) {
            m_edits.back().oldEnd = oldEnd;
            m_edits.back().newEnd = newEnd;
            return;
        }
        m_edits.push_back({kind, oldStart, oldEnd, newStart, newEnd});
    }
    std::vector<TextEdit> take() { return std::move(m_edits); }

private:
    std::vector<TextEdit> m_edits;
};

/// Character by character within old [oldStart, oldEnd) and new [newStart, newEnd).
void diffCharacters(QStringView before, QStringView after, qsizetype oldStart, qsizetype oldEnd,
                    qsizetype newStart, qsizetype newEnd, qsizetype maxCells, EditList& edits)
{
    const QStringView a = before.mid(oldStart, oldEnd - oldStart);
    const QStringView b = after.mid(newStart, newEnd - newStart);
    const auto pairs = commonSubsequence(
        a.size(), b.size(), [&](qsizetype i, qsizetype j) { return a.at(i) == b.at(j); }, maxCells);
    qsizetype i = 0;
    qsizetype j = 0;
    for (const auto& [pi, pj] : pairs) {
        edits.add(TextEdit::Kind::Deleted, oldStart + i, oldStart + pi, newStart + j, newStart + j);
        edits.add(TextEdit::Kind::Inserted, oldStart + pi, oldStart + pi, newStart + j,
                  newStart + pj);
        edits.add(TextEdit::Kind::Same, oldStart + pi, oldStart + pi + 1, newStart + pj,
                  newStart + pj + 1);
        i = pi + 1;
        j = pj + 1;
    }
    edits.add(TextEdit::Kind::Deleted, oldStart + i, oldEnd, newStart + j, newStart + j);
    edits.add(TextEdit::Kind::Inserted, oldEnd, oldEnd, newStart + j, newEnd);
}

} // namespace

std::vector<TextEdit> diffTexts(QStringView before, QStringView after, qsizetype maxCells)
{
    const std::vector<Sentence> old = sentences(before);
    const std::vector<Sentence> now = sentences(after);
    const auto pairs = commonSubsequence(
        qsizetype(old.size()), qsizetype(now.size()),
        [&](qsizetype i, qsizetype j) {
            return old[std::size_t(i)].key == now[std::size_t(j)].key;
        },
        maxCells);
    EditList edits;
    qsizetype oldAt = 0; // positions in the texts reached so far
    qsizetype newAt = 0;
    for (const auto& [i, j] : pairs) {
        const Sentence& o = old[std::size_t(i)];
        const Sentence& n = now[std::size_t(j)];
        diffCharacters(before, after, oldAt, o.start, newAt, n.start, maxCells, edits);
        edits.add(TextEdit::Kind::Same, o.start, o.end, n.start, n.end);
        oldAt = o.end;
        newAt = n.end;
    }
    diffCharacters(before, after, oldAt, before.size(), newAt, after.size(), maxCells, edits);
    return edits.take();
}

double keptShare(const std::vector<TextEdit>& edits, QStringView after)
{
    const auto visible = [&](qsizetype start, qsizetype end) {
        qsizetype count = 0;
        for (const QChar c : after.mid(start, end - start)) {
            count += c.isSpace() ? 0 : 1;
        }
        return count;
    };
    const qsizetype total = visible(0, after.size());
    if (total == 0) {
        return 1.0;
    }
    qsizetype kept = 0;
    for (const TextEdit& edit : edits) {
        if (edit.kind == TextEdit::Kind::Same) {
            kept += visible(edit.newStart, edit.newEnd);
        }
    }
    return double(kept) / double(total);
}

} // namespace nianbao::supervision
