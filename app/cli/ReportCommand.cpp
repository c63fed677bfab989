// led report: one self-contained HTML file with everything measured about a scheme and parameter set on
// an image: what the ciphertext keeps, the key space, every attack that applies with the image it
// recovered, and the JPEG curve.
#include <QFileInfo>
#include <QJsonArray>
#include <cmath>
#include <cstdio>

#include "attacks/SchemeAudit.h"
#include "cli/CliSupport.h"
#include "image/ImageFile.h"
#include "image/Resize.h"
#include "report/AuditReport.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {

int reportCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("image", "The plain image to audit the scheme on.");
  addSchemeOptions(parser);
  parser.addOptions({
      {"size", "Conform the image to WIDTHxHEIGHTxCHANNELS first (default 128x128x3).", "WxHxC", "128x128x3"},
      {"known", "rmt: the image the attacker knows in plain (default: a textured image drawn at random).", "image"},
      {{"o", "output"}, "The HTML report to write.", "file"},
      {"json", "Also print the measures as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led report IMAGE --scheme NAME -o report.html: privacy measures and attacks of one scheme, as one HTML file.", args,
                      exitCode))
    return exitCode;
  return guarded([&] {
    if (parser.positionalArguments().size() != 1) usageError("give one image");
    requireOptions(parser, {"output"});
    const SchemeParams params = schemeParamsFrom(parser);
    const Image image = conformTo(readImage(toStd(parser.positionalArguments()[0])), parseSize(parser.value("size")));
    AuditOptions options;
    if (parser.isSet("known")) options.known = readImage(toStd(parser.value("known")));
    OsRandom random;
    const std::atomic<bool> never{false};
    const SchemeAudit audit = auditScheme(image, params, options, random, [](int, int, const Phrase& next) {
      std::fprintf(stderr, "%s\n", render(next).c_str());
    }, never);
    writeAuditReport(toStd(parser.value("output")), audit, toStd(QFileInfo(parser.positionalArguments()[0]).fileName()));
    if (parser.isSet("json")) {
      QJsonArray attacks;
      for (const AttackOutcome& o : audit.attacks)
        attacks.append(QJsonObject{{"name", QString::fromStdString(render(o.name))}, {"applies", o.applies}, {"succeeded", o.succeeded},
                                   {"psnr", std::isinf(o.psnr) ? QJsonValue("inf") : QJsonValue(o.psnr)}, {"summary", QString::fromStdString(render(o.summary))}});
      printJson(QJsonObject{{"scheme", QString::fromStdString(audit.params.text())}, {"ssim", audit.ssim}, {"psnr", audit.psnr},
                            {"key_bits", std::isinf(audit.keyBits) ? QJsonValue("inf") : QJsonValue(audit.keyBits)}, {"attacks", attacks}, {"jpeg", bool(audit.jpeg)}, {"report", parser.value("output")}});
    } else {
      printLine(QString("%1: SSIM %2, key space %3 bits; report written to %4")
                    .arg(QString::fromStdString(audit.params.text())).arg(audit.ssim, 0, 'f', 4).arg(audit.keyBits, 0, 'f', 0).arg(parser.value("output")));
      for (const AttackOutcome& o : audit.attacks) printLine(QString("  %1: %2").arg(QString::fromStdString(render(o.name)), QString::fromStdString(render(o.summary))));
    }
    return int(kOk);
  });
}

}  // namespace led::cli
