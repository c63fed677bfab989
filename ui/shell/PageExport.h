#pragma once
// File > Export Page: what a page shows, as a picture (PNG) and, beside it, one CSV file per table on
// the page ("train.png", "train-epochTable.csv"), so every page can hand its results to a paper or a
// spreadsheet. The snapshot is taken on the GUI thread; writing (atomic) can run anywhere.
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace led::ui {

struct PageSnapshot {
  QImage picture;
  QList<QPair<QString, QString>> tables;  // name, CSV
};

// The table as CSV: a header row, then the rows, every cell quoted.
QString tableCsv(const QTableWidget* table);
PageSnapshot snapshotPage(QWidget* page);
// Writes the picture to `pngPath` and the tables beside it; returns the files written. Throws
// std::runtime_error with a sentence when a file cannot be written.
QStringList writeSnapshot(const PageSnapshot& snapshot, const QString& pngPath);

}  // namespace led::ui
