#pragma once
// Rows of a GUI test that runs in every language at several window sizes: columns "language" and
// "screen", English first. A language's translators stay installed once a row installs them (Qt looks
// in the newest first), so such a test runs last in its program.
#include <QSize>
#include <QTest>
#include <initializer_list>
#include <memory>

#include "ui/MainWindow.h"
#include "ui/shell/Translations.h"

namespace led::test {

inline void addLanguageAndScreenRows(std::initializer_list<QSize> screens) {
  QTest::addColumn<QString>("language");
  QTest::addColumn<QSize>("screen");
  for (const char* language : {"en", "ja", "zh_TW"})
    for (const QSize& screen : screens)
      QTest::newRow(qPrintable(QString("%1 %2x%3").arg(language).arg(screen.width()).arg(screen.height()))) << QString(language) << screen;
}

// The row's language, installed unless it is English, the source language.
inline bool useRowLanguage(const QString& language) {
  return language == "en" || led::ui::installTranslations(*qApp, language) == language;
}

// The main window for the row: built once the row's language is installed (a window reads its texts
// when it is built), then shown at the row's screen size. Null if the language or the window failed.
inline std::unique_ptr<ui::MainWindow> mainWindowForRow() {
  QFETCH(QString, language);
  QFETCH(QSize, screen);
  if (!useRowLanguage(language)) return nullptr;
  auto window = std::make_unique<ui::MainWindow>();
  window->resize(screen);
  window->show();
  if (!QTest::qWaitForWindowExposed(window.get())) return nullptr;
  return window;
}

}  // namespace led::test
