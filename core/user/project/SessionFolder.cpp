#include "core/user/project/SessionFolder.h"

#include <algorithm>
#include <cstdio>
#include <regex>
#include <sstream>

#include "core/shared/common/Error.h"
#include "core/shared/deniable/GuideKey.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/shared/modelfile/ModelFile.h"
#include "core/user/project/FolderManifest.h"
#include "core/user/project/ProjectFolder.h"

namespace led {
namespace {

const std::string kManifest = "session.ledproj";
constexpr int kMaxMembers = 5;     // the Query page's largest ensemble
constexpr int kMaxLogLines = 500;  // a manifest holds at most 1,024 entries
constexpr int kMaxPads = 8;        // user and cloud, two sides, pad or fixed

std::string keyName(int part, int member) { return "part" + std::to_string(part) + "-key" + std::to_string(member) + ".ledkey"; }
std::string modelName(int part, int member) { return "part" + std::to_string(part) + "-model" + std::to_string(member) + ".ledmodel"; }

std::string floats(const std::vector<float>& values) {
  std::string out;
  for (float v : values) {
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", double(v));
    out += (out.empty() ? "" : " ") + std::string(text);
  }
  return out;
}

std::vector<float> floatsFrom(const FolderManifest& m, const std::string& name, std::size_t count) {
  std::istringstream in(m.text(name));
  std::vector<float> values;
  for (std::string field; in >> field;) {
    char* end = nullptr;
    const float v = std::strtof(field.c_str(), &end);
    if (end != field.c_str() + field.size() || !(v >= 0.0f && v <= 1.0f))
      m.bad({LED_PHRASE("led", "%1 should hold probabilities"), {name}});
    values.push_back(v);
  }
  if (values.size() != count) m.bad({LED_PHRASE("led", "%1 should hold %2 numbers"), {name, std::to_string(count)}});
  return values;
}

void writeCloud(const std::string& dir, const KeptSession& s, Project& m,
                const std::function<void(int set, int member, const std::string& path)>& saveModel) {
  const int sets = s.process == QueryProcess::Deniable ? 2 : 1;
  const std::size_t members = s.members();
  m.set("members", std::to_string(members));
  for (int part = 0; members > 0 && part < sets; ++part)
    for (std::size_t member = 0; member < members; ++member) {
      writeKeyFile(folderFile(dir, keyName(part, int(member))), s.keys[std::size_t(part)][member]);
      saveModel(part, int(member), folderFile(dir, modelName(part, int(member))));
    }
  for (std::size_t i = 0; i < s.pads.size(); ++i) {
    s.pads[i].second.write(folderFile(dir, s.pads[i].first));
    m.set("pad." + std::to_string(i), s.pads[i].first);
  }
  m.set("guideKeys", s.fixedGuideKeys ? "fixed" : "pad");
}

void writeQuery(const std::string& dir, const KeptSession& s, Project& m) {
  m.set("composed", s.composed ? "1" : "0");
  if (!s.composed) return;
  writeQueryFile(folderFile(dir, "query.ledq"), s.composed->query);
  writeGuideKeyFile(folderFile(dir, "guide.ledgk"), {s.entry.index, s.composed->guide.width(), s.entry.key});
  writeAnswerKeyFile(folderFile(dir, "answer.ledak"), {s.entry.index, s.entry.answerKey});
  m.set("coin", std::to_string(s.composed->coin));
  m.set("answered", s.cloud ? "1" : "0");
  if (!s.cloud) return;
  writeAnswerFile(folderFile(dir, "answer.ledans"), s.cloud->answer);
  for (int part = 0; part < 2; ++part) {
    const CloudPart& p = s.cloud->parts[std::size_t(part)];
    const std::string prefix = "cloud.part" + std::to_string(part) + ".";
    m.set(prefix + "decoy", p.decoy ? "1" : "0");
    m.set(prefix + "label", std::to_string(p.slot.label));
    m.set(prefix + "confidence", floats({p.slot.confidence}));
    m.set(prefix + "probabilities", floats(p.probabilities));
  }
  m.set("cloud.logLine", s.cloud->logLine);
}

void writeInto(const std::string& dir, const KeptSession& s, const std::function<void(int, int, const std::string&)>& saveModel) {
  Project m;
  m.set("process", s.process == QueryProcess::Deniable ? "deniable" : "normal");
  writeCloud(dir, s, m, saveModel);
  writeQuery(dir, s, m);
  const std::size_t first = s.log.size() > kMaxLogLines ? s.log.size() - kMaxLogLines : 0;
  for (std::size_t i = first; i < s.log.size(); ++i) m.set("log." + std::to_string(i - first), s.log[i].substr(0, 4096));
  writeProjectFile(folderFile(dir, kManifest), m);  // last: a folder without its manifest is no session
}

void readCloud(const FolderManifest& m, KeptSession& s) {
  const std::string& dir = m.dir();
  const int sets = s.process == QueryProcess::Deniable ? 2 : 1;
  const int members = m.whole("members", 0, kMaxMembers);
  for (int part = 0; members > 0 && part < sets; ++part) {
    s.models.emplace_back();
    for (int member = 0; member < members; ++member) {
      const Key key = readKeyFile(folderFile(dir, keyName(part, member)));
      const std::string model = folderFile(dir, modelName(part, member));
      if (readModelFile(model).info.keyFingerprint != key.fingerprint())
        fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 was not trained for %2"), {model, keyName(part, member)}});
      s.keys[std::size_t(part)].push_back(key);
      s.models.back().push_back(model);
    }
  }
  static const std::regex padName("^(user|cloud)-(16|32)-(pad|fixed)\\.ledpad$");
  for (int i = 0; i < kMaxPads && !m.text("pad." + std::to_string(i)).empty(); ++i) {
    const std::string name = m.text("pad." + std::to_string(i));
    if (!std::regex_match(name, padName)) m.bad({LED_PHRASE("led", "pad.%1 names no guide pad of a session"), {std::to_string(i)}});
    s.pads.emplace_back(name, GuidePad::read(folderFile(dir, name)));
  }
  const std::string guideKeys = m.text("guideKeys");
  if (guideKeys != "pad" && guideKeys != "fixed") m.bad(LED_PHRASE("led", "guideKeys should be pad or fixed"));
  s.fixedGuideKeys = guideKeys == "fixed";
}

// What the cloud saw, rebuilt from the query, the pad entry (the cloud's copy is the user's) and the manifest.
CloudResult readCloudResult(const FolderManifest& m, const KeptSession& s) {
  const std::string& dir = m.dir();
  CloudResult r;
  r.answer = readAnswerFile(folderFile(dir, "answer.ledans"));
  const Query& query = s.composed->query;
  if (r.answer.padIndex != query.padIndex || r.answer.queryDigest != queryDigest(query))
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 answers another query than query.ledq"), {folderFile(dir, "answer.ledans")}});
  r.recoveredGuide = openGuide(query.garbledGuide, s.entry.key);
  readGuide(r.recoveredGuide, r.shape);
  for (int part = 0; part < 2; ++part) {
    CloudPart& p = r.parts[std::size_t(part)];
    const std::string prefix = "cloud.part" + std::to_string(part) + ".";
    p.decoy = m.whole(prefix + "decoy", 0, 1) == 1;
    p.slot.label = m.whole(prefix + "label", 0, int(r.answer.classNames.size()) - 1);
    p.slot.confidence = floatsFrom(m, prefix + "confidence", 1).front();
    p.probabilities = floatsFrom(m, prefix + "probabilities", p.decoy ? 0 : r.answer.classNames.size());
  }
  r.logLine = m.text("cloud.logLine");
  return r;
}

void readQuery(const FolderManifest& m, KeptSession& s) {
  const std::string& dir = m.dir();
  if (m.whole("composed", 0, 1) == 0) return;
  if (s.models.empty()) m.bad(LED_PHRASE("led", "a query without the cloud's models"));
  ComposedQuery c;
  c.query = readQueryFile(folderFile(dir, "query.ledq"));
  c.coin = m.whole("coin", 0, 1);
  for (const auto& part : s.keys)
    for (const Key& key : part)
      if (key.spec().shape != c.query.plainShape || key.spec().params.scheme != c.query.scheme)
        fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 was not made with the session's model keys"), {folderFile(dir, "query.ledq")}});
  const GuideKeyRecord guideKey = readGuideKeyFile(folderFile(dir, "guide.ledgk"));
  const AnswerKeyRecord answerKey = readAnswerKeyFile(folderFile(dir, "answer.ledak"));
  const int side = c.query.garbledGuide.width();
  if (guideKey.padIndex != c.query.padIndex || answerKey.padIndex != c.query.padIndex || guideKey.side != side)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 and answer.ledak are not query.ledq's keys"), {folderFile(dir, "guide.ledgk")}});
  c.guide = drawGuide(guideShapeFor(c.coin), side);
  if (openGuide(c.query.garbledGuide, guideKey.key).data != c.guide.data)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "%1 does not open query.ledq's guide to the part the coin names"), {folderFile(dir, "guide.ledgk")}});
  s.entry = {c.query.pad, guideKey.padIndex, guideKey.key, answerKey.key};
  s.composed = std::move(c);
  if (m.whole("answered", 0, 1) == 1) s.cloud = readCloudResult(m, s);
}

}  // namespace

void writeSessionFolder(const std::string& dir, const KeptSession& session,
                        const std::function<void(int set, int member, const std::string& path)>& saveModel) {
  writeProjectFolder(dir, kManifest,
                     {LED_PHRASE("led", "%1 exists and is not a cloud session folder: save the project under another name"), {dir}},
                     [&](const std::string& staging) { writeInto(staging, session, saveModel); });
}

KeptSession readSessionFolder(const std::string& dir) {
  if (!isProjectFolder(dir, kManifest))
    fail(ErrorKind::Io, {LED_PHRASE("led", "%1 is no cloud session folder (it has no %2)."), {dir, kManifest}});
  const FolderManifest m(dir, kManifest);
  KeptSession s;
  const std::string process = m.text("process");
  if (process != "deniable" && process != "normal") m.bad(LED_PHRASE("led", "process should be deniable or normal"));
  s.process = process == "deniable" ? QueryProcess::Deniable : QueryProcess::Normal;
  readCloud(m, s);
  readQuery(m, s);
  for (int i = 0; i < kMaxLogLines && m.has("log." + std::to_string(i)); ++i) s.log.push_back(m.text("log." + std::to_string(i)));
  return s;
}

}  // namespace led
