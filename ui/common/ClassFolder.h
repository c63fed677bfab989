#pragma once
// Where the class's cloud keeps its pads, models and log: chosen once on the Cloud page and kept across
// quitting, so that kits handed out keep working; the Coercion page's seized log is looked for there.
#include <QString>

namespace led::ui {

QString classFolder();
void setClassFolder(const QString& folder);

}  // namespace led::ui
