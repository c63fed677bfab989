#include "ui/common/DemoWords.h"

#include <QCoreApplication>

namespace led::ui {

QString demoWord(const std::string& name) {
  if (name == "dog") return QCoreApplication::translate("led::ui::DemoWords", "dog");
  if (name == "cat") return QCoreApplication::translate("led::ui::DemoWords", "cat");
  if (name == "triangle") return QCoreApplication::translate("led::ui::DemoWords", "triangle");
  if (name == "square") return QCoreApplication::translate("led::ui::DemoWords", "square");
  return QString::fromStdString(name);
}

}  // namespace led::ui
