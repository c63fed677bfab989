#include "ui/common/ClassFolder.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace led::ui {
namespace {

const char* const kSetting = "classroom/folder";

}  // namespace

QString classFolder() {
  const QString fallback = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath("classroom-cloud");
  return QSettings().value(kSetting, fallback).toString();
}

void setClassFolder(const QString& folder) { QSettings().setValue(kSetting, folder); }

}  // namespace led::ui
