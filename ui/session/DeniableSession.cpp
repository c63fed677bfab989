#include "ui/session/DeniableSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <algorithm>

#include "ui/common/DemoWords.h"
#include "ui/common/TrainingEstimate.h"
#include "ui/common/Background.h"
#include "core/shared/common/Error.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/query/Compose.h"
#include "core/user/models/DemoCloud.h"
#include "core/user/remote/CloudClient.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::ui {
namespace {

constexpr std::uint32_t kPadEntries = 1000;

}  // namespace

DeniableSession::DeniableSession(QObject* parent) : QObject(parent) {}

DeniableSession::~DeniableSession() { *cancel_ = true; }

void DeniableSession::setImage(int which, const led::Image& image, const QString& name) {
  images_[std::size_t(which)] = image;
  names_[std::size_t(which)] = name;
  emit imageChanged(which);
}

QString DeniableSession::setUpEstimate(led::QueryProcess process, int members) {
  const int sets = process == led::QueryProcess::Deniable ? 2 : 1;
  return tr("Demo models learn the two photos in %1.").arg(rangeText(estimateTime(kDemoCloudJob, sets * members)));
}

void DeniableSession::setUpCloud(led::QueryProcess process, int members) {
  if (busy_) return;
  if (!hasImages()) return emit failed(tr("Choose both images first."));
  busy_ = true;
  const int setUp = ++setUps_;
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  keys_ = {};
  models_.clear();
  composed_.reset();
  cloud_.reset();
  remoteUrl_.clear();
  remotePad_.clear();
  remoteAnswer_.reset();
  refused_ = false;
  emit cloudChanged();
  const int sets = process == led::QueryProcess::Deniable ? 2 : 1;
  const auto images = images_;
  const auto names = names_;
  const auto cancel = cancel_;
  const double models = sets * members;
  emit setUpProgress(setUpEstimate(process, members), 0.0);
  QElapsedTimer clock;
  clock.start();
  const QPointer<DeniableSession> self(this);  // the worker may outlive the session; it never touches it directly
  runInBackground<led::DemoCloud>(
      this,
      [self, cancel, images, names, sets, members, clock] {
        led::OsRandom random;
        const auto report = [self, clock](const led::DemoCloudProgress& p) {
          // Time left from the pace so far, once there is a pace to go by.
          const QString left = p.fraction > 0.05 ? " " + timeLeftText(clock.elapsed() / 1000.0 * (1 - p.fraction) / p.fraction) : QString();
          QMetaObject::invokeMethod(qApp, [self, p, left] {
            if (self)
              emit self->setUpProgress(tr("Training the cloud's model %1 of %2 on the two photos…").arg(p.model + 1).arg(p.models) + left,
                                       p.fraction);
          });
        };
        return led::trainDemoCloud(images, {names[0].toStdString(), names[1].toStdString()}, sets, members, random, report, *cancel);
      },
      [this, process, setUp, models, clock](led::DemoCloud cloud) {
        if (setUp != setUps_) return;  // a project was restored meanwhile
        busy_ = false;
        recordSpeed(kDemoCloudJob, models, clock.elapsed() / 1000.0);
        process_ = process;
        keys_ = std::move(cloud.keys);
        models_.clear();
        for (auto& set : cloud.models) {
          models_.emplace_back();
          for (led::Classifier& model : set) models_.back().push_back(std::make_shared<led::Classifier>(std::move(model)));
        }
        emit setUpProgress(tr("The cloud is ready."), 1.0);
        emit cloudChanged();
      },
      [this, setUp](const QString& error) {
        if (setUp != setUps_) return;
        busy_ = false;
        emit setUpProgress(error, 0.0);
        emit failed(error);
        emit cloudChanged();
      });
}

DeniableSession::State DeniableSession::state() const {
  State s;
  led::KeptSession& k = s.kept;
  k.process = process_;
  if (!models_.empty()) k.keys = keys_;
  k.fixedGuideKeys = guideKeys_ == GuideKeys::Fixed;
  k.composed = composed_;
  k.entry = entry_;
  k.cloud = cloud_;
  for (const QString& line : log_) k.log.push_back(line.toStdString());
  for (const QFileInfo& file : QDir(pads_.path()).entryInfoList({"*.ledpad"}, QDir::Files, QDir::Name))
    k.pads.emplace_back(file.fileName().toStdString(), led::GuidePad::read(file.filePath().toStdString()));
  s.models = models_;
  return s;
}

