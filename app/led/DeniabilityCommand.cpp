// led deniability test: honest guide keys against fake ones, statistic by statistic (KS tests).
#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/shared/deniable/DeniabilityTest.h"

namespace led::cli {
namespace {

class DeniabilityTest : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--mode", mode_, "How fake keys are made: uniform (default) or paper.")->check(oneOf({"uniform", "paper"}));
    app.add_option("--keys", keys_, "Honest and fake keys to compare, each (default 1000).")->check(wholeNumber(10, 1000000));
    app.add_option("--side", side_, "Guide canvas side: 16 (default) or 32.")->check(oneOf({"16", "32"}));
    seed_.add(app, "Reproducible run.");
  }

  int run() override {
    const DeniabilityReport r =
        runDeniabilityTest(mode_ == "paper" ? FakeKeyMode::Paper : FakeKeyMode::Uniform, keys_, side_, *seed_.random(false));
    const std::string verdict = r.indistinguishable ? "indistinguishable: no statistic tells the fake keys from honest ones"
                                                    : "distinguishable: the fake keys give themselves away";
    const double each = r.level / double(r.rows.size());
    if (json_) {
      Json rows = Json::array();
      for (const DeniabilityRow& row : r.rows)
        rows.push_back(
            {{"statistic", row.statistic}, {"ks_distance", row.ks.distance}, {"p_value", row.ks.pValue}, {"passes", row.passes}});
      printJson({{"mode", mode_},
                 {"keys", keys_},
                 {"side", side_},
                 {"level", r.level},
                 {"bonferroni_level", each},
                 {"rows", rows},
                 {"indistinguishable", r.indistinguishable},
                 {"verdict", verdict}});
      return kOk;
    }
    printLine(format("%d honest vs %d %s fake guide keys, %dx%d canvas; each test at %.3g (1 %% / %zu statistics)", keys_, keys_,
                     mode_.c_str(), side_, side_, each, r.rows.size()));
    printLine("| statistic | KS distance | p-value | |\n|---|---:|---:|---|");
    for (const DeniabilityRow& row : r.rows)
      printLine(format("| %s | %.4f | %.3g | %s |", row.statistic.c_str(), row.ks.distance, row.ks.pValue, row.passes ? "pass" : "FAIL"));
    printLine(verdict);
    return kOk;
  }

 private:
  std::string mode_ = "uniform";
  int keys_ = 1000, side_ = 16;
  SeedOption seed_;
};

}  // namespace

CommandInfo deniabilityTestCommand() {
  return {{"deniability", "test"}, "can fake guide keys be told from honest ones?", [] { return std::make_unique<DeniabilityTest>(); }};
}

}  // namespace led::cli
