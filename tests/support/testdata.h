#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nianbao::test {

/// tests/data, in the source tree.
QString dataDir();
/// A file under tests/data.
QString dataPath(const QString& relative);
/// Reads a file under tests/data (fails the calling test through qFatal if it is missing).
QByteArray readData(const QString& relative);

/// The five seed reports copied into tests/data/seeds, sorted by name.
QStringList seedFiles();

/// ../shared/real beside the repository when present (CI), or an empty string: tests over
/// the real reports skip when it is empty.
QString sharedRealDir();
/// The real reports under sharedRealDir(), sorted, or an empty list.
QStringList sharedRealFiles();

/// The build's bin directory (nianbao-cli lives there).
QString binDir();

} // namespace nianbao::test
