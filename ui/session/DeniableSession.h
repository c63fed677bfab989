#pragma once
// The state the Query, Cloud and Coercion pages share: the user's two images, the model keys, the
// cloud's models, the user's and the cloud's copies of the guide pad, the last query, its answer and
// the cloud's log. The user's side and the cloud's side are kept apart: the cloud's functions take
// only the query.
//
// For the demonstration the true guide key of the last query stays in memory, so the Coercion page can
// show the honest opening; a real user would not keep it (led query compose does not).
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>
#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "core/shared/deniable/GuidePad.h"
#include "core/user/project/ClassroomKit.h"
#include "core/user/project/HandOver.h"
#include "core/user/project/SessionFolder.h"
#include "core/user/query/Compose.h"
#include "core/user/query/Opening.h"
#include "core/shared/learn/Classifier.h"
#include "core/cloud/answering/Cloud.h"

namespace led {
struct CloudReply;
}

namespace led::ui {

enum class GuideKeys { OneTimePad, Fixed };

class DeniableSession : public QObject {
  Q_OBJECT
 public:
  // What a project keeps of the session (everything but the two images, which the Query page keeps):
  // the cloud's keys, both copies of every guide pad, the last query and its answer, the log
  // (core/user/project/SessionFolder.h), and the cloud's models.
  struct State {
    led::KeptSession kept;
    std::vector<std::vector<std::shared_ptr<led::Classifier>>> models;
  };

  explicit DeniableSession(QObject* parent = nullptr);
  ~DeniableSession() override;

  // The session as it stands (while the cloud is being set up: no cloud), and a saved one put back,
  // which ends a set-up under way.
  State state() const;
  void restore(State state);

  // The user's side.
  void setImage(int which, const led::Image& image, const QString& name);  // 0: the real image, 1: the other
  const led::Image& image(int which) const { return images_[std::size_t(which)]; }
  bool hasImages() const { return !images_[0].empty() && !images_[1].empty(); }
  QString imageName(int which) const { return names_[std::size_t(which)]; }
  // Fresh model keys (OS CSPRNG) and, in a worker, demo models trained on the two images; cancellable.
  void setUpCloud(led::QueryProcess process, int members);
  // "Demo models learn the two photos in 20–60 s.", from this computer's last set-ups.
  static QString setUpEstimate(led::QueryProcess process, int members);
  void cancelSetUp() { *cancel_ = true; }
  bool cloudReady() const { return !models_.empty() || remote(); }
  bool busy() const { return busy_; }
  led::QueryProcess process() const { return process_; }
  QString cloudDescription() const;
  // Takes the next entry of the user's pad and composes; false (with failed emitted) on error.
  bool compose(int guideSide, GuideKeys guideKeys);
  const std::optional<led::ComposedQuery>& composed() const { return composed_; }
  std::size_t queryBytes() const;

  // A cloud elsewhere (led-cloud serve) instead of the built-in one, reached with a classroom kit: its
  // keys and its pad take the place of the demo cloud's. useBuiltInCloud goes back (set it up again).
  void useKit(const led::ClassroomKit& kit, const QString& url);
  void useBuiltInCloud();
  void setRemoteUrl(const QString& url) {
    if (remote() && !url.isEmpty()) remoteUrl_ = url;
  }
  bool remote() const { return !remoteUrl_.isEmpty(); }
  const QString& remoteUrl() const { return remoteUrl_; }
  // The model keys of the cloud's models (for classroom kits and the demo).
  const std::array<std::vector<led::Key>, 2>& modelKeys() const { return keys_; }

  // The cloud's side: receives the query only. A cloud elsewhere answers in the background (busy()
  // until answered() or failed()).
  bool sendToCloud();
  // The cloud refused the last query for good (its entry was used, its pad unknown): compose anew.
  bool refused() const { return refused_; }
  const std::optional<led::CloudResult>& cloudResult() const { return cloud_; }
  // The last answer, from either cloud; null before one.
  const led::Answer* answer() const;
  const QStringList& cloudLog() const { return log_; }
  led::AnswerSlot userAnswer() const;  // the real part's slot, decrypted with the answer key

  // The coercion: openings of the last query.
  led::Opening honestOpening() const;
  // With the model keys of `part`: the true part for an honest opening, the other for a lie.
  led::Opening openingWith(const led::Permutation& guideKey, int part) const;
  const led::Permutation& trueGuideKey() const { return entry_.key; }
  // What the user hands over for the last query: this guide key, the model keys of `part`, and the
  // answer with its key when there is one.
  led::HandOver handOver(const led::Permutation& guideKey, int part) const;
  std::vector<led::Key> modelKeysOf(int part) const;

 signals:
  void setUpProgress(const QString& text, double fraction);
  void imageChanged(int which);
  void cloudChanged();
  void queryComposed();
  void answered();
  void failed(const QString& sentence);

 private:
  std::string padPath(bool cloud, int side, GuideKeys guideKeys) const;
  void ensurePads(int side, GuideKeys guideKeys);
  led::CloudModels cloudModels() const;
  void sendToRemoteCloud();
  void takeReply(const led::CloudReply& reply);

  std::array<led::Image, 2> images_;
  std::array<QString, 2> names_;
  led::QueryProcess process_ = led::QueryProcess::Deniable;
  std::array<std::vector<led::Key>, 2> keys_;  // normal process: keys_[0] only
  std::vector<std::vector<std::shared_ptr<led::Classifier>>> models_;
  QTemporaryDir pads_;
  GuideKeys guideKeys_ = GuideKeys::OneTimePad;
  std::optional<led::ComposedQuery> composed_;
  led::PadEntry entry_;
  std::optional<led::CloudResult> cloud_;
  QStringList log_;
  QString remoteUrl_, remotePad_;
  std::optional<led::Answer> remoteAnswer_;
  std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);  // shared with the worker
  bool busy_ = false;
  bool refused_ = false;
  int setUps_ = 0;  // counts set-ups begun and restores, so that a restore outlives a set-up it ended
};

}  // namespace led::ui
