#pragma once
// Bold (and optionally larger) text by font, never by style sheet: a widget with a style sheet keeps the
// colours of the appearance it was polished in, so a switch between light and dark would leave its
// text unreadable.
class QWidget;

namespace led::ui {

void emphasise(QWidget* widget, double scale = 1.0);

}  // namespace led::ui
