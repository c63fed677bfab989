#include "common/FolderManifest.h"

#include <QDir>
#include <QObject>
#include <cmath>

#include "common/Error.h"

namespace led::ui {

FolderManifest::FolderManifest(const QString& dir, const QString& name)
    : dir_(dir), path_(QDir(dir).filePath(name)), values_(led::readProjectFile(path_.toStdString())) {}

void FolderManifest::bad(const QString& what) const {
  led::fail(led::ErrorKind::BadFile, QObject::tr("%1: %2").arg(path_, what).toStdString());
}

int FolderManifest::whole(const std::string& name, int low, int high) const {
  bool ok = false;
  const int v = QString::fromStdString(text(name)).toInt(&ok);
  if (!ok || v < low || v > high) bad(QObject::tr("%1 should be a whole number from %2 to %3").arg(QString::fromStdString(name)).arg(low).arg(high));
  return v;
}

double FolderManifest::number(const std::string& name, double low, double high, bool infinite) const {
  bool ok = false;
  const double v = QString::fromStdString(text(name)).toDouble(&ok);
  if (!ok || !((v >= low && v <= high) || (infinite && v == INFINITY)))
    bad(QObject::tr("%1 should be a number from %2 to %3").arg(QString::fromStdString(name)).arg(low).arg(high));
  return v;
}

bool FolderManifest::flag(const std::string& name) const {
  const std::string v = text(name);
  if (v != "0" && v != "1") bad(QObject::tr("%1 should be 0 or 1").arg(QString::fromStdString(name)));
  return v == "1";
}

}  // namespace led::ui
