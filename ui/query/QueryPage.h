#pragma once
// The user's side of the deniable query: the real image and the fake one (the dog and the cat by
// default), the process, the cloud's models, the coin, both encrypted halves, the guide and the
// garbled guide; send to the cloud, read the answer, save the query.
#include <QWidget>
#include "core/shared/deniable/Query.h"
#include "ui/common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace led::ui {

class DeniableSession;
class Details;
class ImageTile;

class QueryPage : public Page {
  Q_OBJECT
 public:
  QueryPage(DeniableSession* session, QWidget* parent = nullptr);
  QString title() const override;
  QString icon() const override;
  QString coinText() const;
  QString answerText() const;
  QString imageSource(int which) const { return sources_[which]; }
  // Projects keep the two images, the settings and, once the cloud is set up, the session of the Query,
  // Cloud and Coercion pages in an owner-only folder beside the project (core/user/project/SessionFolder.h).
  void capture(ProjectDraft& draft) const override;
  std::function<std::any()> loader(const led::Project& project) const override;
  QStringList restore(const led::Project& project, const std::any& loaded) override;
  // Ends a cloud set-up under way.
  void cancelJob(QObject* job) override;

 public slots:
  void openImage(int which, const QString& path);
  // "sample:dog", "sample:cat" or an image file's path, for part `which` (0: the real image).
  void openSource(int which, const QString& source);
  void setUpCloud();
  // A cloud elsewhere (led-cloud serve), with a classroom kit's keys and pad (led kit new, or the
  // Cloud page's Make Kits); the address is the kit's unless one is typed.
  void openKit(const QString& folder);
  void compose();
  void send();
  void saveQueryDialog();

 private:
  led::QueryProcess chosenProcess() const;
  bool cloudElsewhere() const;
  void loadDefaults();
  void refresh();
  void showComposed();
  QString detailsText() const;

  DeniableSession* session_;
  ImageTile* images_[2];
  QString sources_[2];
  QComboBox* where_;
  QPushButton* kit_;
  QLineEdit* url_;
  QComboBox* process_;
  QSpinBox* members_;
  QComboBox* guideSide_;
  QComboBox* guideKeys_;
  QPushButton* setUp_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* setUpStatus_;
  QLabel* cloudInfo_;
  QPushButton* compose_;
  QPushButton* send_;
  QPushButton* save_;
  QLabel* coin_;
  ImageTile* guide_;
  ImageTile* garbled_;
  ImageTile* parts_[2];
  ImageTile* composite_;
  Details* details_;
  QLabel* answer_;
};

}  // namespace led::ui
