#pragma once
// A number box on a page that scrolls takes the wheel only once it has the focus: a teacher scrolling
// past it does not change the number under the mouse.
class QWidget;

namespace led::ui {

void takeWheelOnlyWhenFocused(QWidget* box);

}  // namespace led::ui
