// led evaluate table1 | models: the LED paper's Table 1 and Fig. 7 on any dataset: a plain model, n
// models on images encrypted with n keys, their ensemble by summed probabilities and by vote, and
// optionally one model per other scheme. Models already in the output folder are reused, so a run can
// be resumed; `models` draws the ensemble curve again from the keyed models a folder holds.
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/TrainingOptions.h"
#include "app/command/Validators.h"
#include "app/led/LearningCommands.h"
#include "app/led/Options.h"
#include "core/shared/common/Error.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/models/Ensemble.h"
#include "core/user/models/EnsembleTraining.h"
#include "core/user/chart/LineChart.h"

namespace led::cli {
namespace {

namespace fs = std::filesystem;

std::string stemIn(const std::string& dir, const std::string& scheme, int index) {
  return (fs::path(dir) / (scheme + "-" + std::to_string(index + 1))).string();
}

// The model at `stem`.ledmodel with its key at `stem`.ledkey, when it is there and fits the run.
std::optional<TrainedModel> kept(const std::string& stem, const std::string& dataset, const TrainConfig& config, bool keyed) {
  if (!fs::exists(stem + ".ledmodel")) return std::nullopt;
  Classifier model = Classifier::load(stem + ".ledmodel");
  std::optional<Key> key = keyed ? std::optional<Key>(readKeyFile(stem + ".ledkey")) : std::nullopt;
  requireModelKey(model.info(), fingerprintOf(key));
  if (model.info().architecture != config.architecture || model.info().dataset != dataset)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "%1 is %2; remove it or use another --out-dir"), {stem + ".ledmodel", model.info().describe()}});
  std::fprintf(stderr, "reusing %s.ledmodel\n", stem.c_str());
  return TrainedModel{std::move(model), std::move(key)};
}

// Trains (or reuses) `plan.models` models named by `stemOf`, saving each with its key as it is trained.
std::vector<TrainedModel> modelsAt(const std::function<std::string(int)>& stemOf, const DatasetSplit& data, const EnsemblePlan& plan) {
  EnsembleCallbacks callbacks;
  callbacks.existing = [&](int i) { return kept(stemOf(i), data.train.name, plan.training, bool(plan.scheme)); };
  callbacks.memberStarted = [&](int i, int, const std::optional<Key>&) {
    std::fprintf(stderr, "training %s.ledmodel\n", stemOf(i).c_str());
  };
  callbacks.memberTrained = [&](int i, const TrainedModel& m) {
    m.model.save(stemOf(i) + ".ledmodel");
    if (m.key) writeKeyFile(stemOf(i) + ".ledkey", *m.key);
  };
  callbacks.training.epochDone = [](const EpochMetrics& m) {
    std::fprintf(stderr, "  epoch %d: test accuracy %.2f %%, %.0f s\n", m.epoch, 100 * m.testAccuracy, m.seconds);
  };
  OsRandom keys;
  const std::atomic<bool> never{false};
  return trainEnsemble(data, plan, std::nullopt, keys, callbacks, never).members;
}

// The ensemble's accuracy by number of models, as models.csv holds it.
std::string curveCsv(const Json& sum, const Json& vote) {
  std::string csv = "models,sum,vote\n";
  for (std::size_t n = 0; n < sum.size(); ++n) csv += format("%zu,%.4f,%.4f\n", n + 1, sum[n].get<double>(), vote[n].get<double>());
  return csv;
}

// Table 1 as table1.md holds it.
std::string table1Markdown(const Json& rows) {
  std::string markdown = "| model | test accuracy |\n|---|---:|\n";
  for (const Json& r : rows)
    markdown += format("| %s | %.2f %% |\n", r["model"].get<std::string>().c_str(), 100 * r["test_accuracy"].get<double>());
  return markdown;
}

// models.csv and models.png: accuracy of the ensemble of the first n models, n = 1..N (Fig. 7).
void writeEnsembleCurve(const std::string& dir, const EnsembleCurve& curve, const std::string& title) {
  ChartSeries sum{LED_PHRASE("led", "summed probabilities"), {}, {}}, vote{LED_PHRASE("led", "majority vote"), {}, {}};
  for (std::size_t n = 0; n < curve.sum.size(); ++n) {
    sum.x.push_back(double(n + 1));
    vote.x.push_back(double(n + 1));
    sum.y.push_back(100 * curve.sum[n]);
    vote.y.push_back(100 * curve.vote[n]);
  }
  writeTextFile(dir + "/models.csv", curveCsv(curve.sum, curve.vote));
  writeLineChart(dir + "/models.png", title, "number of models", "test accuracy (%)", {sum, vote});
}

std::vector<EnsembleMember> membersOf(const std::vector<TrainedModel>& models) {
  std::vector<EnsembleMember> members;
  for (const TrainedModel& m : models) members.push_back({&m.model, m.key});
  return members;
}

class Table1 : public Command {
 public:
  explicit Table1(bool train) : train_(train) {}

  void define(CLI::App& app) override {
    addDatasetOption(app, dataset_);
    app.add_option("--scheme", scheme_, "The scheme of the keyed models (default le).")->check(oneOf(schemeNames()));
    app.add_option("--out-dir", outDir_, "Folder for the models, keys, table1.csv, table1.md, models.csv and models.png.")->required();
    if (!train_) {
      app.add_option("--limit-test", testLimit_, "Use only the first n test images.")->check(wholeNumber(1, 1LL << 40));
      return;
    }
    app.add_option("--models", models_, "How many keyed models for the ensemble (default 3; the paper used 20).")
        ->check(wholeNumber(1, 100));
    app.add_option("--compare", compare_, "Also one model for each of these schemes, e.g. ele,etc,pe,rmt.");
    training_.add(app, 10);
    preparation_.add(app);
  }

