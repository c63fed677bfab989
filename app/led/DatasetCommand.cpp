// led dataset encrypt: a dataset as the cloud will train on it, without the key: augmented copies of the
// training set and the test set, encrypted with the user's key (or plain), laid out as a model reads
// them, in checksummed NumPy shards beside a manifest. Ctrl+C stops after the shard being written; the
// same command finishes an interrupted export.
#include <unistd.h>

#include <cstdio>

#include "app/command/Interrupt.h"
#include "app/command/Validators.h"
#include "app/led/KeyCommand.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/user/data/DatasetExport.h"
#include "core/user/data/DatasetSource.h"

namespace led::cli {
namespace {

class DatasetEncrypt : public KeyCommand {
 public:
  DatasetEncrypt() : KeyCommand("Encrypt with this key (the cloud trains without it).", false) {}

  void defineOptions(CLI::App& app) override {
    addDatasetOption(app, dataset_);
    auto* plain = app.add_flag("--plain", plain_, "Export plain images the same way, for a plain model to compare with.");
    keyOption()->excludes(plain);
    app.add_option("-o,--output", output_, "The folder to write (shards and manifest.json).")->required();
    app.add_option("--copies", copies_,
                   "Augmented copies of the training set (default 10): training epoch e reads copy (e - 1) mod copies.")
        ->check(wholeNumber(1, 1000));
    preparation_.add(app, 8);
    app.add_option("--shard-size", shardSize_, "Images a shard (default 10000).")->check(wholeNumber(1, 1 << 24));
    seed_.add(app, "DEMO ONLY: reproducible augmentation from this number.");
  }

  const char* jsonHelp() const override { return "Print the dataset's description as JSON."; }

  Json runWithKey(const std::optional<Key>& key) override {
    if (!key && !plain_) usageError("give the key to encrypt with (--key), or --plain");
    const Preparation preparation = preparation_.preparation();
    const DatasetSplit data = loadDataset(dataset_);
    ExportPlan plan;
    plan.copies = copies_;
    plan.augmentation = preparation.augmentationFor(data.train.shape);
    plan.shardSize = shardSize_;
    plan.trainLimit = preparation.trainLimit;
    plan.testLimit = preparation.testLimit;
    plan.seed = seed_.value();
    const StopOnInterrupt stop;
    const bool terminal = isatty(STDERR_FILENO);  // a log file gets one line a shard, a terminal one line in all
    const ExportResult r = exportEncryptedDataset(
        data, key, plan, output_,
        [terminal](const ExportProgress& p) {
          std::fprintf(stderr, terminal ? "\rshard %zu of %zu" : "shard %zu of %zu\n", p.done, p.shards);
          if (terminal && p.done == p.shards) std::fputc('\n', stderr);
        },
        stop.requested());
    if (r.cancelled && terminal) std::fputc('\n', stderr);  // ends the shard counter's line
    if (r.cancelled) throw Stopped("stopped; " + output_ + " holds the shards written so far: run the same command again to finish it");
    const EncryptedDataset& d = r.dataset;
    return {{"dataset", output_},
            {"description", d.settingsText()},
            {"key", d.keyFingerprint},
            {"copies", d.train.copies},
            {"train_images", d.train.images},
            {"test_images", d.test.images},
            {"shards", d.train.shards.size() + d.test.shards.size()},
            {"written", r.written},
            {"kept", r.kept}};
  }

  std::string text(const Json& r) const override {
    const std::size_t kept = r["kept"];
    return r["dataset"].get<std::string>() + ": " + r["description"].get<std::string>() +
           (kept ? format(" (%zu shards kept from the interrupted export)", kept) : "");
  }

 private:
  std::string dataset_, output_;
  bool plain_ = false;
  int copies_ = 10;
  std::size_t shardSize_ = 10000;
  PreparationOptions preparation_;
  SeedOption seed_;
};

}  // namespace

CommandInfo datasetEncryptCommand() {
  return {{"dataset", "encrypt"}, "write a dataset as the cloud trains on it: augmented, encrypted, laid out, no key", [] {
            return std::make_unique<DatasetEncrypt>();
          }};
}

}  // namespace led::cli
