#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace led::ui {

QStringList translatedLanguages() { return {"en", "zh_TW", "ja"}; }

QString nativeLanguageName(const QString& code) {
  if (code == "zh_TW") return QString::fromUtf8("繁體中文");
  if (code == "ja") return QString::fromUtf8("日本語");
  return "English";
}

namespace {

// The first translated language among the system's preferred ones; Chinese written in Traditional
// characters (Taiwan, Hong Kong, Macau) gets zh_TW.
QString systemLanguage() {
  for (const QString& name : QLocale::system().uiLanguages()) {
    const QLocale locale(name);
    if (locale.language() == QLocale::Japanese) return "ja";
    if (locale.language() == QLocale::Chinese && locale.script() == QLocale::TraditionalChineseScript) return "zh_TW";
    if (locale.language() == QLocale::English) return "en";
  }
  return "en";
}

}  // namespace

QString installTranslations(QCoreApplication& app, const QString& code) {
  const QString language = translatedLanguages().contains(code) ? code : systemLanguage();
  if (language == "en") return language;
  auto* own = new QTranslator(&app);
  if (!own->load(":/i18n/led_" + language + ".qm")) {
    delete own;
    return "en";
  }
  QCoreApplication::installTranslator(own);
  // Qt's own strings come from Debian's qt6-translations-l10n when it is installed.
  auto* qt = new QTranslator(&app);
  if (qt->load("qtbase_" + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  else
    delete qt;
  QLocale::setDefault(QLocale(language));
  return language;
}

}  // namespace led::ui
