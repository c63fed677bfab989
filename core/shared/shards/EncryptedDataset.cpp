#include "core/shared/shards/EncryptedDataset.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <regex>
#include <set>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/shared/common/Fingerprint.h"
#include "core/shared/crypto/Sha256.h"

namespace led {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kFormat = "led-encrypted-dataset";
constexpr int kVersion = 2;  // 1: digests of the files alone
constexpr std::size_t kMaxManifest = 64 << 20;
constexpr int kMaxCopies = 1000;

const char* layoutName(InputLayout layout) { return layout == InputLayout::NibblePlanes ? "nibble-planes" : "samples"; }

Json paramsJson(const SchemeParams& p) {
  return {
      {"scheme", schemeName(p.scheme)},          {"block", p.blockSize}, {"split", p.split}, {"reverse", p.reverse}, {"shuffle", p.shuffle},
      {"block_permutation", p.blockPermutation}, {"noise", p.noise}};
}

Json partJson(const DatasetPart& part) {
  Json shards = Json::array();
  for (const DatasetShard& s : part.shards)
    shards.push_back({{"copy", s.copy},
                      {"first", s.first},
                      {"count", s.count},
                      {"inputs", s.inputs},
                      {"inputs_sha256", s.inputsSha256},
                      {"labels", s.labels},
                      {"labels_sha256", s.labelsSha256}});
  return {{"images", part.images}, {"copies", part.copies}, {"shards", shards}};
}

// Reading: every value is checked as it is taken, and a manifest that is not one is BadFile naming it.
struct Reader {
  const std::string& name;

  [[noreturn]] void bad(const Phrase& why) const {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not the manifest of an encrypted dataset: %2"), {name, why}});
  }
  const Json& field(const Json& object, const char* key) const {
    if (!object.is_object() || !object.contains(key)) bad({LED_PHRASE("led", "'%1' is missing"), {std::string(key)}});
    return object.at(key);
  }
  long long whole(const Json& object, const char* key, long long low, long long high) const {
    const Json& v = field(object, key);
    if (!v.is_number_integer() || v.get<long long>() < low || v.get<long long>() > high)
      bad({LED_PHRASE("led", "'%1' should be a whole number from %2 to %3"),
           {std::string(key), std::to_string(low), std::to_string(high)}});
    return v.get<long long>();
  }
  bool flag(const Json& object, const char* key) const {
    const Json& v = field(object, key);
    if (!v.is_boolean()) bad({LED_PHRASE("led", "'%1' should be true or false"), {std::string(key)}});
    return v.get<bool>();
  }
  std::string text(const Json& object, const char* key, std::size_t longest) const {
    const Json& v = field(object, key);
    if (!v.is_string() || v.get<std::string>().size() > longest) bad({LED_PHRASE("led", "'%1' should be a text"), {std::string(key)}});
    return v.get<std::string>();
  }
  std::vector<long long> numbers(const Json& object, const char* key, std::size_t count) const {
    const Json& v = field(object, key);
    if (!v.is_array() || v.size() != count)
      bad({LED_PHRASE("led", "'%1' should hold %2 numbers"), {std::string(key), std::to_string(count)}});
    std::vector<long long> out;
    for (const Json& n : v) {
      if (!n.is_number_integer() || n.get<long long>() < 1 || n.get<long long>() > 65536)
        bad({LED_PHRASE("led", "'%1' should hold sizes"), {std::string(key)}});
      out.push_back(n.get<long long>());
    }
    return out;
  }
};

SchemeParams paramsFrom(const Reader& r, const Json& j) {
  SchemeParams p;
  try {
    p.scheme = parseSchemeName(r.text(j, "scheme", 16));
    p.blockSize = int(r.whole(j, "block", 1, 64));
    p.split = r.flag(j, "split");
    p.reverse = r.flag(j, "reverse");
    p.shuffle = r.flag(j, "shuffle");
    p.blockPermutation = r.flag(j, "block_permutation");
    const Json& noise = r.field(j, "noise");
    if (!noise.is_number()) r.bad(LED_PHRASE("led", "'noise' should be a number"));
    p.noise = noise.get<double>();
    p.validate();
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::BadFile) throw;
    r.bad(e.sentence());
  }
  return p;
}

