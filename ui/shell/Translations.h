#pragma once
// Loads LED Studio's own translation and Qt's (dialog buttons, file dialogs, context menus) for a
// language code ("zh_TW", "ja"; "" follows the system locale; "en" is the source language).
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace led::ui {

// The languages LED Studio is translated into, as codes, the source language first.
QStringList translatedLanguages();
// The language's name in itself ("日本語"), for the settings.
QString nativeLanguageName(const QString& code);
// Installs the translators for the code; returns the code actually used ("en" when none fits).
QString installTranslations(QCoreApplication& app, const QString& code);

}  // namespace led::ui