void DeniableSession::restore(State s) {
  *cancel_ = true;
  ++setUps_;
  busy_ = false;
  remoteUrl_.clear();
  remotePad_.clear();
  remoteAnswer_.reset();
  refused_ = false;
  for (const QFileInfo& file : QDir(pads_.path()).entryInfoList({"*.ledpad"}, QDir::Files)) QFile::remove(file.filePath());
  led::KeptSession& k = s.kept;
  for (const auto& [name, pad] : k.pads) pad.write(pads_.filePath(QString::fromStdString(name)).toStdString());
  process_ = k.process;
  keys_ = std::move(k.keys);
  models_ = std::move(s.models);
  guideKeys_ = k.fixedGuideKeys ? GuideKeys::Fixed : GuideKeys::OneTimePad;
  composed_ = std::move(k.composed);
  entry_ = std::move(k.entry);
  cloud_ = std::move(k.cloud);
  log_.clear();
  for (const std::string& line : k.log) log_ << QString::fromStdString(line);
  emit setUpProgress(cloudReady() ? tr("The cloud is ready (as the project left it).") : setUpEstimate(process_, 1),
                     cloudReady() ? 1.0 : 0.0);
  emit cloudChanged();
  if (composed_) emit queryComposed();
  if (cloud_) emit answered();
}

void DeniableSession::useKit(const led::ClassroomKit& kit, const QString& url) {
  if (busy_) return;
  ++setUps_;
  process_ = kit.process;
  keys_ = kit.keys;
  models_.clear();
  composed_.reset();
  cloud_.reset();
  remoteAnswer_.reset();
  refused_ = false;
  remoteUrl_ = url;
  remotePad_ = QString::fromStdString(kit.pad);
  emit cloudChanged();
}

void DeniableSession::useBuiltInCloud() {
  if (!remote() || busy_) return;
  remoteUrl_.clear();
  remotePad_.clear();
  keys_ = {};
  composed_.reset();
  remoteAnswer_.reset();
  refused_ = false;
  emit cloudChanged();
}

const led::Answer* DeniableSession::answer() const {
  if (cloud_) return &cloud_->answer;
  return remoteAnswer_ ? &*remoteAnswer_ : nullptr;
}

QString DeniableSession::cloudDescription() const {
  QStringList keyNames;
  for (const auto& part : keys_)
    for (const led::Key& k : part) keyNames << QString::fromStdString(k.shortFingerprint());
  if (remote())
    return tr("The cloud at %1 (a classroom kit): %2 process, %3 model key(s) a part, your own guide pad. Keys: %4")
        .arg(remoteUrl_, process_ == led::QueryProcess::Deniable ? tr("deniable") : tr("normal"))
        .arg(keys_[0].size())
        .arg(keyNames.join(", "));
  if (models_.empty()) return tr("The cloud has no models for you yet.");
  const int members = int(models_.front().size());
  return process_ == led::QueryProcess::Deniable
             ? tr("Deniable user: %1 model(s) for the keys of each part, trained on the two photos only (classes: %2, %3). Keys: %4")
                   .arg(members)
                   .arg(demoWord(names_[0].toStdString()), demoWord(names_[1].toStdString()), keyNames.join(", "))
             : tr("Normal user: %1 model(s) for your key(s), trained on the two photos only (classes: %2, %3). Keys: %4")
                   .arg(members)
                   .arg(demoWord(names_[0].toStdString()), demoWord(names_[1].toStdString()), keyNames.join(", "));
}

std::string DeniableSession::padPath(bool cloud, int side, GuideKeys guideKeys) const {
  return pads_
      .filePath(QString("%1-%2-%3.ledpad").arg(cloud ? "cloud" : "user").arg(side).arg(guideKeys == GuideKeys::Fixed ? "fixed" : "pad"))
      .toStdString();
}

void DeniableSession::ensurePads(int side, GuideKeys guideKeys) {
  const std::string user = padPath(false, side, guideKeys);
  if (QFile::exists(QString::fromStdString(user)) && led::GuidePad::read(user).remaining() > 0) return;
  led::OsRandom random;
  const led::GuidePad pad =
      guideKeys == GuideKeys::Fixed ? led::GuidePad::generateFixed(side, random) : led::GuidePad::generate(side, kPadEntries, random);
  pad.write(user);
  pad.write(padPath(true, side, guideKeys));  // the cloud's copy, shared in advance
}

bool DeniableSession::compose(int guideSide, GuideKeys guideKeys) {
  const QString error = failureOf([&] {
    if (!cloudReady()) led::fail(led::ErrorKind::InvalidArgument, tr("Set up the cloud's models first.").toStdString());
    if (!remote()) ensurePads(guideSide, guideKeys);
    // A cloud elsewhere knows the kit's pad; its guide side is the pad's.
    const led::PadEntry entry = led::GuidePad::takeNext(remote() ? remotePad_.toStdString() : padPath(false, guideSide, guideKeys));
    led::OsRandom random;
    composed_ = process_ == led::QueryProcess::Deniable ? led::composeDeniable(images_[0], images_[1], keys_, entry, random)
                                                        : led::composeNormal(images_[0], images_[1], keys_[0], entry, random);
    entry_ = entry;
    guideKeys_ = guideKeys;
    cloud_.reset();
    remoteAnswer_.reset();
    refused_ = false;
  });
  if (!error.isEmpty()) {
    emit failed(error);
    return false;
  }
  emit queryComposed();
  return true;
}

std::size_t DeniableSession::queryBytes() const { return composed_ ? led::encodeQuery(composed_->query).size() : 0; }

