#include "core/user/data/DatasetExport.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <set>
#include <tuple>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/user/data/ModelInput.h"
#include "core/shared/random/RandomSource.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "core/shared/shards/Npy.h"

namespace led {
namespace {

namespace fs = std::filesystem;

std::string shardName(bool test, int copy, std::size_t number, bool labels) {
  char name[64];
  std::snprintf(name, sizeof name, "%s-c%03d-s%03zu%s.npy", test ? "test" : "train", copy, number, labels ? "-labels" : "");
  return name;
}

// What the export will be, before any shard: everything the manifest says but the shards.
EncryptedDataset describe(const Dataset& train, const Dataset& test, const std::optional<Key>& key, const ExportPlan& plan,
                          const ModelInput& input) {
  EncryptedDataset d;
  d.dataset = train.name;
  if (key) {
    d.scheme = key->spec().params;
    d.keyFingerprint = key->fingerprint();
  }
  d.imageShape = train.shape;
  d.input = input.shape();
  d.layout = input.layout();
  d.encoding = encodingOf(d.layout, input.cipher() && input.cipher()->realValued());
  d.classNames = train.classNames;
  d.augmentation = plan.augmentation;
  d.seeded = plan.seed.has_value();
  d.shardSize = plan.shardSize;
  d.train = {train.size(), plan.copies, {}};
  d.test = {test.size(), 1, {}};
  return d;
}

// The stream a shard's augmentation draws from: its own, so a resumed export needs no earlier state.
std::unique_ptr<RandomSource> shardRandom(const ExportPlan& plan, int copy, std::size_t number) {
  if (!plan.seed) return StreamRandom::fromOs();
  return std::make_unique<StreamRandom>(*plan.seed * 1000003u + std::uint64_t(copy) * 100003u + number);
}

class Exporter {
 public:
  Exporter(const DatasetSplit& data, const std::optional<Key>& key, const ExportPlan& plan, std::string dir)
      : train_(data.train.head(plan.trainLimit)),
        test_(data.test.head(plan.testLimit)),
        cipher_(key ? std::shared_ptr<const Cipher>(makeCipher(*key)) : nullptr),
        input_(cipher_, train_.shape),
        plan_(plan),
        dir_(std::move(dir)),
        dataset_(describe(train_, test_, key, plan, input_)) {}

  EncryptedDataset& dataset() { return dataset_; }

  // The shards an earlier attempt left that still read back as written; others are written again.
  std::size_t keepFrom(const EncryptedDataset& earlier) {
    if (earlier.settingsText() != dataset_.settingsText() || earlier.input != dataset_.input)
      fail(ErrorKind::Mismatch,
           {LED_PHRASE("led", "%1 holds an unfinished export of other settings (%2); remove it or choose another folder"),
            {dir_, earlier.settingsText()}});
    std::size_t kept = 0;
    for (bool test : {false, true})
      for (const DatasetShard& s : (test ? earlier.test : earlier.train).shards)
        if (intact(test, s)) {
          (test ? dataset_.test : dataset_.train).shards.push_back(s);
          done_.insert(key(test, s.copy, s.first / plan_.shardSize));
          ++kept;
        }
    return kept;
  }

  bool isDone(bool test, int copy, std::size_t number) const { return done_.count(key(test, copy, number)) > 0; }

  void write(bool test, int copy, std::size_t number) {
    const Dataset& data = test ? test_ : train_;
    const std::size_t first = number * plan_.shardSize, count = std::min(plan_.shardSize, data.size() - first);
    const std::size_t bytes = dataset_.storedBytes();
    NpyArray inputs{dataset_.storedType(), dataset_.storedShape(count), std::vector<std::uint8_t>(count * bytes)};
    NpyArray labels{NpyType::Int64, {count}, std::vector<std::uint8_t>(count * sizeof(std::int64_t))};
    const std::unique_ptr<RandomSource> random = shardRandom(plan_, test ? -1 : copy, number);
    const bool augmenting = !test && plan_.augmentation.any();
    Ciphertext ciphertext;
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t index = first + i;
      const Image plain = augmenting ? augment(data.samples(index), data.shape, plan_.augmentation, *random) : data.image(index);
      if (cipher_)
        cipher_->encrypt(plain, ciphertext);
      else
        ciphertext = Ciphertext::fromImage(plain);
      storeCiphertext(ciphertext, dataset_.encoding, inputs.data.data() + i * bytes);
      const std::int64_t label = data.labels[index];
      std::memcpy(labels.data.data() + i * sizeof label, &label, sizeof label);
    }
    DatasetShard shard{test ? 0 : copy, first, count, shardName(test, copy, number, false), {}, shardName(test, copy, number, true), {}};
    shard.inputsSha256 = writeArray(test, shard, false, inputs);
    shard.labelsSha256 = writeArray(test, shard, true, labels);
    (test ? dataset_.test : dataset_.train).shards.push_back(shard);
    done_.insert(key(test, copy, number));
    writeManifest(false);
  }