  const char* jsonHelp() const override { return "Print the results as JSON."; }

  Json run() override {
    const std::vector<SchemeParams> compared = comparedSchemes();
    makeFolder(outDir_);
    const DatasetSplit data = loadDataset(dataset_);
    const Preparation preparation = train_ ? preparation_.preparation() : Preparation{{}, 0, 0, testLimit_};
    const Dataset test = data.test.head(preparation.testLimit);
    const std::string title = scheme_ + " models on " + test.name;
    if (!train_) {
      std::vector<TrainedModel> models;
      for (int i = 0; fs::exists(stemIn(outDir_, scheme_, i) + ".ledmodel"); ++i) {
        Classifier model = Classifier::load(stemIn(outDir_, scheme_, i) + ".ledmodel");
        Key key = readKeyFile(stemIn(outDir_, scheme_, i) + ".ledkey");
        requireModelKey(model.info(), key.fingerprint());
        models.push_back({std::move(model), std::move(key)});
      }
      if (models.empty()) fail(ErrorKind::Io, {LED_PHRASE("led", "%1 does not exist"), {stemIn(outDir_, scheme_, 0) + ".ledmodel"}});
      const EnsembleCurve curve = evaluateEnsemble(membersOf(models), test);
      writeEnsembleCurve(outDir_, curve, title);
      return {{"dataset", test.name}, {"models", models.size()}, {"ensemble_sum", curve.sum}, {"ensemble_vote", curve.vote}};
    }

    EnsemblePlan plan{std::nullopt, 1, training_.config(), preparation};
    const auto plain = modelsAt([&](int) { return (fs::path(outDir_) / "plain").string(); }, data, plan);
    plan.scheme = SchemeParams::defaults(parseSchemeName(scheme_));
    plan.models = models_;
    const auto keyed = modelsAt([&](int i) { return stemIn(outDir_, scheme_, i); }, data, plan);
    const EnsembleCurve curve = evaluateEnsemble(membersOf(keyed), test);
    const auto row = [](const std::string& model, double accuracy) { return Json{{"model", model}, {"test_accuracy", accuracy}}; };
    Json rows{row("plain", evaluateOnImages(plain.front().model, test, std::nullopt).accuracy), row(scheme_ + ", one model", curve.sum[0]),
              row(format("%s, ensemble of %d, summed probabilities", scheme_.c_str(), models_), curve.sum.back()),
              row(format("%s, ensemble of %d, majority vote", scheme_.c_str(), models_), curve.vote.back())};
    for (const SchemeParams& other : compared) {
      const std::string name = schemeName(other.scheme);
      plan.scheme = other;
      plan.models = 1;
      const auto model = modelsAt([&](int) { return stemIn(outDir_, name, 0); }, data, plan);
      rows.push_back(row(name + ", one model", evaluateOnImages(model.front().model, test, model.front().key).accuracy));
    }
    writeTables(rows);
    writeEnsembleCurve(outDir_, curve, title);
    return {{"dataset", test.name},
            {"architecture", plan.training.architecture},
            {"epochs", plan.training.epochs},
            {"out_dir", outDir_},
            {"rows", rows},
            {"ensemble_sum", curve.sum},
            {"ensemble_vote", curve.vote}};
  }

  // models: the curve as models.csv holds it; table1: Table 1, then the curve.
  std::string text(const Json& r) const override {
    const std::string curve = curveCsv(r["ensemble_sum"], r["ensemble_vote"]);
    if (!r.contains("rows")) return curve.substr(0, curve.size() - 1);
    return table1Markdown(r["rows"]) + "\nensemble accuracy by number of models (" + r["out_dir"].get<std::string>() + "/models.csv):\n" +
           curve.substr(0, curve.size() - 1);
  }

 private:
  static std::vector<std::string> schemeNames() {
    std::vector<std::string> names;
    for (SchemeId id : allSchemes()) names.push_back(schemeName(id));
    return names;
  }

  std::vector<SchemeParams> comparedSchemes() const {
    std::vector<SchemeParams> out;
    std::stringstream in(compare_);
    for (std::string name; std::getline(in, name, ',');) {
      if (name.empty()) continue;
      try {
        out.push_back(SchemeParams::defaults(parseSchemeName(name)));
      } catch (const Error& e) {
        usageError(std::string("--compare: ") + e.what());
      }
    }
    return out;
  }

  void writeTables(const Json& rows) const {
    std::string csv = "model,test_accuracy\n";
    for (const Json& r : rows) csv += format("\"%s\",%.4f\n", r["model"].get<std::string>().c_str(), r["test_accuracy"].get<double>());
    writeTextFile(outDir_ + "/table1.csv", csv);
    writeTextFile(outDir_ + "/table1.md", table1Markdown(rows));
  }

  bool train_;
  std::string dataset_, scheme_ = "le", outDir_, compare_;
  int models_ = 3;
  std::size_t testLimit_ = 0;
  TrainingOptions training_;
  PreparationOptions preparation_;
};

}  // namespace

std::unique_ptr<Command> makeTable1Command() { return std::make_unique<Table1>(true); }
std::unique_ptr<Command> makeModelsCommand() { return std::make_unique<Table1>(false); }

}  // namespace led::cli
