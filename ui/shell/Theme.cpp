#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace led::ui {

namespace {

struct SystemLook {
  QString style;
  QPalette palette;
};

// Captured before the first change, so that "system" can be restored later in the same run.
const SystemLook& systemLook() {
  static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
  return look;
}

QPalette darkPalette() {
  QPalette p;
  const QColor window(45, 47, 51), base(30, 31, 34), text(225, 227, 230), disabled(125, 128, 133);
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, window);
  p.setColor(QPalette::ToolTipBase, base);
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, disabled);
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, window);
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, QColor(255, 110, 110));
  p.setColor(QPalette::Light, window.lighter(150));
  p.setColor(QPalette::Midlight, window.lighter(125));
  p.setColor(QPalette::Mid, window.lighter(110));
  p.setColor(QPalette::Dark, base.darker(130));
  p.setColor(QPalette::Shadow, Qt::black);
  p.setColor(QPalette::Highlight, QColor(61, 126, 196));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(110, 170, 240));
  p.setColor(QPalette::LinkVisited, QColor(170, 140, 230));
  for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabled);
  return p;
}

}  // namespace

void applyAppearance(Appearance appearance) {
  const SystemLook& system = systemLook();
  if (appearance == Appearance::System) {
    QApplication::setStyle(QStyleFactory::create(system.style));
    QApplication::setPalette(system.palette);
    return;
  }
  // Fusion draws every control from the palette; native styles may not.
  QStyle* fusion = QStyleFactory::create("Fusion");
  QApplication::setStyle(fusion);
  QApplication::setPalette(appearance == Appearance::Dark ? darkPalette() : fusion->standardPalette());
}

}  // namespace led::ui
