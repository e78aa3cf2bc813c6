#include "documents/formatreaders.h"
#include "pdf/pdfdocumentreader.h"

namespace {

/// Runs when a program linking nianbao_pdf starts: from then on readDocument reads PDFs.
const bool pdfReaderRegistered = [] {
    nianbao::registerFormatReader(nianbao::DocumentFormat::Pdf, nianbao::readPdfDocument);
    return true;
}();

} // namespace

/// Named in nianbao_pdf's link options (--undefined), so that every program linking the
/// library keeps this object, and with it the registration above, though it calls nothing
/// here.
extern "C" const int nianbao_pdf_reader_anchor = 1;
