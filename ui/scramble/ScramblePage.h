#pragma once
// The first step of the story: an image learnably encrypted step by step under every scheme, and opened
// with the right key and with a wrong one. All work runs off the GUI thread; stale results are dropped.
#include <QWidget>
#include <optional>

#include "core/user/keys/Key.h"
#include "ui/scramble/ScrambleJob.h"
#include "ui/common/Page.h"

class QCheckBox;
class QGridLayout;
class QScrollArea;
class QLabel;
class QSlider;
class QUndoStack;

namespace led::ui {

class KeyBox;
class SchemeControls;
class StepView;

class ScramblePage : public Page {
  Q_OBJECT
 public:
  explicit ScramblePage(QWidget* parent = nullptr);
  QString title() const override;
  QString icon() const override;

  // Photos are shown at most this large; the CLI encrypts at full size.
  static constexpr int kMaxSide = 1024;

  bool busy() const { return pending_ > 0; }
  QList<StepView*> stepViews() const { return steps_; }
  StepView* rightView() const { return right_; }
  StepView* wrongView() const { return wrong_; }
  SchemeControls* schemeControls() const { return controls_; }
  KeyBox* keyBox() const { return keyBox_; }
  const std::optional<led::Key>& key() const { return key_; }
  QString hoverText() const;
  // Where the image came from: "sample:dog", "sample:cat" or a file's absolute path; empty before one.
  QString imageSource() const { return imageSource_; }
  // The file that holds the current key (loaded from or saved to), or empty when it is in memory only.
  QString keyFile() const;
  // Edits of scheme, parameters and key, undoable (Edit > Undo); cleared when the image changes size.
  QUndoStack* undoStack() override { return undo_; }
  // Projects keep the image (a sample or a file) and the key file; a key no file holds yet is saved
  // beside the project (owner-only) first.
  void capture(ProjectDraft& draft) const override;
  QStringList restore(const led::Project& project, const std::any& loaded) override;
  // Shows this key's scheme and parameters and encrypts with it (how an undo or redo lands).
  void restoreKey(const led::Key& key);

 public slots:
  void loadSample(const QString& name);  // "dog" or "cat"
  void loadImageFile(const QString& path);
  void loadKeyFile(const QString& path);
  void saveKeyFile(const QString& path);
  void saveCiphertextFile(const QString& path);
  void openImageDialog();
  void loadKeyDialog();
  void saveKeyDialog();
  void saveCiphertextDialog();

 signals:
  // Every pipeline picture shows the current image, scheme and key.
  void ready();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void beginEdit();
  QWidget* buildImageBox();
  QWidget* buildViewer();
  void setImage(led::Image image, const QString& name, const QString& attribution);
  void recompute();
  void showResult(ScrambleResult result);
  void applyZoom();
  // Lays the steps out in as many columns as the view has room for.
  void relayout();
  void fitZoom();
  void hovered(int identity, int position);
  void started();
  void finished();

  SchemeControls* controls_;
  KeyBox* keyBox_;
  QLabel* imageInfo_;
  QLabel* attribution_;
  QLabel* status_;
  QLabel* hover_;
  QCheckBox* grid_;
  QSlider* zoom_;
  QGridLayout* pipeline_;
  QScrollArea* scroll_;
  QList<StepView*> steps_;
  StepView* right_;
  StepView* wrong_;

  std::optional<led::Image> plain_;
  std::optional<led::Key> key_;
  QString imageSource_;
  struct {
    QString path;
    std::string fingerprint;
  } keyFile_;
  QUndoStack* undo_;
  // An edit in flight: the key before it, pushed as a KeyEdit once the new key is shown.
  std::optional<led::Key> editFrom_;
  bool editing_ = false;
  std::vector<std::vector<int>> origins_;  // of the steps shown
  // Results of superseded requests are dropped: a newer image or a newer setting wins.
  int imageRequest_ = 0;
  int traceRequest_ = 0;
  bool fitPending_ = false;  // a new image is fitted once its pipeline is known
  bool fitted_ = true;       // the zoom is the fit's, not one the user chose
  bool fitting_ = false;
  int widestStep_ = 0;  // pixels, at zoom 1
  int pending_ = 0;
  int imagesLoading_ = 0;  // images read or decoded now, in the background
};

}  // namespace led::ui
