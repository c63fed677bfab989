// led evaluate misuse | sweep: Sharma & Chen's measures that need models. misuse: visual privacy and
// model mis-usability of the keyed models led evaluate table1 left in a folder, against its plain model.
// sweep: their calibration, over block sizes and noise levels, training a model per setting, with the
// three curves as PNG.
#include <cstdio>
#include <filesystem>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/TrainingOptions.h"
#include "app/command/Validators.h"
#include "app/led/LearningCommands.h"
#include "app/led/Options.h"
#include "core/shared/common/Error.h"
#include "core/shared/common/NumberList.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/privacy/Calibration.h"
#include "core/user/privacy/VisualPrivacy.h"
#include "core/user/chart/LineChart.h"

namespace led::cli {
namespace {

namespace fs = std::filesystem;

class Misuse : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--out-dir", dir_, "A folder of led evaluate table1: plain.ledmodel and SCHEME-N.ledmodel with SCHEME-N.ledkey.")
        ->required();
    addDatasetOption(app, dataset_);
    app.add_option("--limit-test", testLimit_, "Use only the first n test images.")->check(wholeNumber(1, 1LL << 40));
  }

  Json run() override {
    const Classifier plain = Classifier::load((fs::path(dir_) / "plain.ledmodel").string());
    const Dataset test = loadDataset(dataset_).test.head(testLimit_);
    std::vector<fs::path> models;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      const fs::path p = entry.path();
      if (p.extension() == ".ledmodel" && p.stem().string().find('-') != std::string::npos &&
          fs::exists(fs::path(p).replace_extension(".ledkey")))
        models.push_back(p);
    }
    std::sort(models.begin(), models.end());
    if (models.empty())
      fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 holds no keyed model with its key (SCHEME-N.ledmodel and .ledkey)"), {dir_}});
    Json rows = Json::array();
    for (const fs::path& model : models) {
      const Key key = readKeyFile(fs::path(model).replace_extension(".ledkey").string());
      const PrivacyMeasures m = measurePrivacy(plain, Classifier::load(model.string()), key, test);
      const std::string stem = model.stem().string();
      rows.push_back({{"model", stem},
                      {"examiner_accuracy", m.examinerAccuracy},
                      {"visual_privacy", m.visualPrivacy},
                      {"misusability", m.misusability}});
    }
    return {{"models", rows}, {"test_images", test.size()}};
  }

  std::string text(const Json& r) const override {
    return markdownTable(r["models"], {{"model", "model"},
                                       {"examiner accuracy on ciphertexts", "examiner_accuracy", 2, true},
                                       {"visual privacy", "visual_privacy", 4},
                                       {"mis-usability (on plain images)", "misusability", 2, true}});
  }

 private:
  std::string dir_, dataset_;
  std::size_t testLimit_ = 0;
};

// One chart per measure: the measure against block size, a line per noise level (Sharma & Chen, Figs. 5-7).
void writeCurves(const std::string& dir, const CalibrationResult& result, const std::string& scheme) {
  for (CalibrationMeasure m : {CalibrationMeasure::Accuracy, CalibrationMeasure::VisualPrivacy, CalibrationMeasure::Misusability}) {
    const CalibrationAxis axis = axisOf(m);
    writeLineChart(dir + "/" + axis.file, scheme + ": " + axis.label, "block size M", axis.label, calibrationCurves(result.points, m));
  }
}

class Sweep : public Command {
 public:
  void define(CLI::App& app) override {
    addDatasetOption(app, dataset_);
    scheme_.add(app, "rmt");
    app.add_option("--blocks", blocks_, "Block sizes, comma-separated (default 2,4,7; images whose sides they do not divide are padded).")
        ->check(wholeList(1, 1024));
    app.add_option("--noises", noises_, "rmt's noise levels, comma-separated (default 0,25,50; other schemes: 0).")
        ->check(realList(0, 255));
    training_.add(app, 2);
    preparation_.add(app);
    app.add_option("--target", target_, "Name the most accurate setting whose visual privacy reaches this (0 to 1).")
        ->check(realNumber(0, 1));
    app.add_option("--out-dir", outDir_, "Write sweep.csv, accuracy.png, visual-privacy.png and misusability.png here.")->required();
  }

