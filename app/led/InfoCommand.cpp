// led info: what a file is, read and checked as the program would use it. Reads no model weights, so it
// needs no LibTorch: a model's description comes before its archive.
#include <fstream>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/led/KeyDescription.h"
#include "app/led/UserCommands.h"
#include "core/common/Fingerprint.h"
#include "core/deniable/Answer.h"
#include "core/deniable/GuideKeyFile.h"
#include "core/deniable/GuidePad.h"
#include "core/deniable/QueryFile.h"
#include "core/imageio/CiphertextFile.h"
#include "core/imageio/ImageFile.h"
#include "core/keyfile/KeyFile.h"
#include "core/model/ModelFile.h"
#include "core/project/ProjectFile.h"

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

Json describe(const std::string& path) {
  const std::string head = magicOf(path);
  if (startsWith(head, "LEDKEY")) return keyJson(readKeyFile(path));
  if (startsWith(head, "LEDCIPH")) {
    const CiphertextRecord r = readCiphertextFile(path);
    return {{"kind", "ciphertext"}, {"scheme", schemeName(r.scheme)}, {"plain_image", shapeJson(r.plainShape)},
            {"layout", shapeJson(r.ciphertext.shape)}, {"samples", r.ciphertext.real ? "real" : "bytes"}};
  }
  if (startsWith(head, "LEDTORCH")) return modelJson(readModelFile(path));
  if (startsWith(head, "LEDQUERY")) {
    const Query q = readQueryFile(path);
    return {{"kind", "query"}, {"pad_index", q.padIndex}, {"guide_side", q.garbledGuide.width()}, {"scheme", schemeName(q.scheme)},
            {"image", shapeJson(q.plainShape)}, {"members", q.members()}};
  }
  if (startsWith(head, "LEDPAD")) {
    const GuidePad pad = GuidePad::read(path);
    return {{"kind", "guide pad"}, {"guide_side", pad.side()}, {"first_unused", pad.firstIndex()}, {"entries_left", pad.remaining()},
            {"fixed_key", pad.fixed()}};
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
  if (startsWith(head, "LEDPROJ")) {  // the desktop application's working state: entries as text
    Json entries = Json::object();
    for (const auto& [name, value] : readProjectFile(path).values) entries[name] = value;
    return {{"kind", "project"}, {"entries", entries}};
  }
  return {{"kind", "image"}, {"image", shapeJson(readImage(path).shape)}};
}

// One line per field for a person: shapes as WxHxC, lists joined, a project's entries one per line.
void printText(const Json& info) {
  for (const auto& [name, value] : info.items()) {
    if (name == "entries") {
      for (const auto& [entry, text] : value.items()) printLine(entry + " = " + text.get<std::string>());
      continue;
    }
    std::string text;
    if (value.is_object() && value.contains("width"))
      text = format("%dx%dx%d", value["width"].get<int>(), value["height"].get<int>(), value["channels"].get<int>());
    else if (value.is_array())
      for (const Json& item : value) text += (text.empty() ? "" : ", ") + (item.is_object() ? item["name"].get<std::string>() : item.get<std::string>());
    else
      text = value.is_string() ? value.get<std::string>() : value.dump();
    printLine(format("%-16s: %s", name.c_str(), text.c_str()));
  }
}

class Info : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("file", file_, "Key, ciphertext, model, checkpoint, query, guide pad, answer, answer key, guide key, project or image file.")
        ->required();
    app.add_flag("--json", json_, "Print as JSON.");
  }

  int run() override {
    Json info = describe(file_);
    info["file"] = file_;
    if (json_) printJson(info);
    else printText(info);
    return kOk;
  }

 private:
  std::string file_;
  bool json_ = false;
};

}  // namespace

CommandInfo infoCommand() {
  return {{"info"}, "describe any file of the program (key, ciphertext, model, query, pad, answer, project) or an image",
          [] { return std::make_unique<Info>(); }};
}

}  // namespace led::cli
