#include "ui/common/WheelGuard.h"

#include <QEvent>
#include <QObject>
#include <QWidget>

namespace led::ui {
namespace {

class WheelGuard : public QObject {
 public:
  using QObject::QObject;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() != QEvent::Wheel || static_cast<QWidget*>(watched)->hasFocus()) return false;
    event->ignore();  // the page behind scrolls instead
    return true;
  }
};

}  // namespace

void takeWheelOnlyWhenFocused(QWidget* box) {
  box->setFocusPolicy(Qt::StrongFocus);
  box->installEventFilter(new WheelGuard(box));
}

}  // namespace led::ui
