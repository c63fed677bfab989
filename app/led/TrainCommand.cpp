// led train: classifiers on plain or encrypted images, the key at hand (each image augmented, encrypted
// and laid out as it is fed), with a line per epoch; Ctrl+C stops within a batch and keeps the last
// checkpoint. --models n trains an ensemble, each model with its own key.
#include <cstdio>
#include <filesystem>

#include "app/command/Interrupt.h"
#include "app/command/TrainingOptions.h"
#include "app/command/TrainingOutput.h"
#include "app/command/Validators.h"
#include "app/led/KeyCommand.h"
#include "app/led/LearningCommands.h"
#include "app/led/Options.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/models/EnsembleTraining.h"

namespace led::cli {
namespace {

class Train : public KeyCommand {
 public:
  Train() : KeyCommand("Train on images encrypted with this key; without it (and without --scheme), on plain images.", false) {}

  void defineOptions(CLI::App& app) override {
    addDatasetOption(app, dataset_);
    scheme_.add(app);
    app.add_option("--models", models_,
                   "An ensemble of this many models, each with its own key (fresh keys from the OS generator "
                   "beside the models; the first is --key when given).")
        ->check(wholeNumber(1, 100));
    training_.add(app, 10);
    preparation_.add(app);
    app.add_option("--checkpoint", checkpoint_, "Rewrite this checkpoint after every epoch (one model only).");
    app.add_option("--resume", resume_, "Continue from this checkpoint (one model only).");
    app.add_option("-o,--output", output_, "Model file to write (an ensemble: also NAME-2.ledmodel, ... with their keys).")->required();
    schemeGiven_ = app.get_option("--scheme");
  }

  const char* jsonHelp() const override { return "Print the history as JSON at the end."; }

  Json runWithKey(const std::optional<Key>& key) override {
    EnsemblePlan plan;
    plan.models = models_;
    plan.training = training_.config();
    plan.training.checkpointPath = checkpoint_;
    plan.preparation = preparation_.preparation();
    if (models_ > 1 && (!checkpoint_.empty() || !resume_.empty())) usageError("--checkpoint and --resume train one model");
    if (key)
      plan.scheme = key->spec().params;
    else if (schemeGiven_->count() > 0)
      plan.scheme = scheme_.params();
    plan.training.validate();
    const DatasetSplit data = loadDataset(dataset_);
    std::fprintf(stderr, "training %d %s model(s) on %s, %s, on %s\n", models_, plan.training.architecture.c_str(), data.train.name.c_str(),
                 plan.scheme ? ("encrypted with " + plan.scheme->text()).c_str() : "plain", trainingDevice(plan.training).c_str());

    EnsembleCallbacks callbacks;
    callbacks.memberStarted = [](int index, int count, const std::optional<Key>& k) {
      if (count > 1 || k) std::fprintf(stderr, "model %d of %d%s\n", index + 1, count, k ? (", key " + k->shortFingerprint()).c_str() : "");
    };
    Json history = Json::array();
    callbacks.training.epochDone = [&](const EpochMetrics& m) {
      progress(epochText(m, plan.training.epochs));
      history.push_back(epochJson(m));
    };
    const StopOnInterrupt stop;
    EnsembleRun run;
    if (resume_.empty()) {
      OsRandom keys;
      run = trainEnsemble(data, plan, key, keys, callbacks, stop.requested());
    } else {
      TrainResult r = trainOnImages(data, key, plan.training, plan.preparation, callbacks.training, stop.requested(), resume_);
      run.cancelled = r.cancelled;
      if (!r.cancelled) run.members.push_back({std::move(r.model), key});
    }
    if (run.cancelled) throw Stopped(cancelledText(checkpoint_));
    Json files = Json::array();
    for (std::size_t i = 0; i < run.members.size(); ++i) {
      const std::string model = i == 0 ? output_ : memberPath(output_, int(i), ".ledmodel");
      run.members[i].model.save(model);
      files.push_back(model);
      if (run.members[i].key && !(i == 0 && key)) {
        writeKeyFile(memberPath(model, 0, ".ledkey"), *run.members[i].key);
        files.push_back(memberPath(model, 0, ".ledkey"));
      }
    }
    const Classifier& first = run.members.front().model;
    return {{"model", output_},
            {"files", files},
            {"description", first.info().describe()},
            {"parameters", first.parameterCount()},
            {"device", trainingDevice(plan.training)},
            {"test_accuracy", history.back()["test_accuracy"]},
            {"history", history}};
  }

  std::string text(const Json& r) const override {
    return format("wrote %s; test accuracy %.2f %%", valueText(r["files"]).c_str(), 100 * r["test_accuracy"].get<double>());
  }

 private:
  std::string dataset_, checkpoint_, resume_, output_;
  SchemeOptions scheme_;
  CLI::Option* schemeGiven_ = nullptr;
  int models_ = 1;
  TrainingOptions training_;
  PreparationOptions preparation_;
};

}  // namespace

std::unique_ptr<Command> makeTrainCommand() { return std::make_unique<Train>(); }

}  // namespace led::cli
