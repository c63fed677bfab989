#include "ui/common/ResultTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace led::ui {

QTableWidget* makeResultTable(int rows, const QStringList& headers, int maxHeight, QWidget* parent) {
  auto* table = new QTableWidget(rows, int(headers.size()), parent);
  table->setHorizontalHeaderLabels(headers);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setMaximumHeight(maxHeight);
  return table;
}

void fitRowsToText(QTableWidget* table) {
  table->setWordWrap(true);
  table->setTextElideMode(Qt::ElideNone);
  table->resizeRowsToContents();
  int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
  for (int row = 0; row < table->rowCount(); ++row) height += table->rowHeight(row);
  table->setFixedHeight(height);
}

void setResultRow(QTableWidget* table, int row, const QStringList& cells) {
  for (int c = 0; c < int(cells.size()); ++c) table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

}  // namespace led::ui
