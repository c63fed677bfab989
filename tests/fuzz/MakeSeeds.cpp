// Writes one valid file per format into FOLDER/<format>/, the seed corpus of the fuzz targets.
#include <atomic>
#include <filesystem>
#include <fstream>

#include "core/shared/common/AtomicFile.h"
#include "core/user/data/DatasetExport.h"
#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/user/query/Compose.h"
#include "core/shared/deniable/Query.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/shared/learn/Classifier.h"
#include "core/user/project/ProjectFile.h"
#include "core/user/imageio/CiphertextFile.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const std::filesystem::path root = argv[1];
  for (const char* format : {"key", "ciphertext", "query", "request", "image", "pad", "answer", "answer-key", "guide-key", "idx", "cifar",
                             "project", "model", "manifest", "http-head"})
    std::filesystem::create_directories(root / format);
  const auto at = [&](const char* format, const std::string& name) { return (root / format / name).string(); };
  StreamRandom random(1);  // seeds for fuzzing only, never keys anyone uses
  OsRandom os;
  const ImageShape shape{8, 8, 3};
  Image image(shape);
  random.fill(image.data.data(), image.data.size());
  for (SchemeId id : allSchemes()) {
    const Key key = generateKey({SchemeParams::defaults(id), shape}, random);
    writeKeyFile(at("key", schemeName(id)), key);
    writeCiphertextFile(at("ciphertext", schemeName(id)), {id, shape, makeCipher(key)->encrypt(image)});
  }
  writeFileAtomically(at("image", "seed.png"), encodeImage(image, ".png"), 0644);
  writeFileAtomically(at("image", "seed.jpg"), encodeImage(image, ".jpg"), 0644);
  writeFileAtomically(at("image", "seed.bmp"), encodeImage(image, ".bmp"), 0644);
  const std::string pad = at("pad", "seed");
  GuidePad::generate(16, 2, os).write(pad);
  const std::string scratchPad = (root / "scratch.ledpad").string();
  GuidePad::generate(16, 2, os).write(scratchPad);
  const PadEntry entry = GuidePad::takeNext(scratchPad);
  std::filesystem::remove(scratchPad);
  const Key key = generateKey({SchemeParams::defaults(SchemeId::Le), shape}, random);
  const ComposedQuery query = composeNormal(image, image, {key}, entry, random);
  writeQueryFile(at("query", "seed"), query.query);
  writeQueryFile(at("request", "seed"), query.query);  // fuzz-request makes it name its own pad
  std::ofstream(at("http-head", "query"))
      << "POST /v1/query HTTP/1.1\r\nHost: cloud\r\nContent-Length: 1234\r\nConnection: keep-alive\r\n\r\n";
  std::ofstream(at("http-head", "log")) << "GET /v1/log?from=7 HTTP/1.0\r\nExpect: 100-continue\r\n\r\n";
  writeAnswerFile(at("answer", "seed"),
                  sealAnswer({AnswerSlot{1, 0.5f}, AnswerSlot{0, 0.25f}}, entry, queryDigest(query.query), {"a", "b"}));
  writeAnswerKeyFile(at("answer-key", "seed"), {entry.index, entry.answerKey});
  writeGuideKeyFile(at("guide-key", "seed"), {entry.index, 16, entry.key});
  Project project;
  project.set("scramble.image", "sample:dog");
  project.set("train.epochs", "10");
  project.set("window.page", "Query");
  writeProjectFile(at("project", "seed"), project);
  // An encrypted dataset of four 8x8 images in two shards; its manifest is the seed.
  DatasetSplit data;
  for (Dataset* part : {&data.train, &data.test}) {
    part->name = "fuzz seeds";
    part->shape = shape;
    part->classNames = {"a", "b"};
    part->labels = {0, 1, 1, 0};
    part->pixels.resize(4 * shape.samples());
    random.fill(part->pixels.data(), part->pixels.size());
  }
  ExportPlan plan;
  plan.copies = 2;
  plan.shardSize = 2;
  plan.seed = 1;
  const std::string exported = (root / "scratch-dataset").string();
  const std::atomic<bool> never{false};
  exportEncryptedDataset(data, key, plan, exported, {}, never);
  std::filesystem::copy_file(std::filesystem::path(exported) / kDatasetManifest, at("manifest", "seed"));
  std::filesystem::remove_all(exported);
  // An untrained baseline for 8x8 gray images: the smallest model file the program writes.
  ModelInfo info;
  info.dataset = "fuzz seeds";
  info.classNames = {"a", "b"};
  info.imageShape = {8, 8, 1};
  info.input = {1, 8, 8};
  Classifier(info, 1).save(at("model", "seed"));
  std::vector<std::uint8_t> idx{0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 4, 0, 0, 0, 4};
  idx.resize(idx.size() + 32, 7);
  writeFileAtomically(at("idx", "seed"), idx, 0644);
  std::vector<std::uint8_t> cifar(2 * (1 + 3 * 32 * 32), 9);
  cifar[0] = 1;
  writeFileAtomically(at("cifar", "seed"), cifar, 0644);
  return 0;
}
