#pragma once
// The scheme audit on the Evaluate page: a picture and a scheme in; what the ciphertext keeps, the key
// space, every attack that applies with the attacker's image, and the JPEG curve out; on request also the
// learned restoration attacks (ITN, GAN), trained on a dataset. Runs off the GUI thread with progress and
// cancel; exports the HTML report, the measures as CSV and the plot as PNG.
#include <QWidget>
#include <optional>

#include "core/user/attacks/SchemeAudit.h"
#include "core/user/project/AuditFolder.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace led::ui {

class ImageTile;
class JobBar;
class MeasurePlot;
class SchemeControls;

class AuditPanel : public QWidget {
  Q_OBJECT
 public:
  explicit AuditPanel(QWidget* parent = nullptr);

  bool running() const;
  const std::optional<led::SchemeAudit>& audit() const { return audit_; }
  SchemeControls* schemeControls() const { return scheme_; }
  QTableWidget* attackTable() const { return attacks_; }
  MeasurePlot* jpegPlot() const { return jpeg_; }
  // The tiles: plain, ciphertext, wrong key, then one per attack.
  QList<ImageTile*> tiles() const;
  // The picture chosen: "sample:dog", "sample:cat" or a photo's path.
  QString pictureSource() const;
  // The audit shown and what it audited, for a project.
  std::optional<led::KeptAudit> kept() const;

 public slots:
  void run();
  void cancel();
  // A photo of the user's instead of the samples.
  void usePhoto(const QString& path);
  // "dog" or "cat".
  void useSample(const QString& name);
  // Whether the audit also trains the learned attacks, and on which dataset ("fashion-mnist", "cifar10:DIR").
  void setLearnedAttacks(bool on, const QString& dataset = "fashion-mnist");
  // Shows a kept audit as if it had just run (its scheme in the controls, exportable); none clears the panel.
  void showKept(const std::optional<led::KeptAudit>& kept);
  // Each returns false (and reports failed) when there is nothing to export or the file cannot be written.
  bool exportReport(const QString& path);
  bool exportCsv(const QString& path);
  bool exportPlot(const QString& path);
  // Every scheme's audit (default parameters) on the chosen picture, as one CSV with every attack's details.
  void exportEveryScheme(const QString& path);
  // True while the results shown are of other settings than the controls show.
  bool stale() const;

 signals:
  void failed(const QString& sentence);
  void informed(const QString& sentence);
  void finished(bool cancelled);

 private:
  static QStringList attackNames();
  led::Image chosenImage() const;
  void updateKeySpace();
  void show(const led::SchemeAudit& audit);
  void askExport();
  void markStale();
  QString choiceText() const;
  QString learnedDataset() const;

  QComboBox* image_;
  QComboBox* size_;
  QCheckBox* learned_;
  QComboBox* learnedData_;
  SchemeControls* scheme_;
  JobBar* job_;
  QTableWidget* measures_;
  QTableWidget* attacks_;
  ImageTile* plain_;
  ImageTile* ciphertext_;
  ImageTile* wrongKey_;
  QList<ImageTile*> reconstructions_;
  MeasurePlot* jpeg_;
  std::optional<led::Image> photo_;
  QString photoPath_;
  QString cifarFolder_;  // the user's cifar-10-batches-bin, once chosen
  std::optional<led::SchemeAudit> audit_;
  QString auditedPicture_;  // as the report names it
  QLabel* stale_;
  QString shownChoice_;  // choiceText() of the audit shown
};

}  // namespace led::ui
