#pragma once
// A page of the story that is not built yet: it says what will be there and which command will do it.
#include <QWidget>

namespace led::ui {

class PlannedPage : public QWidget {
  Q_OBJECT
 public:
  PlannedPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

}  // namespace led::ui
