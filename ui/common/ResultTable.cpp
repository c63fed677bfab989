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

void setResultRow(QTableWidget* table, int row, const QStringList& cells) {
  for (int c = 0; c < int(cells.size()); ++c) table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

}  // namespace led::ui
