#pragma once

#include "common/error.h"
#include "text/decoder.h"

#include <QByteArray>
#include <QByteArrayView>

namespace nianbao {

/// The charset a page declares in its first bytes: <meta charset="gbk"> or <meta
/// http-equiv="Content-Type" content="text/html; charset=gb2312">, lower-cased; empty when
/// it declares none.
QByteArray declaredHtmlCharset(QByteArrayView bytes);

/// Decodes a page as a browser would: a byte-order mark first, then the declared charset
/// (GB2312, GBK and GB18030 all read as GB18030; UTF-8; others through ICU), then detection
/// as for plain text. A declaration the bytes contradict is overruled by detection, with a
/// notice.
Result<DecodedText> decodeHtml(QByteArrayView bytes);

} // namespace nianbao
