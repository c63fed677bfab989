#include "ui/common/Emphasis.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace led::ui {
namespace {

// Keeps a widget's text bold and `scale` times the application's font, also after the font is zoomed
// (View > Zoom In). A widget with a font of its own hears of no change to the application's font, but
// its parent, whose font follows the application's, does: the follower listens there.
class EmphasisFollower : public QObject {
 public:
  EmphasisFollower(QWidget* widget, double scale) : QObject(widget), widget_(widget), scale_(scale) {
    apply();
    (widget->parentWidget() ? widget->parentWidget() : widget)->installEventFilter(this);
  }
  bool eventFilter(QObject*, QEvent* event) override {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) apply();
    return false;
  }

 private:
  void apply() {
    QFont font = QApplication::font(widget_);
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale_);
    if (font != widget_->font()) widget_->setFont(font);
  }

  QWidget* widget_;
  double scale_;
};

}  // namespace

void emphasise(QWidget* widget, double scale) { new EmphasisFollower(widget, scale); }

}  // namespace led::ui
