#include "ui/coercion/SeizedLogPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/shared/deniable/QueryFile.h"
#include "core/user/query/Opening.h"
#include "ui/common/Emphasis.h"
#include "ui/common/Background.h"
#include "ui/common/ClassFolder.h"
#include "ui/common/ImageConvert.h"
#include "ui/common/ImageTile.h"

namespace led::ui {

SeizedLogPanel::SeizedLogPanel(QWidget* parent)
    : QWidget(parent),
      openQuery_(new QPushButton(tr("Open the Query a Line Names…"), this)),
      openKeys_(new QPushButton(tr("Open What Was Handed Over…"), this)),
      lines_(new QTableWidget(0, 4, this)),
      found_(new QLabel(this)),
      garbled_(new ImageTile(tr("garbled guide"), 96, this)),
      opened_(new ImageTile(tr("opened guide"), 96, this)),
      image_(new ImageTile(tr("decrypted image"), 120, this)),
      opening_(new QLabel(this)) {
  auto* openLogButton = new QPushButton(tr("Open a Seized Log…"), this);
  openLogButton->setObjectName("openSeizedLog");
  lines_->setObjectName("seizedLog");
  lines_->setHorizontalHeaderLabels({tr("time (UTC)"), tr("pad"), tr("entry"), tr("query digest")});
  lines_->horizontalHeader()->setStretchLastSection(true);
  lines_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  lines_->setSelectionBehavior(QAbstractItemView::SelectRows);
  lines_->setMaximumHeight(160);
  found_->setWordWrap(true);
  opening_->setWordWrap(true);
  emphasise(opening_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(openLogButton);
  buttons->addWidget(openQuery_);
  buttons->addWidget(openKeys_);
  buttons->addStretch();
  // The query's pictures appear once a query is opened: until then they would be empty frames.
  openedQuery_ = new QWidget(this);
  auto* tiles = new QHBoxLayout(openedQuery_);
  tiles->setContentsMargins(0, 0, 0, 0);
  tiles->addWidget(garbled_);
  tiles->addWidget(opened_);
  tiles->addWidget(image_);
  tiles->addWidget(opening_, 1);
  openedQuery_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(buttons);
  layout->addWidget(lines_);
  layout->addWidget(found_);
  layout->addWidget(openedQuery_);
  openQuery_->setEnabled(false);
  openKeys_->setObjectName("openHandOver");
  connect(openLogButton, &QPushButton::clicked, this, [this] {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Seized Log"), classFolder(), tr("Cloud logs (*.log *.jsonl);;All files (*)"));
    if (!path.isEmpty()) openLog(path);
  });
  connect(openQuery_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Query"), {}, tr("LED queries (*.ledq)"));
    if (!path.isEmpty()) openQuery(path);
  });
  connect(openKeys_, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("What Was Handed Over"), QDir::homePath());
    if (!folder.isEmpty()) openHandOver(folder);
  });
}

int SeizedLogPanel::logLines() const { return int(log_.size()); }

QString SeizedLogPanel::openingText() const { return opening_->text(); }

void SeizedLogPanel::openLog(const QString& path) {
  using Read = std::pair<std::vector<led::LogEntry>, std::string>;  // the lines, and a damaged last line skipped
  runInBackground<Read>(
      this,
      [path] {
        Read read;
        read.first = led::readLogFile(path.toStdString(), &read.second);
        return read;
      },
      [this, path](Read read) {
        log_ = std::move(read.first);
        lines_->clearSelection();  // a line chosen in a log seized before names nothing here
        lines_->setRowCount(int(log_.size()));
        for (int row = 0; row < int(log_.size()); ++row) {
          const led::LogEntry& e = log_[std::size_t(row)];
          const QStringList cells{QString::fromStdString(e.time), QString::fromStdString(led::padIdHex(e.pad)).left(12) + "…",
                                  QString::number(e.entry), QString::fromStdString(e.query)};
          for (int c = 0; c < cells.size(); ++c) lines_->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
        found_->setText(
            tr("%1: %2 lines. Each holds a time, a pad, an entry, a query's digest and two sealed slots: which part was real is not among them.")
                .arg(QFileInfo(path).fileName())
                .arg(log_.size()) +
            (read.second.empty() ? QString() : "\n" + tr("Skipped a damaged last line: %1").arg(QString::fromStdString(read.second))));
        openQuery_->setEnabled(true);
        match();
      },
      [this](const QString& error) { emit failed(error); });
}

void SeizedLogPanel::openQuery(const QString& path) {
  runInBackground<led::Query>(
      this, [path] { return led::readQueryFile(path.toStdString()); }, [this](led::Query query) { showQuery(std::move(query)); },
      [this](const QString& error) { emit failed(error); });
}

void SeizedLogPanel::showQuery(led::Query query) {
  query_ = std::move(query);
  garbled_->setImage(toQImage(query_->garbledGuide));
  openedQuery_->show();
  opened_->clear();
  image_->clear();
  opening_->clear();
  match();
}

void SeizedLogPanel::match() {
  if (!query_) return;
  const std::string digest = led::queryDigest(*query_);
  const auto it = std::find_if(log_.begin(), log_.end(), [&](const led::LogEntry& e) { return e.query == digest; });
  matched_ = it == log_.end() ? -1 : int(it - log_.begin());
  if (matched_ < 0) {
    lines_->clearSelection();
    found_->setText(tr("This query is not in the log: the cloud never answered it, or the log is another cloud's."));
    return;
  }
  lines_->selectRow(matched_);
  found_->setText(tr("This query is line %1 of the log: answered at %2, pad entry %3. Open it with the keys the user hands over.")
                      .arg(matched_ + 1)
                      .arg(QString::fromStdString(it->time))
                      .arg(it->entry));
}

void SeizedLogPanel::openHandOver(const QString& folder) {
  using Opened = std::pair<led::HandOver, led::Opening>;
  runInBackground<Opened>(
      this,
      [folder] {
        led::HandOver h = led::readHandOver(folder.toStdString());
        led::Opening o = led::openQuery(h.query, h.guideKey.key, h.modelKeys, h.answer ? &*h.answer : nullptr,
                                        h.answerKey ? &h.answerKey->key : nullptr);
        return Opened{std::move(h), std::move(o)};
      },
      [this](const Opened& opened) {
        const auto& [h, o] = opened;
        if (!query_ || led::queryDigest(*query_) != led::queryDigest(h.query)) showQuery(h.query);
        opened_->setImage(toQImage(o.guide));
        if (o.images.empty())
          image_->clear();
        else
          image_->setImage(toQImage(o.images.front()));
        opening_->setText(o.shape ? tr("The revealed guide key opens a %1: part %2 was the real one, says the user.")
                                        .arg(QString::fromStdString(led::guideShapeName(*o.shape)))
                                        .arg(o.part)
                                  : tr("The revealed guide key opens no shape: this key is a lie."));
        emit handedOver(h, o);
      },
      [this](const QString& error) { emit failed(error); });
}

}  // namespace led::ui
