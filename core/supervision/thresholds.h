#pragma once

#include <QtGlobal>

namespace nianbao::supervision {

/// When a narrative part counts as copied (内容雷同), and how the search for copies is tuned.
/// The defaults are the desk's policy; a supervisor may tighten or loosen the share.
struct SimilarityThresholds {
    /// A part is copied when at least this share of its own (non-template) text lies in
    /// passages it shares with one other report.
    double copiedShare = 0.8;
    /// A passage is shared when at least this many characters of comparable text (no spaces,
    /// punctuation, figures reduced to one mark) agree in both texts.
    int minPassage = 10;
    /// Two passages that follow each other in both texts with at most this many characters
    /// between them on either side are one stretch with a light edit in it (a word swapped, a
    /// clause added or dropped); what the two gaps still share counts as shared.
    int editGap = 20;
    /// Parts with less text of their own than this (about two sentences) are too short to
    /// judge: two bodies' single sentences built of the same stock phrases agree by chance.
    int minOwnCharacters = 60;
    /// Characters per shingle: four Chinese characters are about two words.
    int shingleLength = 4;
    /// Template text: shingles found in at least this share of the reports…
    double templateShare = 0.05;
    /// …and in at least this many (a small batch learns no template from itself).
    int templateMinReports = 20;
    /// Reports read to learn the template; a larger batch is sampled evenly.
    int templateSample = 5000;
    /// Common stock in a small batch, where the share above cannot be told from chance:
    /// text that this many different bodies write alike (and at least `commonStockShare` of
    /// the batch's bodies) is no evidence that one of them copied another (the lead paragraph
    /// of part 一 that bodies take from their superiors' notice). A batch too small to show
    /// it (two or three reports) leans on the format's stock phrases alone.
    int commonStockMinBodies = 3;
    double commonStockShare = 0.25;
    /// MinHash values per part, and how many of them form one LSH band: 32 bands of 4 make
    /// a pair sharing 60 % of its shingles a candidate 99 % of the time, one sharing 10 % once
    /// in three thousand.
    int signatureSize = 128;
    int bandRows = 4;
    /// A band bucket holding more parts than this is left out: such buckets come from common
    /// phrases, not copies, and a true copy meets its source in many other bands.
    int maxBucket = 256;
    /// A candidate pair is compared in full only when its estimated containment is this high.
    double minEstimatedContainment = 0.5;
    /// At most this many other reports are named for one part (the most similar ones).
    int maxMatchesPerPart = 5;
};

/// When a change between a body's two years is implausible.
struct YearOnYearThresholds {
    /// A figure this many times last year's (or more), or last year's this many times this
    /// year's…
    double jumpFactor = 10.0;
    /// …where the larger of the two is at least this (1 → 12 is no news; 30 → 300 is).
    double jumpFloor = 50.0;
    /// A count appearing from zero (or blank) at this size or more.
    double appearingFloor = 100.0;
    /// Money (万元) is judged by the same factor from this amount, and appearing from zero
    /// from this one.
    double moneyFloor = 10.0;
    double moneyAppearingFloor = 100.0;
};

/// When a report is on time.
struct CoverageRules {
    /// Reports on year Y are due by this day of year Y + 1 (条例 第五十条: 每年1月31日前).
    int deadlineMonth = 1;
    int deadlineDay = 31;
};

/// Every threshold of the supervisor's desk, in one place.
struct Thresholds {
    SimilarityThresholds similarity;
    YearOnYearThresholds yearOnYear;
    CoverageRules coverage;
};

} // namespace nianbao::supervision