  Json run() override {
    CalibrationPlan plan;
    plan.scheme = scheme_.params().scheme;
    plan.blockSizes = parseWholeNumberList(blocks_, "--blocks");
    plan.noises = !noises_.empty()               ? parseNumberList(noises_, "--noises")
                  : plan.scheme == SchemeId::Rmt ? std::vector<double>{0, 25, 50}
                                                 : std::vector<double>{0};
    plan.training = training_.config();
    plan.preparation = preparation_.preparation();
    plan.training.validate();
    const std::unique_ptr<RandomSource> keys = plan.training.seed
                                                   ? std::unique_ptr<RandomSource>(std::make_unique<StreamRandom>(*plan.training.seed))
                                                   : std::make_unique<OsRandom>();
    if (plan.training.seed) warn("led", "seeded demo keys: anyone who knows the seed has the keys");
    const DatasetSplit data = loadDataset(dataset_);
    CalibrationCallbacks callbacks;
    callbacks.progress = [last = -1](const CalibrationProgress& p) mutable {
      if (p.step == last) return;
      last = p.step;
      std::fprintf(stderr, "training model %d of %d%s\n", p.step + 1, p.steps, p.step == 0 ? " (the plain examiner)" : "");
    };
    const std::atomic<bool> never{false};
    const CalibrationResult result = calibrate(data, plan, *keys, callbacks, never);
    writeTextFile(outDir_ + "/sweep.csv", calibrationCsv(result.points));
    writeCurves(outDir_, result, schemeName(plan.scheme));
    std::optional<CalibrationPoint> pick;
    const bool informative = examinerIsInformative(result.examinerAccuracy, result.classes);
    if (target_ && informative) pick = cheapestSettingFor(result.points, *target_);
    Json rows = Json::array();
    for (const CalibrationPoint& p : result.points)
      rows.push_back({{"scheme", schemeName(p.params.scheme)},
                      {"block", p.params.blockSize},
                      {"noise", p.params.noise},
                      {"accuracy", p.accuracy},
                      {"examiner_accuracy", p.privacy.examinerAccuracy},
                      {"visual_privacy", p.privacy.visualPrivacy},
                      {"misusability", p.privacy.misusability}});
    Json out{{"dataset", data.test.name},
             {"examiner_accuracy_on_plain", result.examinerAccuracy},
             {"examiner_informative", informative},
             {"examiner_accuracy_needed", informativeExaminerAccuracy(result.classes)},
             {"points", rows}};
    if (target_) out["target"] = *target_;
    if (pick) out["pick"] = {{"block", pick->params.blockSize}, {"noise", pick->params.noise}, {"accuracy", pick->accuracy}};
    return out;
  }

  std::string text(const Json& r) const override {
    std::string text = format("plain examiner on plain test images: %.2f %%\n\n", 100 * r["examiner_accuracy_on_plain"].get<double>()) +
                       markdownTable(r["points"], {{"block", "block"},
                                                   {"noise", "noise", 0},
                                                   {"accuracy", "accuracy", 2, true},
                                                   {"visual privacy", "visual_privacy", 4},
                                                   {"mis-usability", "misusability", 2, true}});
    if (!r.contains("target")) return text;
    const double target = r["target"];
    if (!r["examiner_informative"].get<bool>())
      return text + format(
                        "\nno recommendation: the plain examiner scores only %.1f %% on plain images and must reach %.1f %% to measure "
                        "privacy; the run was too short (give it more epochs or images)",
                        100 * r["examiner_accuracy_on_plain"].get<double>(), 100 * r["examiner_accuracy_needed"].get<double>());
    if (!r.contains("pick")) return text + format("\nno setting reaches visual privacy %g", target);
    const Json& pick = r["pick"];
    return text + format("\nmost accurate setting with visual privacy >= %g: M=%d, noise %g (%.2f %%)", target, pick["block"].get<int>(),
                         pick["noise"].get<double>(), 100 * pick["accuracy"].get<double>());
  }

 private:
  std::string dataset_, blocks_ = "2,4,7", noises_, outDir_;
  SchemeOptions scheme_;
  TrainingOptions training_;
  PreparationOptions preparation_;
  std::optional<double> target_;
};

}  // namespace

std::unique_ptr<Command> makeMisuseCommand() { return std::make_unique<Misuse>(); }
std::unique_ptr<Command> makeSweepCommand() { return std::make_unique<Sweep>(); }

}  // namespace led::cli
