#include "noticewriter/noticepdf.h"

#include "noticewriter/noticehtml.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace nianbao::supervision {

Result<void> writeNoticePdf(const Notice& notice, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::Notice", "cannot write the file: %1")
                        .arg(file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(notice.title);
        writer.setCreator(QStringLiteral("Nianbao"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        // The default face, with Qt's fallback for Chinese: a CJK OpenType face set here
        // makes Qt write digits and Latin letters without the text mapping PDF readers need.
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setHtml(noticeHtml(notice));
        document.print(&writer);
    }
    if (!file.commit()) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("nianbao::Notice", "cannot write the file: %1")
                        .arg(file.errorString()));
    }
    return {};
}

} // namespace nianbao::supervision