std::size_t shardsPerCopy(std::size_t images, std::size_t shardSize) { return (images + shardSize - 1) / shardSize; }

bool isHex(const std::string& s, std::size_t length) {
  return s.size() == length && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// The shards of a part, each where the split into shards of shardSize puts it; all of them when complete.
DatasetPart partFrom(const Reader& r, const Json& j, const char* split, std::size_t shardSize, bool complete) {
  DatasetPart part;
  part.images = std::size_t(r.whole(j, "images", 1, 1LL << 32));
  part.copies = int(r.whole(j, "copies", 1, kMaxCopies));
  const std::size_t perCopy = shardsPerCopy(part.images, shardSize);
  const Json& shards = r.field(j, "shards");
  if (!shards.is_array() || shards.size() > perCopy * std::size_t(part.copies))
    r.bad(LED_PHRASE("led", "its shards do not fit its counts"));
  const std::regex fileName(std::string("^") + split + "-c[0-9]{3,4}-s[0-9]{3,6}(-labels)?\\.npy$");
  std::set<std::pair<int, std::size_t>> seen;
  for (const Json& s : shards) {
    DatasetShard shard;
    shard.copy = int(r.whole(s, "copy", 0, part.copies - 1));
    shard.first = std::size_t(r.whole(s, "first", 0, (long long)part.images - 1));
    shard.count = std::size_t(r.whole(s, "count", 1, (long long)shardSize));
    shard.inputs = r.text(s, "inputs", 64);
    shard.inputsSha256 = r.text(s, "inputs_sha256", 64);
    shard.labels = r.text(s, "labels", 64);
    shard.labelsSha256 = r.text(s, "labels_sha256", 64);
    const bool placed = shard.first % shardSize == 0 && shard.count == std::min(shardSize, part.images - shard.first);
    if (!placed || !std::regex_match(shard.inputs, fileName) || !std::regex_match(shard.labels, fileName) ||
        !isHex(shard.inputsSha256, 64) || !isHex(shard.labelsSha256, 64) || !seen.insert({shard.copy, shard.first}).second)
      r.bad({LED_PHRASE("led", "the shard %1 is not where its counts put it"), {shard.inputs}});
    part.shards.push_back(shard);
  }
  if (complete && part.shards.size() != perCopy * std::size_t(part.copies)) r.bad(LED_PHRASE("led", "shards are missing"));
  std::sort(part.shards.begin(), part.shards.end(),
            [](const DatasetShard& a, const DatasetShard& b) { return std::tie(a.copy, a.first) < std::tie(b.copy, b.first); });
  return part;
}

}  // namespace

std::size_t EncryptedDataset::shardsOf(const DatasetPart& part) const {
  return shardsPerCopy(part.images, shardSize) * std::size_t(part.copies);
}

ModelInfo EncryptedDataset::modelInfo(const std::string& architecture) const {
  requireArchitecture(architecture);
  ModelInfo info;
  info.architecture = architecture;
  info.scheme = scheme;
  info.keyFingerprint = keyFingerprint;
  info.dataset = dataset;
  info.classNames = classNames;
  info.imageShape = imageShape;
  info.input = input;
  info.layout = layout;
  return info;
}

std::string EncryptedDataset::settingsText() const {
  return dataset + "; " + (scheme ? scheme->text() + ", key " + formatFingerprint(keyFingerprint) : std::string("plain")) + "; " +
         std::to_string(train.copies) + " copies of " + std::to_string(train.images) + " training images (" + augmentation.text() +
         (seeded ? ", seeded" : "") + "), " + std::to_string(test.images) + " test images; " + std::to_string(shardSize) +
         " images a shard";
}

