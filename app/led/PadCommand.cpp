// led pad new: a guide pad for user and cloud to share (copy the file to both sides).
#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/UserCommands.h"
#include "core/shared/deniable/GuidePad.h"

namespace led::cli {
namespace {

class PadNew : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--entries", entries_, "Guide keys in the pad, one per query (default 100).")->check(wholeNumber(1, 10000000));
    app.add_option("--side", side_, "Guide canvas side: 16 (default) or 32.")->check(oneOf({"16", "32"}));
    app.add_flag("--fixed", fixed_,
                 "The LED paper's fixed guide key: one entry reused by every query. Only to show that it links queries.");
    app.add_option("-o,--output", output_, "Pad file to write (owner-only permissions).")->required();
  }

  Json run() override {
    OsRandom random;
    if (fixed_) warn("led", "a fixed guide key makes every query with the same shape look the same: the cloud's log links them all");
    (fixed_ ? GuidePad::generateFixed(side_, random) : GuidePad::generate(side_, entries_, random)).write(output_);
    const std::uint32_t entries = fixed_ ? 1 : entries_;
    return {{"pad", output_}, {"entries", entries}, {"side", side_}, {"fixed", fixed_}};
  }

  std::string text(const Json& r) const override {
    const int side = r["side"];
    return format("%u guide keys for %dx%d guides -> %s (give the cloud a copy; each entry is used once)", r["entries"].get<unsigned>(),
                  side, side, r["pad"].get<std::string>().c_str());
  }

 private:
  std::uint32_t entries_ = 100;
  int side_ = 16;
  bool fixed_ = false;
  std::string output_;
};

}  // namespace

CommandInfo padNewCommand() {
  return {
      {"pad", "new"}, "make guide keys shared with the cloud, each used once (OS CSPRNG only)", [] { return std::make_unique<PadNew>(); }};
}

}  // namespace led::cli
