#pragma once
// The coercer's desk with what was really seized: a cloud's log (led-cloud serve or led-cloud answer
// wrote it), the query a line of it names, and that query opened with whatever keys the user hands
// over, honest or fake (a folder led query hand-over or a student's window wrote). The log says when,
// which pad, which entry; the opening is all that says more.
#include <QWidget>
#include <optional>
#include <vector>

#include "core/shared/deniable/LogLine.h"
#include "core/shared/deniable/Query.h"
#include "core/user/project/HandOver.h"
#include "core/user/query/Opening.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace led::ui {

class ImageTile;

class SeizedLogPanel : public QWidget {
  Q_OBJECT
 public:
  explicit SeizedLogPanel(QWidget* parent = nullptr);
  int logLines() const;
  int matchedLine() const { return matched_; }  // -1: none
  QString openingText() const;

 public slots:
  void openLog(const QString& path);
  void openQuery(const QString& path);
  // A folder of handed-over keys (core/user/project/HandOver.h); its query becomes the one opened.
  void openHandOver(const QString& folder);

 signals:
  void failed(const QString& sentence);
  // What was handed over, and what it opens to (with the answer's label when one was handed over).
  void handedOver(const led::HandOver& handOver, const led::Opening& opening);

 private:
  void match();
  void showQuery(led::Query query);

  QPushButton* openQuery_;
  QPushButton* openKeys_;
  QTableWidget* lines_;
  QLabel* found_;
  ImageTile* garbled_;
  ImageTile* opened_;
  ImageTile* image_;
  QLabel* opening_;
  QWidget* openedQuery_;  // the query's pictures and opening, shown once one is opened
  std::vector<led::LogEntry> log_;
  std::optional<led::Query> query_;
  int matched_ = -1;
};

}  // namespace led::ui