NpyType EncryptedDataset::storedType() const { return encoding == SampleEncoding::Reals ? NpyType::Float32 : NpyType::UInt8; }

std::vector<std::size_t> EncryptedDataset::storedShape(std::size_t images) const {
  const int channels = encoding == SampleEncoding::Nibbles ? input.channels / 2 : input.channels;  // a byte holds both nibbles
  return {images, std::size_t(channels), std::size_t(input.height), std::size_t(input.width)};
}

std::size_t EncryptedDataset::storedBytes() const {
  return storedValues(input, encoding) * (encoding == SampleEncoding::Reals ? sizeof(float) : 1);
}

std::vector<std::uint8_t> readShardFile(const std::string& path) { return readWholeFile(path, std::size_t(4) << 30); }

std::string shardDigest(bool test, const DatasetShard& shard, bool labels, const std::vector<std::uint8_t>& bytes) {
  const std::string place = std::string("LED shard ") + (test ? "test" : "train") + " copy " + std::to_string(shard.copy) + " first " +
                            std::to_string(shard.first) + (labels ? " labels\n" : " inputs\n");
  Sha256 hash;
  hash.update(place.data(), place.size());
  hash.update(bytes.data(), bytes.size());
  const auto digest = hash.finish();
  return Sha256::hex(digest.data(), digest.size());
}

std::string encodeDatasetManifest(const EncryptedDataset& d, bool complete) {
  Json out{{"format", kFormat}, {"version", kVersion}, {"complete", complete}, {"dataset", d.dataset}, {"encrypted", bool(d.scheme)}};
  if (d.scheme) {
    out["scheme"] = d.scheme->text();
    out["parameters"] = paramsJson(*d.scheme);
    out["key_fingerprint"] = d.keyFingerprint;
  }
  out["image_shape"] = {d.imageShape.height, d.imageShape.width, d.imageShape.channels};
  out["input_shape"] = {d.input.channels, d.input.height, d.input.width};
  out["layout"] = layoutName(d.layout);
  out["stored"] = {{"encoding", encodingName(d.encoding)}, {"dtype", d.encoding == SampleEncoding::Reals ? "float32" : "uint8"}};
  out["classes"] = d.classNames;
  out["augmentation"] = {
      {"crop", d.augmentation.cropPadding}, {"flip", d.augmentation.horizontalFlip}, {"noise", d.augmentation.noise}, {"seeded", d.seeded}};
  out["shard_size"] = d.shardSize;
  out["train"] = partJson(d.train);
  out["test"] = partJson(d.test);
  return out.dump(2) + "\n";
}

