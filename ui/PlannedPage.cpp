#include "PlannedPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace led::ui {

PlannedPage::PlannedPage(const QString& title, const QString& description, QWidget* parent) : QWidget(parent) {
  auto* heading = new QLabel(QString("<h2>%1</h2>").arg(title), this);
  auto* body = new QLabel(description, this);
  body->setWordWrap(true);
  body->setTextFormat(Qt::RichText);
  body->setMaximumWidth(640);
  auto* note = new QLabel(tr("<i>This page is not built yet.</i>"), this);
  note->setForegroundRole(QPalette::PlaceholderText);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(32, 24, 32, 24);
  layout->addWidget(heading);
  layout->addWidget(body);
  layout->addWidget(note);
  layout->addStretch(1);
}

}  // namespace led::ui
