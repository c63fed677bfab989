// led info: what a file is, read and checked as the program would use it. Reads no model weights, so it
// needs no LibTorch: a model's description comes before its archive.
#include <fstream>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/led/KeyDescription.h"
#include "app/led/UserCommands.h"
#include "core/shared/common/Fingerprint.h"
#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/imageio/CiphertextFile.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/shared/modelfile/ModelFile.h"
#include "core/user/project/AuditFolder.h"
#include "core/user/project/ProjectFile.h"
#include "core/user/project/ProjectFolder.h"
#include "core/user/project/SessionFolder.h"
#include "core/shared/shards/EncryptedDataset.h"

namespace led::cli {
namespace {

std::string magicOf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[8] = {};
  in.read(head, sizeof head);
  return std::string(head, std::size_t(in.gcount()));
}

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

Json modelJson(const ModelFile& file) {
  const ModelInfo& m = file.info;
  Json out{{"kind", file.kind == ModelFileKind::Checkpoint ? "checkpoint" : "model"},
           {"description", m.describe()},
           {"architecture", m.architecture},
           {"scheme", m.scheme ? m.scheme->text() : std::string("plain")},
           {"key_fingerprint", formatFingerprint(m.keyFingerprint)},
           {"dataset", m.dataset},
           {"image", shapeJson(m.imageShape)},
           {"classes", m.classNames}};
  if (file.kind == ModelFileKind::Checkpoint) out["epochs_done"] = std::count(file.history.begin(), file.history.end(), '\n');
  return out;
}

// Which entries are used is no secret: the cloud's log says as much.
Json padJson(const GuidePad& pad) {
  const std::optional<std::uint64_t> next = pad.nextUnused();
  return {{"pad", padIdHex(pad.id())},
          {"guide_side", pad.side()},
          {"entries", pad.size()},
          {"entries_left", pad.remaining()},
          {"next_unused", next ? Json(*next) : Json(nullptr)},
          {"fixed_key", pad.fixed()}};
}

Json sessionJson(const std::string& dir) {
  const KeptSession s = readSessionFolder(dir);
  Json keys = Json::array(), models = Json::array(), pads = Json::array();
  for (const auto& set : s.keys)
    for (const Key& key : set) keys.push_back(key.shortFingerprint());
  for (const auto& set : s.models)
    for (const std::string& file : set) models.push_back(readModelFile(file).info.describe());
  for (const auto& [name, pad] : s.pads) {
    Json one = padJson(pad);
    one["file"] = name;
    pads.push_back(one);
  }
  Json out{{"kind", "cloud session"},
           {"process", s.process == QueryProcess::Deniable ? "deniable" : "normal"},
           {"members", s.members()},
           {"model_keys", keys},
           {"models", models},
           {"guide_keys", s.fixedGuideKeys ? "fixed" : "one-time pad"},
           {"pads", pads},
           {"query", bool(s.composed)},
           {"answered", bool(s.cloud)},
           {"log_lines", s.log.size()}};
  if (s.composed) out["pad_index"] = s.composed->query.padIndex;
  return out;
}

Json auditJson(const std::string& dir) {
  const KeptAudit kept = readAuditFolder(dir);
  const SchemeAudit& a = kept.audit;
  Json attacks = Json::array();
  for (const AttackOutcome& o : a.attacks)
    attacks.push_back({{"name", render(o.name)}, {"applies", o.applies}, {"succeeded", o.succeeded}, {"summary", render(o.summary)}});
  return {{"kind", "scheme audit"},
          {"picture", kept.picture},
          {"scheme", a.params.text()},
          {"image", shapeJson(a.plain.shape)},
          {"ssim", a.ssim},
          {"psnr", numberOrInfinity(a.psnr)},
          {"key_bits", numberOrInfinity(a.keyBits)},
          {"attacks", attacks},
          {"jpeg_points", a.jpeg ? a.jpeg->plain.size() : 0}};
}

// A project's entries, and what the folders it names beside it hold.
Json projectJson(const std::string& path) {
  const Project project = readProjectFile(path);
  Json entries = Json::object();
  for (const auto& [name, value] : project.values) entries[name] = value;
  Json out{{"kind", "project"}, {"entries", entries}};
  if (const std::string session = project.value("query.session"); !session.empty()) out["session"] = sessionJson(session);
  if (const std::string audit = project.value("evaluate.audit.folder"); !audit.empty()) out["audit"] = auditJson(audit);
  return out;
}

// An encrypted dataset as its manifest describes it (not its shards: led-cloud checks each as it reads it),
// or how far an unfinished export came.
Json datasetJson(const std::string& dir) {
  const std::optional<EncryptedDataset> unfinished = unfinishedExport(dir);
  const EncryptedDataset d = unfinished ? *unfinished : readEncryptedDataset(dir);
  Json out{{"kind", unfinished ? "unfinished export" : "encrypted dataset"},
           {"dataset", d.dataset},
           {"scheme", d.scheme ? d.scheme->text() : std::string("plain")},
           {"key_fingerprint", formatFingerprint(d.keyFingerprint)},
           {"image", shapeJson(d.imageShape)},
           {"input", d.input.text()},
           {"stored", encodingName(d.encoding)},
           {"augmentation", d.augmentation.text()},
           {"copies", d.train.copies},
           {"train_images", d.train.images},
           {"test_images", d.test.images},
           {"classes", d.classNames}};
  if (unfinished)
    out["shards_written"] = format("%zu of %zu", d.train.shards.size() + d.test.shards.size(), d.shardsOf(d.train) + d.shardsOf(d.test));
  else
    out["shards"] = d.train.shards.size() + d.test.shards.size();
  return out;
}

Json describe(const std::string& path) {
  if (isEncryptedDatasetFolder(path)) return datasetJson(path);
  if (isProjectFolder(path, "session.ledproj")) return sessionJson(path);
  if (isProjectFolder(path, "audit.ledproj")) return auditJson(path);
  const std::string head = magicOf(path);
  if (startsWith(head, "LEDKEY")) return keyJson(readKeyFile(path));
  if (startsWith(head, "LEDCIPH")) {
    const CiphertextRecord r = readCiphertextFile(path);
    return {{"kind", "ciphertext"},
            {"scheme", schemeName(r.scheme)},
            {"plain_image", shapeJson(r.plainShape)},
            {"layout", shapeJson(r.ciphertext.shape)},
            {"samples", r.ciphertext.real ? "real" : "bytes"}};
  }
  if (startsWith(head, "LEDTORCH")) return modelJson(readModelFile(path));
  if (startsWith(head, "LEDQUERY")) {
    const Query q = readQueryFile(path);
    return {{"kind", "query"},
            {"pad", padIdHex(q.pad)},
            {"pad_index", q.padIndex},
            {"guide_side", q.garbledGuide.width()},
            {"scheme", schemeName(q.scheme)},
            {"image", shapeJson(q.plainShape)},
            {"members", q.members()}};
  }
  if (startsWith(head, "LEDPAD")) {
    Json out{{"kind", "guide pad"}};
    out.update(padJson(GuidePad::read(path)));
    return out;
  }
  if (startsWith(head, "LEDANSWR")) {
    const Answer a = readAnswerFile(path);
    return {{"kind", "answer"}, {"pad_index", a.padIndex}, {"classes", a.classNames}};
  }
  if (startsWith(head, "LEDANSK")) return {{"kind", "answer key"}, {"pad_index", readAnswerKeyFile(path).padIndex}};
  if (startsWith(head, "LEDGKEY")) {
    const GuideKeyRecord g = readGuideKeyFile(path);
    return {{"kind", "guide key"}, {"pad_index", g.padIndex}, {"guide_side", g.side}};
  }
  if (startsWith(head, "LEDPROJ")) return projectJson(path);  // the desktop application's working state
  return {{"kind", "image"}, {"image", shapeJson(readImage(path).shape)}};
}

class Info : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("file", file_,
                   "Key, ciphertext, model, checkpoint, query, guide pad, answer, answer key, guide key, project or image "
                   "file, an encrypted dataset's folder, or a project's cloud session or audit folder.")
        ->required();
  }

  Json run() override {
    Json info = describe(file_);
    info["file"] = file_;
    return info;
  }

  std::string text(const Json& info) const override { return fieldsText(info); }

 private:
  std::string file_;
};

}  // namespace

CommandInfo infoCommand() {
  return {{"info"},
          "describe any file of the program (key, ciphertext, model, query, pad, answer, project and its folders) or an image",
          [] { return std::make_unique<Info>(); }};
}

}  // namespace led::cli
