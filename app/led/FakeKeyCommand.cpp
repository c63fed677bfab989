// led fake-key: a guide key that opens a query's garbled guide to the claimed shape.
#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/UserCommands.h"
#include "core/shared/deniable/GuideKey.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/shared/deniable/QueryFile.h"

namespace led::cli {
namespace {

class FakeKey : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--query", query_, "The query file (.ledq).")->required();
    app.add_option("--claim", claim_, "The shape the key must reveal: triangle (part 0) or square (part 1).")
        ->required()
        ->check(oneOf({"triangle", "square"}));
    app.add_option("--mode", mode_,
                   "uniform (default: indistinguishable from an honest key) or paper (the LED paper's construction: detectable).")
        ->check(oneOf({"uniform", "paper"}));
    app.add_option("-o,--output", output_, "The guide key file to write (.ledgk), in the same format as an honest one.")->required();
  }

  Json run() override {
    const Query query = readQueryFile(query_);
    const int side = query.garbledGuide.width();
    const Image claimed = drawGuide(claim_ == "triangle" ? GuideShape::Triangle : GuideShape::Square, side);
    OsRandom random;
    const Permutation key = fakeGuideKey(query.garbledGuide, claimed, mode_ == "paper" ? FakeKeyMode::Paper : FakeKeyMode::Uniform, random);
    writeGuideKeyFile(output_, {query.padIndex, side, key});
    return {{"guide_key", output_}, {"claim", claim_}, {"mode", mode_}};
  }

  std::string text(const Json& r) const override {
    return r["guide_key"].get<std::string>() + ": opens the query's guide to the " + r["claim"].get<std::string>() + " (" +
           r["mode"].get<std::string>() + " construction)";
  }

 private:
  std::string query_, claim_, mode_ = "uniform", output_;
};

}  // namespace

CommandInfo fakeKeyCommand() {
  return {{"fake-key"}, "a guide key that opens a query's guide to the shape you claim", [] { return std::make_unique<FakeKey>(); }};
}

}  // namespace led::cli
