#include "ui/common/CorePhrase.h"

#include <QCoreApplication>
#include <QStringList>

namespace led::ui {

QString translatedText(const std::string& english) { return QCoreApplication::translate("led", english.c_str()); }

// One pass over the translated template, as led::render does in English: an argument is never scanned
// for markers itself (a file name may hold "%2").
QString translated(const led::Phrase& phrase) {
  if (phrase.value) return QString::fromStdString(phrase.text);
  const QString text = translatedText(phrase.text);
  QString out;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const int n = i + 1 < text.size() ? text[i + 1].digitValue() - 1 : -1;
    if (text[i] == '%' && n >= 0 && n < int(phrase.args.size())) {
      out += translated(phrase.args[std::size_t(n)]);
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

QString translated(const std::vector<led::Phrase>& phrases) {
  QStringList parts;
  for (const led::Phrase& p : phrases) parts << translated(p);
  return parts.join(' ');
}

}  // namespace led::ui
