#pragma once
// A read-only table of results with fixed rows and stretched columns, as the Cloud and Coercion pages show.
#include <QStringList>

class QTableWidget;
class QWidget;

namespace led::ui {

QTableWidget* makeResultTable(int rows, const QStringList& headers, int maxHeight, QWidget* parent);
// Fills one row with text cells.
// Rows as tall as their wrapped text, and the table as tall as its rows: no cell is cut or elided
// (a measure's name is long in Japanese).
void fitRowsToText(QTableWidget* table);
void setResultRow(QTableWidget* table, int row, const QStringList& cells);

}  // namespace led::ui
