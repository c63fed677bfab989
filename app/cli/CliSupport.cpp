#include "cli/CliSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <cmath>
#include <cstdio>

#include "common/AtomicFile.h"
#include "common/Error.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

// Thrown for usage mistakes found after parsing (a bad value), so they exit with kUsage.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace

std::string toStd(const QString& s) { return s.toStdString(); }

void writeTextFile(const QString& path, const QString& text) {
  if (!QDir().mkpath(QFileInfo(path).absolutePath())) fail(ErrorKind::Io, "cannot create the folder of " + toStd(path));
  const QByteArray utf8 = text.toUtf8();
  writeFileAtomically(toStd(path), std::vector<std::uint8_t>(utf8.begin(), utf8.end()), 0644);
}

bool parseOrExplain(QCommandLineParser& parser, const QString& usage, const QStringList& args, int& exitCode) {
  parser.setApplicationDescription(usage);
  const QCommandLineOption help({"h", "help"}, "Show this help.");
  parser.addOption(help);
  if (!parser.parse(QStringList{"led"} + args)) {
    std::fprintf(stderr, "led: error: %s\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
    exitCode = kUsage;
    return false;
  }
  if (parser.isSet(help)) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    exitCode = kOk;
    return false;
  }
  return true;
}

void addSchemeOptions(QCommandLineParser& parser) {
  parser.addOptions({
      {"scheme", "Scheme: le, ele, etc, etc-gray, pe or rmt (default le).", "name", "le"},
      {"block", "Block size M (default: the scheme's own, 4; pe has 1).", "M"},
      {"no-split", "le/ele: work on whole bytes instead of 4-bit nibbles."},
      {"no-reverse", "le/ele: no reversal mask."},
      {"no-shuffle", "le/ele: no permutation inside blocks."},
      {"noise", "rmt: noise level N, noise drawn from [0, N) (default 25).", "N"},
      {"no-block-permutation", "rmt: keep blocks in place."},
  });
}

SchemeParams schemeParamsFrom(const QCommandLineParser& parser) {
  SchemeParams p;
  try {
    p = SchemeParams::defaults(parseSchemeName(toStd(parser.value("scheme"))));
  } catch (const Error& e) {
    usageError(e.what());
  }
  bool ok = true;
  if (parser.isSet("block")) p.blockSize = parser.value("block").toInt(&ok);
  if (!ok) usageError("--block takes a whole number");
  if (parser.isSet("noise")) p.noise = parser.value("noise").toDouble(&ok);
  if (!ok) usageError("--noise takes a number");
  p.split = !parser.isSet("no-split");
  p.reverse = !parser.isSet("no-reverse");
  p.shuffle = !parser.isSet("no-shuffle");
  p.blockPermutation = !parser.isSet("no-block-permutation");
  try {
    p.validate();
  } catch (const Error& e) {
    usageError(e.what());
  }
  return p;
}

void usageError(const std::string& sentence) { throw UsageError(sentence); }

void requireOptions(const QCommandLineParser& parser, std::initializer_list<const char*> names) {
  for (const char* name : names)
    if (!parser.isSet(name)) usageError(std::string("--") + name + " is required");
}

ImageShape parseSize(const QString& text) {
  const QRegularExpression form("^(\\d+)x(\\d+)x([13])$");
  const auto match = form.match(text);
  if (!match.hasMatch()) usageError("--size takes WIDTHxHEIGHTxCHANNELS with 1 or 3 channels, e.g. 32x32x3");
  return {match.captured(2).toInt(), match.captured(1).toInt(), match.captured(3).toInt()};
}

void addRegularisationOptions(QCommandLineParser& parser) {
  parser.addOptions({
      {"weight-decay", "Adam's L2 penalty on the weights (default 0).", "wd", "0"},
      {"pixel-noise", "Add a uniform integer in [-n, n] to every plain sample before encryption (default 0; 8 keeps le models "
                      "from over-fitting the lower nibble).", "n", "0"},
  });
}

void applyRegularisationOptions(const QCommandLineParser& parser, TrainConfig& config) {
  bool ok = false;
  config.weightDecay = parser.value("weight-decay").toDouble(&ok);
  if (!ok || !(config.weightDecay >= 0)) usageError("--weight-decay takes a number of 0 or more");
  config.pixelNoise = parser.value("pixel-noise").toInt(&ok);
  if (!ok || config.pixelNoise < 0 || config.pixelNoise > 64) usageError("--pixel-noise takes a whole number from 0 to 64");
}

std::optional<std::uint64_t> seedOption(const QCommandLineParser& parser) {
  if (!parser.isSet("seed")) return std::nullopt;
  bool ok = false;
  const qulonglong seed = parser.value("seed").toULongLong(&ok);
  if (!ok) usageError("--seed takes a non-negative whole number");
  return seed;
}

std::unique_ptr<RandomSource> randomSource(const QCommandLineParser& parser, bool makesKeys) {
  const std::optional<std::uint64_t> seed = seedOption(parser);
  if (!seed) return std::make_unique<OsRandom>();
  if (makesKeys) warn("seeded demo key: anyone who knows the seed has the key");
  return std::make_unique<StreamRandom>(*seed);
}

int guarded(const std::function<int()>& body) {
  try {
    return body();
  } catch (const UsageError& e) {
    std::fprintf(stderr, "led: error: %s (see --help)\n", e.what());
    return kUsage;
  } catch (const Error& e) {
    std::fprintf(stderr, "led: error: %s\n", e.what());
    return kFailed;
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "led: error: out of memory\n");
    return kFailed;
  }
}

void printJson(const QJsonObject& object) {
  std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

void printLine(const QString& text) {
  std::fputs(qPrintable(text), stdout);
  std::fputc('\n', stdout);
}

void warn(const QString& text) { std::fprintf(stderr, "led: warning: %s\n", qPrintable(text)); }

QString keySpaceText(double bits) {
  return std::isinf(bits) ? QStringLiteral("continuous (orthogonal matrices)") : QString::number(bits, 'f', 1) + " bits";
}

QJsonObject keyJson(const Key& key) {
  const KeySpec& spec = key.spec();
  const double bits = schemeFor(key.scheme()).keySpaceBits(spec);
  QJsonArray tables;
  for (const KeyTable& t : key.tables()) {
    QJsonArray dims;
    for (std::uint32_t d : t.dims) dims.append(qint64(d));
    tables.append(QJsonObject{{"name", QString::fromStdString(t.name)}, {"dims", dims}});
  }
  return QJsonObject{
      {"kind", "key"},
      {"scheme", QString::fromStdString(schemeName(spec.params.scheme))},
      {"parameters", QString::fromStdString(spec.params.text())},
      {"block_size", spec.params.blockSize},
      {"image", QJsonObject{{"height", spec.shape.height}, {"width", spec.shape.width}, {"channels", spec.shape.channels}}},
      {"fingerprint", QString::fromStdString(key.shortFingerprint())},
      {"origin", key.seeded() ? "seeded demo generator (not for real secrets)" : "operating system CSPRNG"},
      {"seeded", key.seeded()},
      {"key_space_bits", std::isinf(bits) ? QJsonValue("infinite") : QJsonValue(bits)},
      {"exact", schemeFor(key.scheme()).exact(spec)},
      {"tables", tables},
  };
}

}  // namespace led::cli
