// led attack itn | gan | table: the ciphertext-only attacks that restore a whole test set, measured by the
// mean SSIM and PSNR of the restorations against the plain images; `table` runs every scheme against
// every attack and writes the CSV and the picture grid docs/results.md quotes.
#include <cstdio>

#include "app/command/Command.h"
#include "app/command/Interrupt.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/LearningCommands.h"
#include "app/led/Options.h"
#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/user/attacks/SchemeAudit.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/restoration/AttackTable.h"

namespace led::cli {
namespace {

// --dataset --public --victims --epochs --batch --threads --seed --grid: what every restoration command takes.
class RestorationOptions {
 public:
  void add(CLI::App& app) {
    addDatasetOption(app, dataset_);
    app.add_option("--public", plan_.publicImages, "Images the attacker has in the clear, from the training set (default 6000).")
        ->check(wholeNumber(1, 1000000));
    app.add_option("--victims", plan_.victimImages, "The victim's images, from the test set, all under one key (default 2000).")
        ->check(wholeNumber(1, 1000000));
    app.add_option("--epochs", plan_.epochs, "Epochs of the attack's network (default 20).")->check(wholeNumber(1, 1000));
    app.add_option("--batch", plan_.batchSize, "Batch size (default 64).")->check(wholeNumber(1, 4096));
    app.add_option("--learning-rate", plan_.learningRate,
                   "The learning rate (default: itn's SGD 0.0625 x block x block, 1.0 at M=4; gan's Adam 0.001).")
        ->check(realNumber(1e-6, 10));
    app.add_option("--threads", plan_.threads, "CPU threads for LibTorch (default: its own choice).")->check(wholeNumber(1, 256));
    seed_.add(app, "Draw every key from this seed, and seed the networks (reproducible tables; the keys are then no secret).");
    app.add_option("--grid", grid_, "Write restorations of the first victim images as a PNG grid here.");
  }

  RestorationPlan plan() const {
    RestorationPlan p = plan_;
    p.seed = seed_.value().value_or(0);
    return p;
  }
  DatasetSplit data() const { return loadDataset(dataset_); }
  void writeGrid(const AttackTable& table) const {
    if (!grid_.empty() && !table.scores.empty()) writeImage(grid_, attackTableGrid(table, 3));
  }

 private:
  std::string dataset_ = "fashion-mnist", grid_;
  RestorationPlan plan_;
  SeedOption seed_;
};

void printProgress(const RestorationProgress& p) {
  if (p.total > 0)
    std::fprintf(stderr, "[%d/%d] %s\n", p.done + 1, p.total, render(p.step).c_str());
  else
    std::fprintf(stderr, "%s\n", render(p.step).c_str());
}

Json scoreJson(const std::string& dataset, const RestorationScore& s) {
  return {{"dataset", dataset},
          {"scheme", schemeName(s.params.scheme)},
          {"parameters", s.params.text()},
          {"attack", restorationName(s.attack)},
          {"images", s.images},
          {"ssim_mean", s.ssimMean},
          {"ssim_sd", s.ssimSpread},
          {"psnr_mean", s.psnrMean},
          {"psnr_sd", s.psnrSpread},
          {"seconds", s.seconds},
          {"device", s.device},
          {"reads_the_picture", s.ssimMean >= kRecognisableSsim}};
}

Json tableJson(const AttackTable& table) {
  Json rows = Json::array();
  for (const RestorationScore& s : table.scores) rows.push_back(scoreJson(table.dataset, s));
  return {{"threshold_ssim", kRecognisableSsim}, {"rows", rows}};
}

// tableJson's value for people: a line per scheme and attack.
std::string tableText(const Json& table) {
  std::string lines;
  for (const Json& s : table["rows"])
    lines += format("%s%-8s %-10s SSIM %.3f ± %.3f   PSNR %5.2f ± %.2f dB   %6.1f s%s", lines.empty() ? "" : "\n",
                    s["scheme"].get<std::string>().c_str(), s["attack"].get<std::string>().c_str(), s["ssim_mean"].get<double>(),
                    s["ssim_sd"].get<double>(), s["psnr_mean"].get<double>(), s["psnr_sd"].get<double>(), s["seconds"].get<double>(),
                    s["reads_the_picture"].get<bool>() ? "   reads the picture" : "");
  return lines;
}

// One attack on one scheme, beside the baseline.
class SingleRestoration : public Command {
 public:
  explicit SingleRestoration(RestorationAttack attack) : attack_(attack) {}
  void define(CLI::App& app) override {
    scheme_.add(app, "le");
    options_.add(app);
  }
  const char* jsonHelp() const override { return "Print the baseline's and the attack's measures as JSON."; }

  Json run() override {
    const DatasetSplit data = options_.data();
    StopOnInterrupt interrupt;
    AttackTablePlan plan{{scheme_.params()}, {attack_}, options_.plan()};
    const AttackTable table = runAttackTable(plan, data, printProgress, interrupt.requested());
    if (table.cancelled) fail(ErrorKind::Cancelled, LED_PHRASE("led", "the attack was cancelled"));
    options_.writeGrid(table);
    return tableJson(table);
  }

  std::string text(const Json& table) const override { return tableText(table); }

 private:
  RestorationAttack attack_;
  SchemeOptions scheme_;
  RestorationOptions options_;
};

class AttackTableCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--schemes", schemes_, "Schemes, each with its defaults (default: le ele etc etc-gray pe rmt).")
        ->check(oneOf(schemeNames()))
        ->delimiter(',');
    app.add_option("--attacks", attacks_, "Attacks (default: fr itn gan).")->check(oneOf({"fr", "itn", "gan"}))->delimiter(',');
    app.add_option("--csv", csv_, "Write the table as CSV here.");
    options_.add(app);
  }
  const char* jsonHelp() const override { return "Print every row of the table as JSON."; }

  Json run() override {
    AttackTablePlan plan;
    for (const std::string& s : schemes_) plan.schemes.push_back(SchemeParams::defaults(parseSchemeName(s)));
    for (const std::string& a : attacks_) plan.attacks.push_back(parseRestorationName(a));
    plan.attack = options_.plan();
    const DatasetSplit data = options_.data();
    StopOnInterrupt interrupt;
    const AttackTable table = runAttackTable(plan, data, printProgress, interrupt.requested());
    if (!csv_.empty()) {
      const std::string csv = attackTableCsv(table);
      writeFileAtomically(csv_, std::vector<std::uint8_t>(csv.begin(), csv.end()), 0644);
    }
    options_.writeGrid(table);
    if (table.cancelled) fail(ErrorKind::Cancelled, LED_PHRASE("led", "the attack table was cancelled; what was measured is written"));
    return tableJson(table);
  }

  std::string text(const Json& table) const override { return tableText(table); }

 private:
  std::vector<std::string> schemes_{"le", "ele", "etc", "etc-gray", "pe", "rmt"}, attacks_{"fr", "itn", "gan"};
  std::string csv_;
  RestorationOptions options_;
};

}  // namespace

std::unique_ptr<Command> makeItnAttackCommand() { return std::make_unique<SingleRestoration>(RestorationAttack::InverseNetwork); }
std::unique_ptr<Command> makeGanAttackCommand() { return std::make_unique<SingleRestoration>(RestorationAttack::Gan); }
std::unique_ptr<Command> makeAttackTableCommand() { return std::make_unique<AttackTableCommand>(); }

}  // namespace led::cli
