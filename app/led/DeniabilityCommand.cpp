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

  Json run() override {
    const DeniabilityReport r =
        runDeniabilityTest(mode_ == "paper" ? FakeKeyMode::Paper : FakeKeyMode::Uniform, keys_, side_, *seed_.random(false));
    Json rows = Json::array();
    for (const DeniabilityRow& row : r.rows)
      rows.push_back({{"statistic", row.statistic}, {"ks_distance", row.ks.distance}, {"p_value", row.ks.pValue}, {"passes", row.passes}});
    return {{"mode", mode_},
            {"keys", keys_},
            {"side", side_},
            {"level", r.level},
            {"bonferroni_level", r.level / double(r.rows.size())},
            {"rows", rows},
            {"indistinguishable", r.indistinguishable},
            {"verdict", r.indistinguishable ? "indistinguishable: no statistic tells the fake keys from honest ones"
                                            : "distinguishable: the fake keys give themselves away"}};
  }

  std::string text(const Json& r) const override {
    const int keys = r["keys"], side = r["side"];
    std::string lines = format("%d honest vs %d %s fake guide keys, %dx%d canvas; each test at %.3g (1 %% / %zu statistics)\n", keys, keys,
                               r["mode"].get<std::string>().c_str(), side, side, r["bonferroni_level"].get<double>(), r["rows"].size());
    lines += "| statistic | KS distance | p-value | |\n|---|---:|---:|---|\n";
    for (const Json& row : r["rows"])
      lines += format("| %s | %.4f | %.3g | %s |\n", row["statistic"].get<std::string>().c_str(), row["ks_distance"].get<double>(),
                      row["p_value"].get<double>(), row["passes"].get<bool>() ? "pass" : "FAIL");
    return lines + r["verdict"].get<std::string>();
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
