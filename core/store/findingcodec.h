#pragma once

#include "model/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao::store {

/// A finding's cells and message arguments as stored in the archive (JSON), so that the
/// message can be rendered again in any language.
QString encodeCellKeys(const QStringList& cells);
QStringList decodeCellKeys(const QString& json);
QString encodeFindingArgs(const QList<FindingArg>& args);
QList<FindingArg> decodeFindingArgs(const QString& json);

/// The same encodings, written straight to the UTF-8 the archive stores, byte for byte what
/// the ones above make (QJsonDocument's compact form) without building JSON values: an import
/// encodes the findings of every report it stores.
QByteArray encodeCellKeysUtf8(const QStringList& cells);
QByteArray encodeFindingArgsUtf8(const QList<FindingArg>& args);

} // namespace nianbao::store
