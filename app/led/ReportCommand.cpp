// led report: one self-contained HTML file with everything measured about a scheme and parameter set on
// an image: what the ciphertext keeps, the key space, every attack that applies with the image it
// recovered, and the JPEG curve. With --learned-on, the learned restoration attacks (itn, gan) trained on a
// dataset for the scheme join the others; that is why led-learn runs it.
#include <cstdio>
#include <filesystem>

#include "app/command/Command.h"
#include "app/command/Interrupt.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/Options.h"
#include "app/led/LearningCommands.h"
#include "core/user/attacks/SchemeAudit.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/report/AuditReport.h"
#include "core/user/report/AuditTable.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/restoration/LearnedAudit.h"

namespace led::cli {
namespace {

class Report : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("image", image_, "The plain image to audit the scheme on (default: the bundled dog.jpg, as the Evaluate page).");
    scheme_.add(app);
    app.add_option("--size", size_, "Conform the image to WIDTHxHEIGHTxCHANNELS first (default 128x128x3).")->check(imageSize());
    app.add_option("--known", known_, "rmt: the image the attacker knows in plain (default: a textured image drawn at random).");
    app.add_option("-o,--output", output_, "The HTML report to write (one scheme).");
    app.add_option("--csv", csv_, "Also write the measures and every attack's outcome and details as CSV.");
    app.add_flag("--all-schemes", all_, "Audit every scheme with its default parameters (needs --csv; no HTML report).");
    app.add_option(
        "--learned-on", learnedOn_,
        "Also train the learned restoration attacks (itn, gan) for the scheme on this dataset (e.g. fashion-mnist; about a minute "
        "each on two cores) and judge them by the same rule.");
  }

  const char* jsonHelp() const override { return "Print the measures as JSON."; }

  Json run() override {
    if (all_ && (csv_.empty() || !output_.empty())) usageError("--all-schemes writes a CSV only: give --csv FILE and no --output");
    if (!all_ && output_.empty()) usageError("give the HTML report to write with --output");
    if (all_ && !learnedOn_.empty()) usageError("--learned-on audits one scheme; for every scheme use 'led attack table'");
    if (image_.empty()) image_ = bundledSample("dog.jpg");
    const Image image = conformTo(readImage(image_), shapeFrom(size_));
    if (all_) return everyScheme(image);
    const SchemeParams params = scheme_.params();
    AuditOptions options;
    if (!known_.empty()) options.known = readImage(known_);
    OsRandom random;
    const std::atomic<bool> never{false};
    SchemeAudit audit = auditScheme(
        image, params, options, random, [](int, int, const Phrase& next) { std::fprintf(stderr, "%s\n", render(next).c_str()); }, never);
    if (!learnedOn_.empty()) {
      StopOnInterrupt interrupt;
      addLearnedAttacks(
          audit, learnedAuditPlan(), loadDataset(learnedOn_),
          [](const RestorationProgress& p) { std::fprintf(stderr, "%s\n", render(p.step).c_str()); }, interrupt.requested());
    }
    writeAuditReport(output_, audit, std::filesystem::path(image_).filename().string());
    if (!csv_.empty()) writeTextFile(csv_, auditTableCsv({audit}));
    Json attacks = Json::array();
    for (const AttackOutcome& o : audit.attacks)
      attacks.push_back({{"name", render(o.name)},
                         {"applies", o.applies},
                         {"succeeded", o.succeeded},
                         {"psnr", numberOrInfinity(o.psnr)},
                         {"summary", render(o.summary)}});
    return {{"scheme", audit.params.text()},
            {"ssim", audit.ssim},
            {"psnr", audit.psnr},
            {"key_bits", numberOrInfinity(audit.keyBits)},
            {"attacks", attacks},
            {"jpeg", bool(audit.jpeg)},
            {"report", output_}};
  }

  std::string text(const Json& r) const override {
    if (r.contains("schemes"))
      return format("%zu schemes audited; table written to %s", r["schemes"].size(), r["csv"].get<std::string>().c_str());
    std::string text = format("%s: SSIM %.4f, key space %.0f bits; report written to %s", r["scheme"].get<std::string>().c_str(),
                              r["ssim"].get<double>(), numberOf(r["key_bits"]), r["report"].get<std::string>().c_str());
    for (const Json& attack : r["attacks"])
      text += "\n  " + attack["name"].get<std::string>() + ": " + attack["summary"].get<std::string>();
    return text;
  }

 private:
  Json everyScheme(const Image& image) const {
    OsRandom random;
    const std::atomic<bool> never{false};
    const std::vector<SchemeAudit> audits = auditEveryScheme(
        image, random, [](int done, int schemes) { std::fprintf(stderr, "%d of %d schemes audited\n", done, schemes); }, never);
    writeTextFile(csv_, auditTableCsv(audits));
    Json schemes = Json::array();
    for (const SchemeAudit& a : audits)
      schemes.push_back({{"scheme", a.params.text()}, {"ssim", a.ssim}, {"psnr", numberOrInfinity(a.psnr)}});
    return {{"schemes", schemes}, {"csv", csv_}};
  }

  SchemeOptions scheme_;
  std::string image_, size_ = "128x128x3", known_, output_, csv_, learnedOn_;
  bool all_ = false;
};

}  // namespace

std::unique_ptr<Command> makeReportCommand() { return std::make_unique<Report>(); }

}  // namespace led::cli
