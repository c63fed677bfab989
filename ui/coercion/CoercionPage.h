#pragma once
// The coercion, played out: the last query opened with the true keys and with fake keys side by side,
// a deniability meter that places the revealed fake guide key among honest ones (and catches the
// paper's construction), and a multi-query view showing that a fixed guide key links queries while a
// one-time pad does not; and a seized log of a real cloud, with the query a line of it names. A query a
// student hands over (with the keys they reveal) takes the last query's place in the side-by-side view
// and the meter; a student hands over theirs from this page too.
#include <QWidget>
#include <optional>

#include "core/shared/deniable/DeniabilityTest.h"
#include "core/shared/random/Permutation.h"
#include "core/user/project/HandOver.h"
#include "core/user/query/Opening.h"
#include "ui/common/Page.h"

class QBoxLayout;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace led::ui {

class DeniableSession;
class ImageTile;
class SeizedLogPanel;

class CoercionPage : public Page {
  Q_OBJECT
 public:
  CoercionPage(DeniableSession* session, QWidget* parent = nullptr);
  QString title() const override;
  QString icon() const override;
  QString trueLabel() const;
  QString fakeLabel() const;
  QString meterVerdict() const;
  bool meterBusy() const { return meterRequest_ != meterShown_; }
  QString linkText() const;
  ImageTile* trueGuide() const { return guides_[0]; }
  ImageTile* fakeGuide() const { return guides_[1]; }
  SeizedLogPanel* seized() const { return seized_; }
  QString columnTitle(int column) const;

 public slots:
  void setPaperMode(bool paper);
  void makeFakeKey();
  void sendManyQueries();
  // The last query, the keys of one opening (fake: the fake key and the other part's model keys) and
  // its answer, into a folder for the coercer.
  void handOver(const QString& folder, bool fake);
  // A query and keys a user handed over, into the next of the two openings, judged by the meter.
  void showHandedOver(const led::HandOver& handOver, const led::Opening& opening);

 signals:

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  QColor verdictColour(bool plausible) const;
  void colourVerdicts();
  void refresh();
  void showOpening(int column, const led::Permutation& guideKey, int part);
  void showOpened(int column, const led::Opening& o, const QString& keys, const led::Answer* answer);
  void judge(const led::Permutation& key, const led::Image& garbled, const led::Image& claimed);
  void setColumnTitles();

  DeniableSession* session_;
  QLabel* intro_;
  QComboBox* mode_;
  QGroupBox* boxes_[2];
  QWidget* fakeControls_;
  QGroupBox* meterBox_;
  QPushButton* handOver_[2];
  QLabel* keys_[2];
  ImageTile* guides_[2];
  ImageTile* images_[2];
  QLabel* labels_[2];
  QTableWidget* meter_;
  QLabel* verdict_;
  QGridLayout* linkGrid_;
  QLabel* links_;
  led::Permutation fakeKey_;
  int handedOver_ = 0;             // hand-overs shown since this window's last query (0: its own is shown)
  int shownHandOver_[2] = {0, 0};  // which hand-over each opening shows (1, 2, ...; 0: none)
  int meterRequest_ = 0;
  int meterShown_ = 0;
  std::optional<led::KeyPlausibility> shownVerdict_;
  QBoxLayout* bottom_;
  SeizedLogPanel* seized_;
};

}  // namespace led::ui