  // progress.json after every shard; manifest.json, the sign of a finished export, last of all.
  void writeManifest(bool complete) const {
    const std::string text = encodeDatasetManifest(dataset_, complete);
    writeFileAtomically(path(complete ? kDatasetManifest : kDatasetProgress), std::vector<std::uint8_t>(text.begin(), text.end()), 0644);
  }

  std::string path(const std::string& name) const { return (fs::path(dir_) / name).string(); }

 private:
  static std::tuple<bool, int, std::size_t> key(bool test, int copy, std::size_t number) { return {test, copy, number}; }

  bool intact(bool test, const DatasetShard& s) const {
    for (bool labels : {false, true}) {
      const std::string& file = labels ? s.labels : s.inputs;
      std::error_code error;
      if (!fs::is_regular_file(path(file), error) ||
          shardDigest(test, s, labels, readShardFile(path(file))) != (labels ? s.labelsSha256 : s.inputsSha256))
        return false;
    }
    return true;
  }

  std::string writeArray(bool test, const DatasetShard& shard, bool labels, const NpyArray& array) const {
    const std::vector<std::uint8_t> bytes = encodeNpy(array);
    writeFileAtomically(path(labels ? shard.labels : shard.inputs), bytes, 0644);
    return shardDigest(test, shard, labels, bytes);
  }

  Dataset train_, test_;
  std::shared_ptr<const Cipher> cipher_;
  ModelInput input_;
  ExportPlan plan_;
  std::string dir_;
  EncryptedDataset dataset_;
  std::set<std::tuple<bool, int, std::size_t>> done_;
};

}  // namespace

ExportResult exportEncryptedDataset(const DatasetSplit& data, const std::optional<Key>& key, const ExportPlan& plan, const std::string& dir,
                                    const std::function<void(const ExportProgress&)>& progress, const std::atomic<bool>& cancel) {
  if (plan.copies < 1 || plan.copies > 1000)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "an export has from 1 to 1000 copies of the training set"));
  if (plan.shardSize < 1) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a shard holds at least one image"));
  std::error_code error;
  if (fs::is_regular_file(fs::path(dir) / kDatasetManifest, error))
    fail(ErrorKind::Io, {LED_PHRASE("led", "%1 already holds an encrypted dataset; choose another folder"), {dir}});
  fs::create_directories(dir, error);
  if (!fs::is_directory(dir, error)) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot create the folder %1"), {dir}});
  Exporter exporter(data, key, plan, dir);
  ExportResult result;
  if (const auto earlier = unfinishedExport(dir)) result.kept = exporter.keepFrom(*earlier);
  EncryptedDataset& d = exporter.dataset();
  ExportProgress shown{result.kept, d.shardsOf(d.train) + d.shardsOf(d.test)};
  for (bool test : {false, true}) {
    const DatasetPart& part = test ? d.test : d.train;
    const std::size_t perCopy = d.shardsOf(part) / std::size_t(part.copies);
    for (int copy = 0; copy < part.copies; ++copy)
      for (std::size_t number = 0; number < perCopy; ++number) {
        if (exporter.isDone(test, copy, number)) continue;
        if ((result.cancelled = cancel.load())) return result;
        exporter.write(test, copy, number);
        ++result.written;
        ++shown.done;
        if (progress) progress(shown);
      }
  }
  for (DatasetPart* part : {&d.train, &d.test})
    std::sort(part->shards.begin(), part->shards.end(),
              [](const DatasetShard& a, const DatasetShard& b) { return std::tie(a.copy, a.first) < std::tie(b.copy, b.first); });
  exporter.writeManifest(true);
  fs::remove(exporter.path(kDatasetProgress), error);
  result.dataset = d;
  return result;
}

}  // namespace led
