#pragma once
// Light, dark or the system's own appearance for the whole application, plots included (they follow
// the palette through common/PlotTheme). Qt 6.4 cannot ask the platform for its colour scheme, so
// "system" means the style and palette the platform gave at start.
#include "Settings.h"

namespace led::ui {

void applyAppearance(Appearance appearance);

}  // namespace led::ui
