#pragma once
// What LED Studio remembers between runs (QSettings, the platform's usual place): the appearance, the
// language, recent files and the window's geometry. A settings file that is missing or holds values of
// an older or newer version falls back to the defaults, value by value.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace led::ui {

enum class Appearance { System, Light, Dark };

class Settings {
 public:
  static constexpr int kRecentFiles = 8;

  static Appearance appearance();
  static void setAppearance(Appearance appearance);
  // "" follows the system; otherwise a translation's code: "en", "zh_TW", "ja".
  static QString language();
  static void setLanguage(const QString& code);
  // Most recent first, at most kRecentFiles, no duplicates.
  static QStringList recentFiles();
  static void addRecentFile(const QString& path);
  static void clearRecentFiles();
  static QByteArray windowGeometry();
  static void setWindowGeometry(const QByteArray& geometry);
  // The guided tour's step to resume at; 0 when it never ran or was finished.
  static int tourStep();
  static void setTourStep(int step);
  // The model the Predict page used last (an absolute path), or empty.
  static QString lastModel();
  static void setLastModel(const QString& path);
};

QString appearanceName(Appearance appearance);
// The appearance a name stands for; System for an unknown name.
Appearance appearanceNamed(const QString& name);

}  // namespace led::ui
