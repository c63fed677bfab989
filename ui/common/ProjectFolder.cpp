#include "common/ProjectFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>

#include "common/Error.h"

namespace led::ui {
namespace {

[[noreturn]] void io(const QString& sentence) { led::fail(led::ErrorKind::Io, sentence.toStdString()); }

}  // namespace

bool isProjectFolder(const QString& dir, const QString& manifest) { return QFileInfo(QDir(dir).filePath(manifest)).isFile(); }

std::string folderFile(const QString& dir, const QString& name) { return QDir(dir).filePath(name).toStdString(); }

void writeProjectFolder(const QString& dir, const QString& manifest, const QString& refusal, const std::function<void(const QString&)>& fill) {
  const QFileInfo target(dir);
  if (target.exists() && !isProjectFolder(dir, manifest)) io(refusal);
  QTemporaryDir staging(target.absolutePath() + "/" + target.fileName() + ".partial-XXXXXX");  // owner-only, on the same disk
  if (!staging.isValid()) io(QObject::tr("Cannot create a folder in %1.").arg(target.absolutePath()));
  fill(staging.path());
  const QString old = target.absoluteFilePath() + ".old";
  QDir(old).removeRecursively();
  if (target.exists() && !QDir().rename(target.absoluteFilePath(), old)) io(QObject::tr("Cannot replace the folder %1.").arg(dir));
  if (!QDir().rename(staging.path(), target.absoluteFilePath())) {
    QDir().rename(old, target.absoluteFilePath());
    io(QObject::tr("Cannot put the folder in place at %1.").arg(dir));
  }
  staging.setAutoRemove(false);
  QDir(old).removeRecursively();
}

}  // namespace led::ui