led::CloudModels DeniableSession::cloudModels() const {
  std::vector<led::CloudModels::Set> sets;
  for (const auto& set : models_) {
    sets.emplace_back();
    for (const auto& m : set) sets.back().push_back(m.get());
  }
  return process_ == led::QueryProcess::Deniable ? led::CloudModels::deniable(sets.at(0), sets.at(1))
                                                 : led::CloudModels::normal(sets.at(0));
}

void DeniableSession::sendToRemoteCloud() {
  busy_ = true;
  emit cloudChanged();
  const std::vector<std::uint8_t> query = led::encodeQuery(composed_->query);
  const std::string url = remoteUrl_.toStdString();
  const int setUp = setUps_;
  runInBackground<led::CloudReply>(
      this, [url, query] { return led::CloudClient(url).send(query); },
      [this, setUp](led::CloudReply reply) {
        busy_ = false;
        const QString error = setUp == setUps_ ? failureOf([&] { takeReply(reply); }) : QString();
        emit cloudChanged();
        if (!error.isEmpty()) return emit failed(error);
        if (remoteAnswer_) emit answered();
      },
      [this](const QString& error) {  // no cloud answered: the query is kept, to be sent again
        busy_ = false;
        emit cloudChanged();
        emit failed(error + ' ' + tr("The query is kept: press Send again when the cloud is back."));
      });
}

// A refusal other than "busy" is final for this query: its entry was spent, or the cloud will not
// take it. Send stops and the sentence says what the student can do.
void DeniableSession::takeReply(const led::CloudReply& reply) {
  const std::string body(reply.body.begin(), reply.body.end());
  if (reply.status == 200) {
    led::Answer answer = led::decodeAnswer(reply.body, "the cloud's answer");
    if (answer.queryDigest != led::queryDigest(composed_->query))
      led::fail(led::ErrorKind::Mismatch, LED_PHRASE("led", "the cloud answered another query"));
    remoteAnswer_ = std::move(answer);
    return;
  }
  const QString said =
      tr("The cloud refused the query (%1): %2").arg(reply.status).arg(QString::fromStdString(body.substr(0, body.find('\n'))));
  if (reply.status == 503) led::fail(led::ErrorKind::Io, (said + ' ' + tr("It is busy: press Send again in a moment.")).toStdString());
  refused_ = true;
  const QString advice = reply.status == 409   ? tr("This kit's entry was used already (a copied or borrowed kit?): compose a new query, "
                                                      "which takes the next entry, and send that.")
                         : reply.status == 403 ? tr("This cloud does not know the kit's pad: ask the teacher for a kit of this class.")
                                               : tr("Compose a new query and send that.");
  led::fail(led::ErrorKind::Mismatch, (said + ' ' + advice).toStdString());
}

bool DeniableSession::sendToCloud() {
  if (composed_ && remote() && !busy_) {
    sendToRemoteCloud();
    return true;
  }
  const QString error = failureOf([&] {
    if (!composed_) led::fail(led::ErrorKind::InvalidArgument, tr("Compose a query first.").toStdString());
    const led::Query& query = composed_->query;  // all the cloud receives
    const int side = query.garbledGuide.width();
    const led::TakenEntry taken = led::takeQueryEntry(padPath(true, side, guideKeys_), query);
    if (taken.outcome != led::EntryTaken::Spent) led::fail(led::ErrorKind::Mismatch, led::refusalSentence(taken.outcome, query));
    led::OsRandom random;
    cloud_ = led::answerRecovered(taken.recovered, cloudModels(), random);
    log_ << QString::fromStdString(cloud_->logLine);
  });
  if (!error.isEmpty()) {
    emit failed(error);
    return false;
  }
  emit answered();
  return true;
}

led::AnswerSlot DeniableSession::userAnswer() const { return led::openAnswerSlot(*answer(), composed_->coin, entry_.answerKey); }

std::vector<led::Key> DeniableSession::modelKeysOf(int part) const {
  if (process_ == led::QueryProcess::Deniable) return keys_[std::size_t(part)];
  return part == composed_->coin ? keys_[0] : std::vector<led::Key>{};  // the decoy's one-time keys were forgotten
}

led::HandOver DeniableSession::handOver(const led::Permutation& guideKey, int part) const {
  led::HandOver h;
  h.query = composed_->query;
  h.guideKey = {entry_.index, composed_->query.garbledGuide.width(), guideKey};
  h.modelKeys = modelKeysOf(part);
  if (answer()) {
    h.answer = *answer();
    h.answerKey = led::AnswerKeyRecord{entry_.index, entry_.answerKey};
  }
  return h;
}

led::Opening DeniableSession::honestOpening() const { return openingWith(entry_.key, composed_->coin); }

led::Opening DeniableSession::openingWith(const led::Permutation& guideKey, int part) const {
  return led::openQuery(composed_->query, guideKey, modelKeysOf(part), answer(), answer() ? &entry_.answerKey : nullptr);
}

}  // namespace led::ui
