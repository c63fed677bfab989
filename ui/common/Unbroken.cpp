#include "ui/common/Unbroken.h"

namespace led::ui {

QString withUnbrokenFingerprints(QString text) {
  for (qsizetype i = 1; i + 1 < text.size(); ++i)
    if (text[i] == '-' && text[i - 1].isLetterOrNumber() && text[i + 1].isLetterOrNumber()) text[i] = QChar(0x2011);
  return text;
}

}  // namespace led::ui
