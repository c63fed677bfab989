#include "common/CorePhrase.h"

#include <QCoreApplication>
#include <QStringList>

namespace led::ui {

QString translatedText(const std::string& english) { return QCoreApplication::translate("led", english.c_str()); }

QString translated(const led::Phrase& phrase) {
  if (phrase.value) return QString::fromStdString(phrase.text);
  QString text = translatedText(phrase.text);
  for (const led::Phrase& arg : phrase.args) text = text.arg(translated(arg));
  return text;
}

QString translated(const std::vector<led::Phrase>& phrases) {
  QStringList parts;
  for (const led::Phrase& p : phrases) parts << translated(p);
  return parts.join(' ');
}

}  // namespace led::ui
