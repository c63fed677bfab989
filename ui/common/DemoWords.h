#pragma once
// The words of the demonstration shown in the user's language: the bundled photos' names, which are
// the demo models' class names (dog, cat), and the guide's shapes (triangle, square). Files and logs
// keep the English names; only what is shown is translated. Any other name is shown as it is.
#include <QString>
#include <string>

namespace led::ui {

QString demoWord(const std::string& name);

}  // namespace led::ui
