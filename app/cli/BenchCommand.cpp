// led bench schemes: encryption and decryption speed per scheme, one thread.
#include <QJsonArray>

#include "bench/SchemeBench.h"
#include "cli/CliSupport.h"

namespace led::cli {
namespace {

QString row(const SchemeBenchRow& r) {
  return QString("| %1 | %2 | %3 | %4 | %5 | %6 |")
      .arg(QString::fromStdString(r.params.text()), QString::fromStdString(r.shape.text()))
      .arg(r.encryptPerSecond, 0, 'f', 0)
      .arg(1e6 / r.encryptPerSecond, 0, 'f', 2)
      .arg(r.decryptPerSecond, 0, 'f', 0)
      .arg(1e6 / r.decryptPerSecond, 0, 'f', 2);
}

}  // namespace

int benchCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("what", "schemes");
  parser.addOptions({{"seconds", "Time per measurement (default 0.5).", "s", "0.5"}, {"json", "Print as JSON."}});
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led bench schemes: images per second of every scheme, single thread.", args, exitCode)) return exitCode;
  return guarded([&] {
    if (parser.positionalArguments() != QStringList{"schemes"}) usageError("the benchmark to run is 'schemes'");
    const double seconds = parser.value("seconds").toDouble();
    if (!(seconds > 0 && seconds <= 60)) usageError("--seconds takes a number between 0 and 60");
    const bool json = parser.isSet("json");
    if (!json) {
      printLine("| scheme and parameters | image | encrypt images/s | encrypt us/image | decrypt images/s | decrypt us/image |");
      printLine("|---|---|---:|---:|---:|---:|");
    }
    const auto rows = benchmarkSchemes({{32, 32, 3}, {28, 28, 1}}, seconds, [&](const SchemeBenchRow& r) {
      if (!json) printLine(row(r));
    });
    const ImageShape mnist{28, 28, 1};
    const double fashion = timeDatasetEncryption(SchemeParams::defaults(SchemeId::Le), mnist, 60000);
    if (json) {
      QJsonArray list;
      for (const SchemeBenchRow& r : rows)
        list.append(QJsonObject{{"scheme", QString::fromStdString(schemeName(r.params.scheme))},
                                {"parameters", QString::fromStdString(r.params.text())},
                                {"image", QString::fromStdString(r.shape.text())},
                                {"encrypt_per_second", r.encryptPerSecond},
                                {"decrypt_per_second", r.decryptPerSecond}});
      printJson(QJsonObject{{"threads", 1}, {"rows", list}, {"le_60000_images_28x28x1_seconds", fashion}});
    } else {
      printLine(QString("\n60,000 images of 28x28x1 (Fashion-MNIST's training set size) encrypted with le M=4: %1 s, one thread")
                    .arg(fashion, 0, 'f', 3));
    }
    return kOk;
  });
}

}  // namespace led::cli
