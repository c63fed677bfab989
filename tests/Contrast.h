#pragma once
// WCAG's contrast ratio between a page's colour and a label's text as the label draws it.
#include <QImage>
#include <QLabel>
#include <algorithm>
#include <cmath>

namespace led::test {

inline double luminance(QColor c) {
  const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The contrast ratio between the page's colour and the label's text as drawn: the pixel that differs most.
inline double textContrast(QLabel* label, const QColor& page) {
  QImage drawn(label->size(), QImage::Format_RGB32);
  drawn.fill(page);
  label->render(&drawn, QPoint(), QRegion(), QWidget::DrawChildren);
  const double behind = luminance(page);
  double best = 1;
  for (int y = 0; y < drawn.height(); ++y)
    for (int x = 0; x < drawn.width(); ++x) {
      const double l = luminance(drawn.pixelColor(x, y));
      best = std::max(best, (std::max(l, behind) + 0.05) / (std::min(l, behind) + 0.05));
    }
  return best;
}

}  // namespace led::test
