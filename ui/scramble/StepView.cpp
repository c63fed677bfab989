#include "ui/scramble/StepView.h"

#include "ui/common/Unbroken.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace led::ui {

class StepCanvas : public QWidget {
 public:
  explicit StepCanvas(StepView* owner) : QWidget(owner), owner_(owner) { setMouseTracking(true); }

  QImage image;
  int grid = 0;
  std::vector<int> origin;
  std::vector<int> positionOf;  // identity -> position, the inverse of origin
  double zoom = 1;
  bool gridVisible = true;
  int highlight = -1;

  QSize sizeHint() const override { return (QSizeF(image.size()) * zoom).toSize().expandedTo(QSize(16, 16)); }
  QSize minimumSizeHint() const override { return sizeHint(); }

  void setOrigin(const std::vector<int>& o) {
    origin = o;
    positionOf.assign(o.size(), -1);
    for (std::size_t p = 0; p < o.size(); ++p)
      if (o[p] >= 0 && std::size_t(o[p]) < o.size()) positionOf[std::size_t(o[p])] = int(p);
  }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter painter(this);
    const QRect target(QPoint(0, 0), sizeHint());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom < 1);
    painter.drawImage(target, image);
    if (grid <= 0) return;
    const double cell = grid * zoom;
    if (gridVisible && cell >= 6) {
      painter.setPen(QPen(QColor(255, 255, 255, 90), 1));
      for (double x = cell; x < target.width(); x += cell) painter.drawLine(QPointF(x, 0), QPointF(x, target.height()));
      for (double y = cell; y < target.height(); y += cell) painter.drawLine(QPointF(0, y), QPointF(target.width(), y));
    }
    if (highlight >= 0 && std::size_t(highlight) < positionOf.size() && positionOf[std::size_t(highlight)] >= 0) {
      const int p = positionOf[std::size_t(highlight)], cols = image.width() / grid;
      const QRectF box((p % cols) * cell, (p / cols) * cell, cell, cell);
      painter.setPen(QPen(QColor(255, 214, 0), 2));
      painter.drawRect(box.adjusted(-1, -1, 1, 1));
      painter.setPen(QPen(Qt::black, 1));
      painter.drawRect(box.adjusted(-2.5, -2.5, 2.5, 2.5));
    }
  }

  void mouseMoveEvent(QMouseEvent* event) override {
    if (grid <= 0 || image.isNull()) return;
    const int cols = image.width() / grid, rows = image.height() / grid;
    const int c = int(event->position().x() / (grid * zoom)), r = int(event->position().y() / (grid * zoom));
    if (c < 0 || r < 0 || c >= cols || r >= rows) return;
    const int position = r * cols + c;
    const int identity = origin.empty() ? -1 : origin[std::size_t(position)];
    emit owner_->blockHovered(identity, position);
  }

  void leaveEvent(QEvent*) override { emit owner_->hoverLeft(); }

 private:
  StepView* owner_;
};

StepView::StepView(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), explanation_(new QLabel(this)), canvas_(new StepCanvas(this)) {
  QFont bold = title_->font();
  bold.setBold(true);
  title_->setFont(bold);
  title_->setWordWrap(true);
  explanation_->setWordWrap(true);
  explanation_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  explanation_->setForegroundRole(QPalette::PlaceholderText);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(4);
  layout->addWidget(title_);
  layout->addWidget(canvas_, 0, Qt::AlignLeft | Qt::AlignTop);
  layout->addWidget(explanation_);
  layout->addStretch(1);
}

void StepView::setStep(const QString& title, const QString& explanation, const QImage& image, int grid, const std::vector<int>& origin) {
  titleText_ = title;
  title_->setText(withUnbrokenFingerprints(title));
  explanation_->setText(explanation);
  canvas_->image = image;
  canvas_->grid = grid;
  canvas_->setOrigin(origin);
  canvas_->highlight = -1;
  setZoom(canvas_->zoom);
}

void StepView::setZoom(double zoom) {
  canvas_->zoom = zoom;
  canvas_->updateGeometry();
  canvas_->setFixedSize(canvas_->sizeHint());
  canvas_->update();
  fitText();
}

// The text is as wide as the picture, at least 160 pixels, and wider still when a word of the title
// (a key's fingerprint) needs it. The view is as tall as its wrapped title and caption need at that
// width, so that a grid of views never gives one less height than its text takes (its caption would
// then be drawn under the next picture). Again whenever the font changes (a language, presentation mode).
void StepView::fitText() {
  int width = std::max(canvas_->width(), 160);
  const QFontMetrics bold(title_->font());
  for (const QString& word : titleText_.split(' ')) width = std::max(width, bold.horizontalAdvance(word) + 2);
  title_->setFixedWidth(width);
  explanation_->setFixedWidth(width);
  const int spacing = layout()->spacing();
  setFixedHeight(title_->heightForWidth(width) + spacing + canvas_->height() + spacing + explanation_->heightForWidth(width));
}

void StepView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) fitText();
}

void StepView::setGridVisible(bool visible) {
  canvas_->gridVisible = visible;
  canvas_->update();
}

void StepView::setHighlight(int identity) {
  if (canvas_->highlight == identity) return;
  canvas_->highlight = identity;
  canvas_->update();
}

QString StepView::title() const { return titleText_; }
const QImage& StepView::image() const { return canvas_->image; }

}  // namespace led::ui