EncryptedDataset decodeDatasetManifest(const std::string& text, const std::string& name, bool& complete) {
  const Reader r{name};
  EncryptedDataset d;
  try {
    const Json j = Json::parse(text);
    if (r.text(j, "format", 64) != kFormat) r.bad(LED_PHRASE("led", "it names another format"));
    if (r.whole(j, "version", 0, 1 << 20) != kVersion) r.bad(LED_PHRASE("led", "it is of another version"));
    complete = r.flag(j, "complete");
    d.dataset = r.text(j, "dataset", 256);
    if (r.flag(j, "encrypted")) {
      d.scheme = paramsFrom(r, r.field(j, "parameters"));
      d.keyFingerprint = r.text(j, "key_fingerprint", 16);
      if (!isHex(d.keyFingerprint, 16)) r.bad(LED_PHRASE("led", "'key_fingerprint' should be 16 hex digits"));
    }
    const auto image = r.numbers(j, "image_shape", 3), input = r.numbers(j, "input_shape", 3);
    d.imageShape = {int(image[0]), int(image[1]), int(image[2])};
    d.input = {int(input[0]), int(input[1]), int(input[2])};
    if (d.imageShape.channels != 1 && d.imageShape.channels != 3) r.bad(LED_PHRASE("led", "images have 1 or 3 channels"));
    d.layout = d.scheme ? layoutFor(*d.scheme) : InputLayout::Samples;
    if (r.text(j, "layout", 32) != layoutName(d.layout)) r.bad(LED_PHRASE("led", "'layout' is not its scheme's"));
    d.encoding = encodingOf(d.layout, d.scheme && d.scheme->scheme == SchemeId::Rmt);
    if (r.text(r.field(j, "stored"), "encoding", 16) != encodingName(d.encoding)) r.bad(LED_PHRASE("led", "'stored' is not its scheme's"));
    if (d.input.size() > (std::size_t(1) << 26) || (d.encoding == SampleEncoding::Nibbles && d.input.channels % 2 != 0))
      r.bad(LED_PHRASE("led", "implausible input size"));
    const Json& classes = r.field(j, "classes");
    if (!classes.is_array() || classes.size() < 2 || classes.size() > 1000)
      r.bad(LED_PHRASE("led", "it must name between 2 and 1000 classes"));
    for (const Json& c : classes) {
      if (!c.is_string() || c.get<std::string>().empty() || c.get<std::string>().size() > 256)
        r.bad(LED_PHRASE("led", "a class name is not a text"));
      d.classNames.push_back(c.get<std::string>());
    }
    const Json& a = r.field(j, "augmentation");
    d.augmentation = {int(r.whole(a, "crop", 0, 64)), r.flag(a, "flip"), int(r.whole(a, "noise", 0, 255))};
    d.seeded = r.flag(a, "seeded");
    d.shardSize = std::size_t(r.whole(j, "shard_size", 1, 1 << 24));
    d.train = partFrom(r, r.field(j, "train"), "train", d.shardSize, complete);
    d.test = partFrom(r, r.field(j, "test"), "test", d.shardSize, complete);
    if (d.test.copies != 1) r.bad(LED_PHRASE("led", "the test set is there once"));
  } catch (const nlohmann::json::exception&) {
    r.bad(LED_PHRASE("led", "it is not well-formed JSON"));
  }
  return d;
}

bool isEncryptedDatasetFolder(const std::string& dir) {
  std::error_code error;
  return std::filesystem::is_regular_file(std::filesystem::path(dir) / kDatasetManifest, error) ||
         std::filesystem::is_regular_file(std::filesystem::path(dir) / kDatasetProgress, error);
}

std::optional<EncryptedDataset> unfinishedExport(const std::string& dir) {
  const std::string progress = (std::filesystem::path(dir) / kDatasetProgress).string();
  std::error_code error;
  if (!std::filesystem::is_regular_file(progress, error)) return std::nullopt;
  const std::vector<std::uint8_t> bytes = readWholeFile(progress, kMaxManifest);
  bool complete = false;
  return decodeDatasetManifest(std::string(bytes.begin(), bytes.end()), progress, complete);
}

EncryptedDataset readEncryptedDataset(const std::string& dir) {
  const std::string manifest = (std::filesystem::path(dir) / kDatasetManifest).string();
  std::error_code error;
  if (!std::filesystem::is_regular_file(manifest, error)) {
    if (const auto unfinished = unfinishedExport(dir)) {
      const std::size_t written = unfinished->train.shards.size() + unfinished->test.shards.size();
      const std::size_t all = unfinished->shardsOf(unfinished->train) + unfinished->shardsOf(unfinished->test);
      fail(ErrorKind::BadFile,
           {LED_PHRASE("led",
                       "%1 is an unfinished export: %2 of %3 shards are written; run the same led dataset encrypt again to finish it"),
            {dir, std::to_string(written), std::to_string(all)}});
    }
    fail(ErrorKind::Io, {LED_PHRASE("led", "%1 is not an encrypted dataset: it has no %2"), {dir, std::string(kDatasetManifest)}});
  }
  const std::vector<std::uint8_t> bytes = readWholeFile(manifest, kMaxManifest);
  bool complete = false;
  EncryptedDataset d = decodeDatasetManifest(std::string(bytes.begin(), bytes.end()), manifest, complete);
  if (!complete) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 says it is unfinished"), {manifest}});
  return d;
}

}  // namespace led
