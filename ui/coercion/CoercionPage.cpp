#include "ui/common/Unbroken.h"
#include "ui/coercion/CoercionPage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/Emphasis.h"
#include "ui/common/Background.h"
#include "ui/common/CorePhrase.h"
#include "ui/common/ImageConvert.h"
#include "ui/common/DemoWords.h"
#include "ui/common/ImageTile.h"
#include "ui/common/ResultTable.h"
#include "core/shared/deniable/DeniabilityTest.h"
#include "core/shared/deniable/GuideKey.h"
#include "core/shared/deniable/Linkability.h"
#include "ui/coercion/SeizedLogPanel.h"
#include "ui/session/DeniableSession.h"
#include "ui/common/NamedControls.h"

namespace led::ui {
namespace {

constexpr int kHonestKeys = 1000;
constexpr int kLinkQueries = 6;

QString keyName(const led::Permutation& key) { return QString::fromStdString(led::guideKeyFingerprint(key)); }

QString fingerprints(const std::vector<led::Key>& keys) {
  QStringList out;
  for (const led::Key& k : keys) out << QString::fromStdString(k.shortFingerprint());
  return out.isEmpty() ? QObject::tr("none: the decoy's one-time keys were never kept") : out.join(", ");
}

}  // namespace

CoercionPage::CoercionPage(DeniableSession* session, QWidget* parent)
    : Page("Coercion", parent),
      session_(session),
      intro_(new QLabel(this)),
      mode_(new QComboBox(this)),
      meter_(makeResultTable(4, {tr("statistic"), tr("revealed key"), tr("honest keys, 99 % range"), tr("verdict")}, 150, this)),
      verdict_(new QLabel(this)),
      linkGrid_(new QGridLayout),
      links_(new QLabel(this)) {
  intro_->setWordWrap(true);
  mode_->setObjectName("fakeKeyMode");
  mode_->setAccessibleName(tr("Fake key construction"));
  mode_->addItem(tr("Uniform fake key (indistinguishable)"));
  mode_->addItem(tr("The paper's construction"));
  nameItems(mode_, {"uniform", "paper"});
  auto* another = new QPushButton(tr("Another Fake Key"), this);

  auto* openings = new QHBoxLayout;
  for (int column = 0; column < 2; ++column) {
    auto* box = boxes_[column] = new QGroupBox(this);
    auto* v = new QVBoxLayout(box);
    if (column == 1) {  // this window's own query only: a handed-over one comes with its keys
      fakeControls_ = new QWidget(this);
      auto* row = new QHBoxLayout(fakeControls_);
      row->setContentsMargins(0, 0, 0, 0);
      row->addWidget(mode_, 1);
      row->addWidget(another);
      v->addWidget(fakeControls_);
    }
    keys_[column] = new QLabel(this);
    keys_[column]->setWordWrap(true);
    v->addWidget(keys_[column]);
    auto* tiles = new QHBoxLayout;
    guides_[column] = new ImageTile(tr("opened guide"), 96, this);
    images_[column] = new ImageTile(tr("decrypted image"), 150, this);
    tiles->addWidget(guides_[column]);
    tiles->addWidget(images_[column], 2);
    v->addLayout(tiles, 1);
    labels_[column] = new QLabel(this);
    labels_[column]->setObjectName(column == 0 ? "trueLabel" : "fakeLabel");
    emphasise(labels_[column]);
    labels_[column]->setWordWrap(true);
    v->addWidget(labels_[column]);
    openings->addWidget(box);
  }
  emphasise(verdict_);
  // A student hands over one opening's keys (with the query and its answer) to whoever demands them.
  auto* handOverRow = new QHBoxLayout;
  const QString handOverNames[2] = {tr("Hand Over the True Keys…"), tr("Hand Over the Fake Keys…")};
  for (int fake = 0; fake < 2; ++fake) {
    handOver_[fake] = new QPushButton(handOverNames[fake], this);
    handOver_[fake]->setObjectName(fake ? "handOverFake" : "handOverTrue");
    handOverRow->addWidget(handOver_[fake]);
    connect(handOver_[fake], &QPushButton::clicked, this, [this, fake] {
      const QString folder = QFileDialog::getSaveFileName(this, tr("Hand Over: a New Folder"), QDir::home().filePath("handed-over"));
      if (!folder.isEmpty()) handOver(folder, fake == 1);
    });
  }
  handOverRow->addStretch();

  auto* meterBox = meterBox_ = new QGroupBox(this);
  auto* meterLayout = new QVBoxLayout(meterBox);
  setColumnTitles();
  // Headers and numbers are never cut: the columns fit their contents, the verdict takes what is left.
  for (int column = 0; column < 3; ++column) meter_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
  meter_->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
  meterLayout->addWidget(meter_);
  verdict_->setObjectName("verdict");
  verdict_->setWordWrap(true);
  meterLayout->addWidget(verdict_);

  auto* linkBox = new QGroupBox(tr("Many queries: can the cloud's log link them?"), this);
  auto* linkLayout = new QVBoxLayout(linkBox);
  auto* send = new QPushButton(tr("Compose %1 Queries Each Way").arg(kLinkQueries), this);
  linkLayout->addWidget(send, 0, Qt::AlignLeft);
  linkLayout->addLayout(linkGrid_);
  links_->setWordWrap(true);
  linkLayout->addWidget(links_);

  auto* seizedBox = new QGroupBox(tr("What was seized: a cloud's log and a query it names"), this);
  auto* seizedLayout = new QVBoxLayout(seizedBox);
  seized_ = new SeizedLogPanel(this);
  seizedLayout->addWidget(seized_);
  connect(seized_, &SeizedLogPanel::failed, this, &CoercionPage::failed);
  connect(seized_, &SeizedLogPanel::handedOver, this, &CoercionPage::showHandedOver);

  auto* layout = scrollingLayout();
  layout->addWidget(intro_);
  layout->addLayout(handOverRow);
  layout->addLayout(openings, 2);
  bottom_ = new QBoxLayout(QBoxLayout::LeftToRight);
  bottom_->addWidget(meterBox, 3);
  bottom_->addWidget(linkBox, 2);
  layout->addLayout(bottom_, 1);
  layout->addWidget(seizedBox);

  connect(mode_, &QComboBox::currentIndexChanged, this, &CoercionPage::makeFakeKey);
  connect(another, &QPushButton::clicked, this, &CoercionPage::makeFakeKey);
  connect(send, &QPushButton::clicked, this, &CoercionPage::sendManyQueries);
  connect(session_, &DeniableSession::queryComposed, this, &CoercionPage::makeFakeKey);
  connect(session_, &DeniableSession::answered, this, &CoercionPage::refresh);
  refresh();
}

void CoercionPage::setPaperMode(bool paper) { setControlValue(mode_, paper ? "paper" : "uniform"); }

void CoercionPage::makeFakeKey() {
  handedOver_ = 0;  // this window's own query again
  shownHandOver_[0] = shownHandOver_[1] = 0;
  setColumnTitles();
  if (!session_->composed()) return refresh();
  const led::ComposedQuery& c = *session_->composed();
  const int side = c.query.garbledGuide.width();
  led::OsRandom random;
  const QString error = failureOf([&] {
    fakeKey_ = led::fakeGuideKey(c.query.garbledGuide, led::drawGuide(led::guideShapeFor(1 - c.coin), side),
                                 controlValue(mode_) == "paper" ? led::FakeKeyMode::Paper : led::FakeKeyMode::Uniform, random);
  });
  if (!error.isEmpty()) return emit failed(error);
  refresh();
  judge(fakeKey_, c.query.garbledGuide, led::drawGuide(led::guideShapeFor(1 - c.coin), side));
}

void CoercionPage::setColumnTitles() {
  for (int column = 0; column < 2; ++column) boxes_[column]->setTitle(columnTitle(column));
  fakeControls_->setVisible(handedOver_ == 0);
  meterBox_->setTitle(handedOver_ == 0 ? tr("Deniability meter: the revealed fake guide key among %1 honest keys").arg(kHonestKeys)
                                       : tr("Deniability meter: the last guide key handed over among %1 honest keys").arg(kHonestKeys));
}

QString CoercionPage::columnTitle(int column) const {
  if (handedOver_ == 0) return column == 0 ? tr("Opened with the true keys") : tr("Opened with the fake keys");
  const int shown = shownHandOver_[column];
  return shown > 0 ? tr("Opened with the keys handed over (%1)").arg(shown) : tr("The next keys handed over");
}

// Green for plausible, red for caught, light enough to read on a dark appearance.
QColor CoercionPage::verdictColour(bool plausible) const {
  const bool dark = palette().color(QPalette::Window).lightness() < 128;
  if (plausible) return dark ? QColor(110, 210, 110) : QColor(0, 110, 0);
  return dark ? QColor(255, 120, 110) : QColor(192, 0, 0);
}

// Colours chosen for the appearance in force; a switch of appearance chooses them again.
void CoercionPage::colourVerdicts() {
  if (!shownVerdict_) return;
  for (int row = 0; row < int(shownVerdict_->rows.size()) && row < meter_->rowCount(); ++row)
    if (QTableWidgetItem* item = meter_->item(row, 3)) item->setForeground(verdictColour(shownVerdict_->rows[std::size_t(row)].plausible));
  QPalette palette = verdict_->palette();
  palette.setColor(QPalette::WindowText, verdictColour(shownVerdict_->plausible));
  verdict_->setPalette(palette);
}

// Side by side where the meter's columns fit beside the links, one above the other where they do not
// (a projector's width with the tour open), so that no header or verdict is cut.
void CoercionPage::resizeEvent(QResizeEvent* event) {
  Page::resizeEvent(event);
  bottom_->setDirection(width() >= 1150 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void CoercionPage::changeEvent(QEvent* event) {
  Page::changeEvent(event);
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) colourVerdicts();
}

void CoercionPage::refresh() {
  for (int fake = 0; fake < 2; ++fake) handOver_[fake]->setEnabled(session_->composed().has_value() && (fake == 0 || !fakeKey_.empty()));
  if (handedOver_ > 0) return;  // a handed-over query is shown, not this window's
  if (!session_->composed()) {
    intro_->setText(tr("Compose a query on the Query page and send it to the cloud; then the coercer arrives here."));
    return;
  }
  const led::ComposedQuery& c = *session_->composed();
  intro_->setText(
      tr("The coercer holds the query and the cloud's answer and demands the keys. The user may reveal the true keys, or "
         "fake ones that open the very same query to the other shape, the other image and its label. The true guide key "
         "is kept in memory for this demonstration only."));
  showOpening(0, session_->trueGuideKey(), c.coin);
  if (!fakeKey_.empty() && fakeKey_.size() == c.query.garbledGuide.data.size()) showOpening(1, fakeKey_, 1 - c.coin);
}

void CoercionPage::showOpening(int column, const led::Permutation& guideKey, int part) {
  const QString error = failureOf([&] {
    showOpened(column, session_->openingWith(guideKey, part),
               tr("guide key %1; model keys %2").arg(keyName(guideKey), fingerprints(session_->modelKeysOf(part))), session_->answer());
  });
  if (!error.isEmpty()) emit failed(error);
}

void CoercionPage::showOpened(int column, const led::Opening& o, const QString& keys, const led::Answer* answer) {
  keys_[column]->setText(withUnbrokenFingerprints(keys));
  guides_[column]->setImage(toQImage(o.guide));
  guides_[column]->setCaption(o.shape ? tr("opened guide: %1 → part %2").arg(demoWord(led::guideShapeName(*o.shape))).arg(o.part)
                                      : tr("opened guide: no shape"));
  if (o.shape && o.images.empty()) {
    images_[column]->clear();
    return labels_[column]->setText(tr("Nothing to show: the normal process keeps no key for the decoy, so there is no lie to tell."));
  }
  if (o.images.empty())
    images_[column]->clear();
  else
    images_[column]->setImage(toQImage(o.images.front()));
  if (!o.slot)
    return labels_[column]->setText(handedOver_ > 0 ? tr("No answer was handed over: the label stays sealed.")
                                                    : tr("Send the query to the cloud to see the label this opening claims."));
  labels_[column]->setText(
      tr("label: %1 (%2 %)").arg(demoWord(answer->classNames[std::size_t(o.slot->label)])).arg(100.0 * o.slot->confidence, 0, 'f', 1));
}

void CoercionPage::showHandedOver(const led::HandOver& h, const led::Opening& o) {
  const int column = handedOver_ % 2;
  shownHandOver_[column] = ++handedOver_;
  if (handedOver_ == 1) {  // the other column showed this window's fake opening: not this query's
    shownHandOver_[1] = 0;
    keys_[1]->clear();
    guides_[1]->clear();
    images_[1]->clear();
    labels_[1]->clear();
  }
  setColumnTitles();
  intro_->setText(
      tr("A query handed over with the keys its sender revealed. Each opening shows what one set of keys opens; the meter "
         "places the revealed guide key among honest keys. Nothing here tells the coercer whether an opening is the truth."));
  showOpened(column, o, tr("guide key %1; model keys %2").arg(keyName(h.guideKey.key), fingerprints(h.modelKeys)),
             h.answer ? &*h.answer : nullptr);
  if (!o.shape) {
    ++meterRequest_;
    meterShown_ = meterRequest_;
    meter_->clearContents();
    shownVerdict_.reset();
    return verdict_->setText(tr("Caught: this guide key opens no shape at all."));
  }
  judge(h.guideKey.key, h.query.garbledGuide, led::drawGuide(*o.shape, h.query.garbledGuide.width()));
}

void CoercionPage::handOver(const QString& folder, bool fake) {
  if (!session_->composed() || (fake && fakeKey_.empty())) return;
  const int coin = session_->composed()->coin;
  const QString error = failureOf([&] {
    led::writeHandOver(folder.toStdString(), session_->handOver(fake ? fakeKey_ : session_->trueGuideKey(), fake ? 1 - coin : coin));
  });
  if (!error.isEmpty()) return emit failed(error);
  emit informed(tr("Handed over in %1. The coercer opens it on the Coercion page: Open What Was Handed Over…").arg(folder));
}

void CoercionPage::judge(const led::Permutation& key, const led::Image& garbled, const led::Image& claimed) {
  const int request = ++meterRequest_;
  verdict_->setText(tr("Comparing with %1 honest keys…").arg(kHonestKeys));
  runInBackground<led::KeyPlausibility>(
      this,
      [key, garbled, claimed] {
        led::OsRandom random;
        return led::judgeGuideKey(key, garbled, claimed, kHonestKeys, random);
      },
      [this, request](led::KeyPlausibility k) {
        if (request != meterRequest_) return;
        meterShown_ = request;
        for (int row = 0; row < int(k.rows.size()); ++row) {
          const led::StatisticPlausibility& s = k.rows[std::size_t(row)];
          setResultRow(meter_, row,
                       {translatedText(s.statistic), QString::number(s.value, 'g', 4),
                        QString("%1 – %2").arg(s.honestLow, 0, 'g', 4).arg(s.honestHigh, 0, 'g', 4),
                        s.plausible ? tr("plausible (p = %1)").arg(s.pValue, 0, 'g', 2) : tr("caught (p = %1)").arg(s.pValue, 0, 'g', 2)});
        }
        shownVerdict_ = k;
        colourVerdicts();
        verdict_->setText(!k.plausible  ? tr("Caught: this key is not what an honest key looks like.")
                          : handedOver_ ? tr("Indistinguishable: this key looks like any honest key.")
                                        : tr("Indistinguishable: this fake key looks like any honest key."));
      },
      [this, request](const QString& error) {
        if (request == meterRequest_) meterShown_ = request;
        emit failed(error);
      });
}

void CoercionPage::sendManyQueries() {
  while (QLayoutItem* item = linkGrid_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  led::OsRandom random;
  const QString rowNames[2] = {tr("fixed key"), tr("one-time pad")};
  QString summary;
  for (int row = 0; row < 2; ++row) {
    linkGrid_->addWidget(new QLabel(rowNames[row], this), row, 0);
    const led::LinkedQueries run = led::garbleManyGuides(16, kLinkQueries, row == 0, random);
    for (int q = 0; q < kLinkQueries; ++q) {
      auto* tile = new ImageTile(tr("query %1").arg(q + 1), 48, this);
      tile->setImage(toQImage(run.garbled[std::size_t(q)]));
      linkGrid_->addWidget(tile, row, q + 1);
    }
    summary += row == 0 ? tr("Fixed key: %1 queries show only %2 distinct garbled guides, one per shape, so the log links every query that "
                             "shares a shape, and one fake key must explain them all. ")
                              .arg(kLinkQueries)
                              .arg(run.distinct)
                        : tr("One-time pad: %1 distinct garbled guides for %2 queries; nothing links them and each opens on its own.")
                              .arg(run.distinct)
                              .arg(kLinkQueries);
  }
  links_->setText(summary);
}

QString CoercionPage::trueLabel() const { return labels_[0]->text(); }
QString CoercionPage::fakeLabel() const { return labels_[1]->text(); }
QString CoercionPage::meterVerdict() const { return verdict_->text(); }
QString CoercionPage::linkText() const { return links_->text(); }

QString CoercionPage::title() const { return tr("Coercion"); }

QString CoercionPage::icon() const { return ":/icons/coercion.svg"; }

}  // namespace led::ui
