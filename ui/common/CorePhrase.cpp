#include "common/CorePhrase.h"

#include <QCoreApplication>
#include <QStringList>

namespace led::ui {

QString translatedText(const std::string& english) { return QCoreApplication::translate("led", english.c_str()); }

QString translated(const led::Phrase& phrase) {
  QString text = translatedText(phrase.text);
  for (const std::string& arg : phrase.args) text = text.arg(QString::fromStdString(arg));
  return text;
}

QString translated(const std::vector<led::Phrase>& phrases) {
  QStringList parts;
  for (const led::Phrase& p : phrases) parts << translated(p);
  return parts.join(' ');
}

}  // namespace led::ui
