#include "query/SessionFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "common/Error.h"
#include "common/FolderManifest.h"
#include "common/ProjectFolder.h"
#include "deniable/Guide.h"
#include "deniable/GuideKey.h"
#include "deniable/GuideKeyFile.h"
#include "deniable/QueryFile.h"
#include "keys/KeyFile.h"
#include "project/ProjectFile.h"

namespace led::ui {
namespace {

const QString kManifest = "session.ledproj";
constexpr int kMaxMembers = 5;     // the Query page's largest ensemble
constexpr int kMaxLogLines = 500;  // a manifest holds at most 1,024 entries
constexpr int kMaxPads = 8;        // user and cloud, two sides, pad or fixed

QString keyName(int part, int member) { return QString("part%1-key%2.ledkey").arg(part).arg(member); }
QString modelName(int part, int member) { return QString("part%1-model%2.ledmodel").arg(part).arg(member); }

[[noreturn]] void mismatch(const QString& sentence) { led::fail(led::ErrorKind::Mismatch, sentence.toStdString()); }
[[noreturn]] void io(const QString& sentence) { led::fail(led::ErrorKind::Io, sentence.toStdString()); }

std::string floats(const std::vector<float>& values) {
  QStringList out;
  for (float v : values) out << QString::number(double(v), 'g', 9);
  return out.join(' ').toStdString();
}

std::vector<float> floatsFrom(const FolderManifest& m, const std::string& name, std::size_t count) {
  const QStringList fields = QString::fromStdString(m.text(name)).split(' ', Qt::SkipEmptyParts);
  if (std::size_t(fields.size()) != count) m.bad(QObject::tr("%1 should hold %2 numbers").arg(QString::fromStdString(name)).arg(count));
  std::vector<float> values;
  for (const QString& f : fields) {
    bool ok = false;
    const float v = f.toFloat(&ok);
    if (!ok || !(v >= 0.0f && v <= 1.0f)) m.bad(QObject::tr("%1 should hold probabilities").arg(QString::fromStdString(name)));
    values.push_back(v);
  }
  return values;
}

void writeCloud(const QString& dir, const DeniableSession::State& s, led::Project& m) {
  const std::size_t members = s.models.empty() ? 0 : s.models.front().size();
  m.set("members", std::to_string(members));
  for (std::size_t part = 0; part < s.models.size(); ++part)
    for (std::size_t member = 0; member < members; ++member) {
      led::writeKeyFile(folderFile(dir, keyName(int(part), int(member))), s.keys[part][member]);
      s.models[part][member]->save(folderFile(dir, modelName(int(part), int(member))));
    }
  for (std::size_t i = 0; i < s.pads.size(); ++i) {
    s.pads[i].second.write(folderFile(dir, QString::fromStdString(s.pads[i].first)));
    m.set("pad." + std::to_string(i), s.pads[i].first);
  }
  m.set("guideKeys", s.guideKeys == GuideKeys::Fixed ? "fixed" : "pad");
}

void writeQuery(const QString& dir, const DeniableSession::State& s, led::Project& m) {
  m.set("composed", s.composed ? "1" : "0");
  if (!s.composed) return;
  led::writeQueryFile(folderFile(dir, "query.ledq"), s.composed->query);
  led::writeGuideKeyFile(folderFile(dir, "guide.ledgk"), {s.entry.index, s.composed->guide.width(), s.entry.key});
  led::writeAnswerKeyFile(folderFile(dir, "answer.ledak"), {s.entry.index, s.entry.answerKey});
  m.set("coin", std::to_string(s.composed->coin));
  m.set("answered", s.cloud ? "1" : "0");
  if (!s.cloud) return;
  led::writeAnswerFile(folderFile(dir, "answer.ledans"), s.cloud->answer);
  for (int part = 0; part < 2; ++part) {
    const led::CloudPart& p = s.cloud->parts[std::size_t(part)];
    const std::string prefix = "cloud.part" + std::to_string(part) + ".";
    m.set(prefix + "decoy", p.decoy ? "1" : "0");
    m.set(prefix + "label", std::to_string(p.slot.label));
    m.set(prefix + "confidence", floats({p.slot.confidence}));
    m.set(prefix + "probabilities", floats(p.probabilities));
  }
  m.set("cloud.logLine", s.cloud->logLine);
}

void writeInto(const QString& dir, const DeniableSession::State& s) {
  led::Project m;
  m.set("process", s.process == led::QueryProcess::Deniable ? "deniable" : "normal");
  writeCloud(dir, s, m);
  writeQuery(dir, s, m);
  const qsizetype first = std::max<qsizetype>(0, s.log.size() - kMaxLogLines);
  for (qsizetype i = first; i < s.log.size(); ++i) m.set("log." + std::to_string(i - first), s.log[i].left(4096).toStdString());
  led::writeProjectFile(folderFile(dir, kManifest), m);  // last: a folder without its manifest is no session
}

void readCloud(const FolderManifest& m, DeniableSession::State& s) {
  const QString& dir = m.dir();
  const int sets = s.process == led::QueryProcess::Deniable ? 2 : 1;
  const int members = m.whole("members", 0, kMaxMembers);
  for (int part = 0; members > 0 && part < sets; ++part) {
    s.models.emplace_back();
    for (int member = 0; member < members; ++member) {
      s.keys[std::size_t(part)].push_back(led::readKeyFile(folderFile(dir, keyName(part, member))));
      auto model = std::make_shared<led::Classifier>(led::Classifier::load(folderFile(dir, modelName(part, member))));
      if (model->info().keyFingerprint != s.keys[std::size_t(part)].back().fingerprint())
        mismatch(QObject::tr("%1 was not trained for %2").arg(QDir(dir).filePath(modelName(part, member)), keyName(part, member)));
      s.models.back().push_back(std::move(model));
    }
  }
  static const QRegularExpression padName("^(user|cloud)-(16|32)-(pad|fixed)\\.ledpad$");
  for (int i = 0; i < kMaxPads && !m.text("pad." + std::to_string(i)).empty(); ++i) {
    const QString name = QString::fromStdString(m.text("pad." + std::to_string(i)));
    if (!padName.match(name).hasMatch()) m.bad(QObject::tr("pad.%1 names no guide pad of a session").arg(i));
    s.pads.emplace_back(name.toStdString(), led::GuidePad::read(folderFile(dir, name)));
  }
  const std::string guideKeys = m.text("guideKeys");
  if (guideKeys != "pad" && guideKeys != "fixed") m.bad(QObject::tr("guideKeys should be pad or fixed"));
  s.guideKeys = guideKeys == "fixed" ? GuideKeys::Fixed : GuideKeys::OneTimePad;
}

// What the cloud saw, rebuilt from the query, the pad entry (the cloud's copy is the user's) and the manifest.
led::CloudResult readCloudResult(const FolderManifest& m, const DeniableSession::State& s) {
  const QString& dir = m.dir();
  led::CloudResult r;
  r.answer = led::readAnswerFile(folderFile(dir, "answer.ledans"));
  const led::Query& query = s.composed->query;
  if (r.answer.padIndex != query.padIndex || r.answer.queryDigest != led::queryDigest(query))
    mismatch(QObject::tr("%1 answers another query than query.ledq").arg(QDir(dir).filePath("answer.ledans")));
  r.recoveredGuide = led::openGuide(query.garbledGuide, s.entry.key);
  led::readGuide(r.recoveredGuide, r.shape);
  for (int part = 0; part < 2; ++part) {
    led::CloudPart& p = r.parts[std::size_t(part)];
    const std::string prefix = "cloud.part" + std::to_string(part) + ".";
    p.decoy = m.whole(prefix + "decoy", 0, 1) == 1;
    p.slot.label = m.whole(prefix + "label", 0, int(r.answer.classNames.size()) - 1);
    p.slot.confidence = floatsFrom(m, prefix + "confidence", 1).front();
    p.probabilities = floatsFrom(m, prefix + "probabilities", p.decoy ? 0 : r.answer.classNames.size());
  }
  r.logLine = m.text("cloud.logLine");
  return r;
}

void readQuery(const FolderManifest& m, DeniableSession::State& s) {
  const QString& dir = m.dir();
  if (m.whole("composed", 0, 1) == 0) return;
  if (s.models.empty()) m.bad(QObject::tr("a query without the cloud's models"));
  led::ComposedQuery c;
  c.query = led::readQueryFile(folderFile(dir, "query.ledq"));
  c.coin = m.whole("coin", 0, 1);
  for (const auto& part : s.keys)
    for (const led::Key& key : part)
      if (key.spec().shape != c.query.plainShape || key.spec().params.scheme != c.query.scheme)
        mismatch(QObject::tr("%1 was not made with the session's model keys").arg(QDir(dir).filePath("query.ledq")));
  const led::GuideKeyRecord guideKey = led::readGuideKeyFile(folderFile(dir, "guide.ledgk"));
  const led::AnswerKeyRecord answerKey = led::readAnswerKeyFile(folderFile(dir, "answer.ledak"));
  const int side = c.query.garbledGuide.width();
  if (guideKey.padIndex != c.query.padIndex || answerKey.padIndex != c.query.padIndex || guideKey.side != side)
    mismatch(QObject::tr("%1 and answer.ledak are not query.ledq's keys").arg(QDir(dir).filePath("guide.ledgk")));
  c.guide = led::drawGuide(led::guideShapeFor(c.coin), side);
  if (led::openGuide(c.query.garbledGuide, guideKey.key).data != c.guide.data)
    mismatch(QObject::tr("%1 does not open query.ledq's guide to the part the coin names").arg(QDir(dir).filePath("guide.ledgk")));
  s.entry = {guideKey.padIndex, guideKey.key, answerKey.key};
  s.composed = std::move(c);
  if (m.whole("answered", 0, 1) == 1) s.cloud = readCloudResult(m, s);
}

}  // namespace

void writeSessionFolder(const QString& dir, const DeniableSession::State& state) {
  writeProjectFolder(dir, kManifest, QObject::tr("%1 exists and is not a cloud session folder: save the project under another name").arg(dir),
                     [&state](const QString& staging) { writeInto(staging, state); });
}

DeniableSession::State readSessionFolder(const QString& dir) {
  if (!isProjectFolder(dir, kManifest)) io(QObject::tr("%1 is no cloud session folder (it has no %2).").arg(dir, kManifest));
  const FolderManifest m(dir, kManifest);
  DeniableSession::State s;
  const std::string process = m.text("process");
  if (process != "deniable" && process != "normal") m.bad(QObject::tr("process should be deniable or normal"));
  s.process = process == "deniable" ? led::QueryProcess::Deniable : led::QueryProcess::Normal;
  readCloud(m, s);
  readQuery(m, s);
  for (int i = 0; i < kMaxLogLines && m.has("log." + std::to_string(i)); ++i) s.log << QString::fromStdString(m.text("log." + std::to_string(i)));
  return s;
}

}  // namespace led::ui
