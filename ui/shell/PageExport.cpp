#include "ui/shell/PageExport.h"

#include <QFileInfo>
#include <QPixmap>
#include <QSaveFile>
#include <QTableWidget>
#include <stdexcept>

#include "ui/evaluate/JobBar.h"

namespace led::ui {

namespace {

QString quoted(QString cell) { return '"' + cell.replace('"', "\"\"") + '"'; }

void fail(const QString& sentence) { throw std::runtime_error(sentence.toStdString()); }

}  // namespace

QString tableCsv(const QTableWidget* table) {
  QStringList lines, header;
  for (int c = 0; c < table->columnCount(); ++c) {
    const QTableWidgetItem* h = table->horizontalHeaderItem(c);
    header << quoted(h ? h->text() : QString::number(c + 1));
  }
  lines << header.join(',');
  for (int r = 0; r < table->rowCount(); ++r) {
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c) {
      const QTableWidgetItem* item = table->item(r, c);
      cells << quoted(item ? item->text() : QString());
    }
    lines << cells.join(',');
  }
  return lines.join('\n') + '\n';
}

PageSnapshot snapshotPage(QWidget* page) {
  PageSnapshot snapshot{page->grab().toImage(), {}};
  int unnamed = 0;
  for (const QTableWidget* table : page->findChildren<QTableWidget*>()) {
    if (!table->isVisibleTo(page)) continue;
    const QString name = table->objectName().isEmpty() ? QString("table%1").arg(++unnamed) : table->objectName();
    snapshot.tables.append({name, tableCsv(table)});
  }
  return snapshot;
}

QStringList writeSnapshot(const PageSnapshot& snapshot, const QString& pngPath) {
  QSaveFile png(pngPath);
  if (!png.open(QIODevice::WriteOnly) || !snapshot.picture.save(&png, "PNG") || !png.commit())
    fail(QObject::tr("Cannot write %1.").arg(pngPath));
  QStringList written{pngPath};
  const QFileInfo info(pngPath);
  for (const auto& [name, csv] : snapshot.tables) {
    const QString path = info.absolutePath() + "/" + info.completeBaseName() + "-" + name + ".csv";
    if (const QString error = saveTextFile(path, csv); !error.isEmpty()) fail(error);
    written << path;
  }
  return written;
}

}  // namespace led::ui
