#include "Theme.h"

#include <QApplication>
#include <algorithm>
#include <cmath>
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

double luminance(const QColor& c) {
  const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Secondary text (hints, captions, legends: the placeholder role) as subdued as it can be while it
// still reads at WCAG AA's 4.5:1 on the window and on a field: the text colour moved towards the
// background, and stopped in time.
QPalette withReadableSecondaryText(QPalette p) {
  for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
    const QColor text = p.color(group, QPalette::WindowText), window = p.color(group, QPalette::Window),
                 base = p.color(group, QPalette::Base);
    QColor secondary = text;
    for (double towards = 0.02; towards < 1; towards += 0.02) {
      const QColor mixed = QColor::fromRgbF(text.redF() + (window.redF() - text.redF()) * towards,
                                            text.greenF() + (window.greenF() - text.greenF()) * towards,
                                            text.blueF() + (window.blueF() - text.blueF()) * towards);
      if (std::min(contrast(mixed, window), contrast(mixed, base)) < 4.6) break;
      secondary = mixed;
    }
    p.setColor(group, QPalette::PlaceholderText, secondary);
  }
  return p;
}

}  // namespace

void applyAppearance(Appearance appearance) {
  const SystemLook& system = systemLook();
  if (appearance == Appearance::System) {
    QApplication::setStyle(QStyleFactory::create(system.style));
    QApplication::setPalette(withReadableSecondaryText(system.palette));
    return;
  }
  // Fusion draws every control from the palette; native styles may not.
  QStyle* fusion = QStyleFactory::create("Fusion");
  QApplication::setStyle(fusion);
  QApplication::setPalette(withReadableSecondaryText(appearance == Appearance::Dark ? darkPalette() : fusion->standardPalette()));
}

}  // namespace led::ui
