#pragma once

// Shared by the files that implement ReviewSession; not part of its interface.

#include "workflow/reviewsession.h"

namespace nianbao::workflow {

/// The session's state as a change under way leaves it: built up beside the session while
/// the transaction runs, and taken over only once it committed, so that a failure leaves the
/// session exactly as it was.
struct ReviewSession::Next {
    StoredReport stored;
    Report current;
    std::optional<Report> previousYear;

    /// Keeps the latest correction per cell, in the order cells were corrected.
    void remember(const Correction& correction);
    void remember(const FindingDecision& decision);
};

} // namespace nianbao::workflow
