#pragma once
// The coercion, played out: the last query opened with the true keys and with fake keys side by side,
// a deniability meter that places the revealed fake guide key among honest ones (and catches the
// paper's construction), and a multi-query view showing that a fixed guide key links queries while a
// one-time pad does not; and a seized log of a real cloud, with the query a line of it names.
#include <QWidget>
#include <optional>

#include "core/shared/deniable/DeniabilityTest.h"
#include "core/shared/random/Permutation.h"
#include "ui/common/Page.h"

class QBoxLayout;
class QComboBox;
class QGridLayout;
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

 public slots:
  void setPaperMode(bool paper);
  void makeFakeKey();
  void sendManyQueries();

 signals:

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  QColor verdictColour(bool plausible) const;
  void colourVerdicts();
  void refresh();
  void showOpening(int column, const led::Permutation& guideKey, int part);
  void judge(const led::Permutation& key);

  DeniableSession* session_;
  QLabel* intro_;
  QComboBox* mode_;
  QLabel* keys_[2];
  ImageTile* guides_[2];
  ImageTile* images_[2];
  QLabel* labels_[2];
  QTableWidget* meter_;
  QLabel* verdict_;
  QGridLayout* linkGrid_;
  QLabel* links_;
  led::Permutation fakeKey_;
  int meterRequest_ = 0;
  int meterShown_ = 0;
  std::optional<led::KeyPlausibility> shownVerdict_;
  QBoxLayout* bottom_;
  SeizedLogPanel* seized_;
};

}  // namespace led::ui
