#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace nianbao {

/// The kinds of file a report arrives in.
enum class DocumentFormat { Text, Html, Docx, Doc, Wps, Pdf };

/// The format as Document::format and the CLI name it: "text", "html", "docx", "doc", "wps",
/// "pdf".
QString formatId(DocumentFormat format);

/// The format as people call it ("PDF", "Word (.docx)"...), for messages.
QString formatDisplayName(DocumentFormat format);

/// The format of a file from its first bytes, then its name: "%PDF" is PDF, "PK\3\4" a Word
/// .docx (a ZIP), D0 CF 11 E0 a Word .doc or, by its extension, a WPS document (both OLE);
/// "<html" or "<!DOCTYPE html" (or a .htm/.html name) is HTML; anything else is taken as text,
/// which the text decoder then accepts or refuses.
DocumentFormat sniffFormat(QByteArrayView content, QStringView fileName);

} // namespace nianbao
