// led bench schemes: encryption and decryption speed per scheme, one thread.
#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/UserCommands.h"
#include "core/user/bench/SchemeBench.h"

namespace led::cli {
namespace {

class BenchSchemes : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--seconds", seconds_, "Time per measurement (default 0.5).")->check(realNumber(0.01, 60));
  }

  Json run() override {
    const auto rows = benchmarkSchemes({{32, 32, 3}, {28, 28, 1}}, seconds_);
    const double fashion = timeDatasetEncryption(SchemeParams::defaults(SchemeId::Le), {28, 28, 1}, 60000);
    Json list = Json::array();
    for (const SchemeBenchRow& r : rows)
      list.push_back({{"scheme", schemeName(r.params.scheme)},
                      {"parameters", r.params.text()},
                      {"image", r.shape.text()},
                      {"encrypt_per_second", r.encryptPerSecond},
                      {"encrypt_us_per_image", 1e6 / r.encryptPerSecond},
                      {"decrypt_per_second", r.decryptPerSecond},
                      {"decrypt_us_per_image", 1e6 / r.decryptPerSecond}});
    return {{"threads", 1}, {"rows", list}, {"le_60000_images_28x28x1_seconds", fashion}};
  }

  std::string text(const Json& r) const override {
    return markdownTable(r["rows"], {{"scheme and parameters", "parameters"},
                                     {"image", "image"},
                                     {"encrypt images/s", "encrypt_per_second", 0},
                                     {"encrypt us/image", "encrypt_us_per_image"},
                                     {"decrypt images/s", "decrypt_per_second", 0},
                                     {"decrypt us/image", "decrypt_us_per_image"}}) +
           format("\n\n60,000 images of 28x28x1 (Fashion-MNIST's training set size) encrypted with le M=4: %.3f s, one thread",
                  r["le_60000_images_28x28x1_seconds"].get<double>());
  }

 private:
  double seconds_ = 0.5;
};

}  // namespace

CommandInfo benchSchemesCommand() {
  return {{"bench", "schemes"}, "encryption speed per scheme", [] { return std::make_unique<BenchSchemes>(); }};
}

}  // namespace led::cli
