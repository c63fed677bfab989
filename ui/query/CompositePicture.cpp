#include "ui/query/CompositePicture.h"

#include <QPainter>
#include <algorithm>

#include "core/shared/deniable/Query.h"
#include "ui/common/ImageConvert.h"

namespace led::ui {

QImage compositePicture(const led::Query& query) {
  const QImage parts[2] = {toQImage(query.parts[0].front().view()), toQImage(query.parts[1].front().view())};
  const QImage guide = toQImage(query.garbledGuide);
  // The guide is drawn half as tall as a part, enlarged by a whole factor.
  const int partSide = parts[0].height();
  const int guideScale = std::max(1, partSide / 2 / std::max(1, guide.height()));
  const QSize guideSize = guide.size() * guideScale;
  const int gap = std::max(2, partSide / 16);
  QImage picture(2 * parts[0].width() + guideSize.width() + 2 * gap, partSide, QImage::Format_RGB32);
  picture.fill(QColor(128, 128, 128));  // neither guide colour, so the guide keeps its edge
  QPainter painter(&picture);
  painter.drawImage(0, 0, parts[0]);
  painter.drawImage(parts[0].width() + gap, 0, parts[1]);
  painter.drawImage(QRect(QPoint(2 * parts[0].width() + 2 * gap, (partSide - guideSize.height()) / 2), guideSize), guide);
  return picture;
}

}  // namespace led::ui
