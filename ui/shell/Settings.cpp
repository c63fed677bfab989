#include "Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace led::ui {

namespace {
const char* const kAppearance = "appearance";
const char* const kLanguage = "language";
const char* const kRecent = "recentFiles";
const char* const kGeometry = "window/geometry";
const char* const kTourStep = "tour/step";
const char* const kLastModel = "predict/lastModel";
}  // namespace

QString appearanceName(Appearance appearance) {
  switch (appearance) {
    case Appearance::Light:
      return "light";
    case Appearance::Dark:
      return "dark";
    case Appearance::System:
      break;
  }
  return "system";
}

Appearance appearanceNamed(const QString& name) {
  if (name == "light") return Appearance::Light;
  if (name == "dark") return Appearance::Dark;
  return Appearance::System;
}

Appearance Settings::appearance() { return appearanceNamed(QSettings().value(kAppearance).toString()); }

void Settings::setAppearance(Appearance appearance) { QSettings().setValue(kAppearance, appearanceName(appearance)); }

QString Settings::language() {
  const QString code = QSettings().value(kLanguage).toString();
  return code == "en" || code == "zh_TW" || code == "ja" ? code : QString();
}

void Settings::setLanguage(const QString& code) { QSettings().setValue(kLanguage, code); }

QStringList Settings::recentFiles() {
  QStringList files = QSettings().value(kRecent).toStringList();
  files.removeDuplicates();
  while (files.size() > kRecentFiles) files.removeLast();
  return files;
}

void Settings::addRecentFile(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList files = recentFiles();
  files.removeAll(absolute);
  files.prepend(absolute);
  while (files.size() > kRecentFiles) files.removeLast();
  QSettings().setValue(kRecent, files);
}

void Settings::clearRecentFiles() { QSettings().remove(kRecent); }

QByteArray Settings::windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }

void Settings::setWindowGeometry(const QByteArray& geometry) { QSettings().setValue(kGeometry, geometry); }

int Settings::tourStep() { return QSettings().value(kTourStep, 0).toInt(); }

void Settings::setTourStep(int step) {
  if (step > 0)
    QSettings().setValue(kTourStep, step);
  else
    QSettings().remove(kTourStep);
}

QString Settings::lastModel() { return QSettings().value(kLastModel).toString(); }

void Settings::setLastModel(const QString& path) { QSettings().setValue(kLastModel, QFileInfo(path).absoluteFilePath()); }

}  // namespace led::ui
