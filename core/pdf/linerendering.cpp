#include "pdf/linerendering.h"

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <cstring>
#include <splash/SplashBitmap.h>

namespace nianbao {

namespace {

/// Poppler's Splash renderer with text left out: glyphs are neither loaded nor drawn, and
/// Type 3 glyphs, which are drawn as small pages of their own, are sent to drawChar too.
class NoTextSplashOutputDev final : public SplashOutputDev {
public:
    using SplashOutputDev::SplashOutputDev;

    bool interpretType3Chars() override { return false; }
    void drawChar(GfxState*, double, double, double, double, double, double, CharCode, int,
                  const Unicode*, int) override
    {}
};

} // namespace

LineRendering::LineRendering(const QByteArray& bytes)
    : m_bytes(bytes)
{
    if (!globalParams) {
        // Set up by poppler-qt6 whenever a Poppler::Document exists, as one always does
        // beside this; made here only if used alone.
        globalParams = std::make_unique<GlobalParams>();
    }
    m_document = std::make_unique<PDFDoc>(
        new MemStream(m_bytes.constData(), 0, m_bytes.size(), Object(objNull)));
    if (!m_document->isOk()) {
        m_document.reset();
    }
}

LineRendering::~LineRendering() = default;

QImage LineRendering::render(int page, double dpi) const
{
    if (!m_document || page < 0 || page >= m_document->getNumPages()) {
        return {};
    }
    // What poppler-qt6's renderToImage sets up for a document on white paper with neither
    // antialiasing nor text antialiasing and thin lines solid.
    SplashColor paper;
    paper[0] = 255;
    paper[1] = 255;
    paper[2] = 255;
    NoTextSplashOutputDev device(splashModeXBGR8, 4, false, paper, true, splashThinLineSolid,
                                 false);
    device.setFontAntialias(false);
    device.setVectorAntialias(false);
    device.setFreeTypeHinting(false, false);
    device.startDoc(m_document.get());
    m_document->displayPageSlice(&device, page + 1, dpi, dpi, 0, false, true, false, -1, -1, -1, -1,
                                 nullptr, nullptr, nullptr, nullptr, true);
    SplashBitmap* bitmap = device.getBitmap();
    if (!bitmap || bitmap->getMode() != splashModeXBGR8) {
        return {};
    }
    const int width = bitmap->getWidth();
    const int height = bitmap->getHeight();
    QImage image(width, height, QImage::Format_RGB32);
    if (image.isNull()) {
        return {};
    }
    const SplashColorConstPtr data = bitmap->getDataPtr();
    for (int y = 0; y < height; ++y) {
        std::memcpy(image.scanLine(y), data + static_cast<qsizetype>(y) * bitmap->getRowSize(),
                    static_cast<size_t>(width) * 4);
    }
    return image;
}

} // namespace nianbao
