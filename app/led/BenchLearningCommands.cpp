// led bench train | query: training throughput on images encrypted as they are fed (and the share of a
// step spent preparing them), and one deniable round (compose, the cloud's answer, the opening).
#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/StepBenchOptions.h"
#include "app/command/Validators.h"
#include "app/led/LearningCommands.h"
#include "app/led/Options.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/modelbench/QueryBench.h"
#include "core/user/modelbench/TrainBench.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

class BenchTrain : public Command {
 public:
  void define(CLI::App& app) override {
    addDatasetOption(app, dataset_);
    scheme_.add(app);
    app.add_flag("--plain", plain_, "Plain images instead of ciphertexts.");
    options_.add(app);
  }

  Json run() override {
    const DatasetSplit data = loadDataset(dataset_);
    std::optional<Key> key;
    if (!plain_) {
      StreamRandom random(1);  // a benchmark's key: no secret
      key = generateKey({scheme_.params(), data.train.shape}, random);
    }
    const std::string scheme = plain_ ? "plain" : scheme_.scheme();
    const TrainBenchResult r =
        benchmarkTraining(data.train, key, options_.architecture(), options_.batch(), options_.steps(), options_.threads());
    return options_.result(r, scheme, scheme + " " + data.train.name, "augmentation + encryption + batching");
  }

  std::string text(const Json& r) const override { return StepBenchOptions::text(r); }

 private:
  std::string dataset_;
  SchemeOptions scheme_;
  bool plain_ = false;
  StepBenchOptions options_;
};

class BenchQuery : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--runs", runs_, "Rounds to time (default 200).")->check(wholeNumber(1, 1000000));
    app.add_option("--side", side_, "Guide side, 16 (default) or 32.")->check(oneOf({"16", "32"}));
  }

  Json run() override {
    const QueryBenchResult r = benchmarkQuery({32, 32, 3}, side_, runs_);
    return {{"compose_ms", r.composeMs},
            {"answer_ms", r.answerMs},
            {"open_ms", r.openMs},
            {"round_ms", r.roundMs},
            {"fake_key_ms", r.fakeKeyMs},
            {"read_triangle_us", r.readTriangleUs},
            {"read_square_us", r.readSquareUs},
            {"runs", r.runs},
            {"side", side_}};
  }

  std::string text(const Json& r) const override {
    const auto ms = [&r](const char* field) { return r[field].get<double>(); };
    const int side = r["side"];
    return format("deniable query, le keys for 32x32x3 images, baseline models, %dx%d guides, medians of %d runs\n", side, side,
                  r["runs"].get<int>()) +
           format("compose:                  %.3f ms\n", ms("compose_ms")) +
           format("cloud answer:             %.3f ms\n", ms("answer_ms")) + format("open (with the answer):   %.3f ms\n", ms("open_ms")) +
           format("compose + answer + open:  %.3f ms\n", ms("round_ms")) +
           format("fake guide key (uniform): %.4f ms\n", ms("fake_key_ms")) +
           format("cloud reads a triangle:   %.2f us, a square: %.2f us", ms("read_triangle_us"), ms("read_square_us"));
  }

 private:
  int runs_ = 200, side_ = 16;
};

}  // namespace

std::unique_ptr<Command> makeBenchTrainCommand() { return std::make_unique<BenchTrain>(); }
std::unique_ptr<Command> makeBenchQueryCommand() { return std::make_unique<BenchQuery>(); }

}  // namespace led::cli
