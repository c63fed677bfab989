// led attack cpa | jigsaw | rmt-regression: the attacks of SPEC.md section 7, from the shell.
#include <QElapsedTimer>
#include <QJsonObject>

#include "attacks/ChosenPlaintext.h"
#include "attacks/Jigsaw.h"
#include "attacks/RmtRegression.h"
#include "cli/CliSupport.h"
#include "common/Error.h"
#include "image/ImageFile.h"
#include "image/Resize.h"
#include "keys/KeyFile.h"
#include "metrics/ImageQuality.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

Image imageAt(const QString& path, const QString& size) {
  Image image = readImage(toStd(path));
  return size.isEmpty() ? image : conformTo(std::move(image), parseSize(size));
}

QString decibels(double db) { return std::isinf(db) ? "inf" : QString::number(db, 'f', 2); }

int cpa(const QCommandLineParser& parser) {
  if (!parser.isSet("key")) usageError("--key is required: the secret key the oracle encrypts with");
  const Key secret = readKeyFile(toStd(parser.value("key")));
  KeySpec assumed = secret.spec();
  assumed.params.scheme = SchemeId::Le;  // the attacker assumes le's structure with the public options
  const auto cipher = std::shared_ptr<const Cipher>(makeCipher(secret));
  auto random = std::make_shared<OsRandom>();
  const bool perImage = parser.isSet("per-image-keys");
  const EncryptionOracle oracle = [cipher, random, perImage, &secret](const Image& image) {
    return perImage ? makeCipher(generateKey(secret.spec(), *random))->encrypt(image) : cipher->encrypt(image);
  };
  const ChosenPlaintextResult r = recoverLeKey(oracle, assumed);
  const bool exact = r.key && r.key->fingerprint() == secret.fingerprint();
  QJsonObject out{{"scheme", QString::fromStdString(schemeName(secret.scheme()))}, {"queries", r.queries}, {"recovered", bool(r.key)},
                  {"exact", exact}, {"reason", QString::fromStdString(r.reason)}};
  if (r.key && parser.isSet("image")) {
    const Image photo = imageAt(parser.value("image"), {});
    const Image decrypted = makeCipher(*r.key)->decrypt(cipher->encrypt(conformTo(photo, secret.spec().shape)));
    if (parser.isSet("output")) writeImage(toStd(parser.value("output")), decrypted);
    out["psnr_of_attackers_decryption"] = decibels(psnr(decrypted, conformTo(photo, secret.spec().shape)));
  }
  if (parser.isSet("json")) printJson(out);
  else if (r.key)
    printLine(QString("recovered the %1 key from %2 chosen images: %3").arg(QString::fromStdString(schemeName(secret.scheme()))).arg(r.queries)
                  .arg(exact ? "exactly the secret key (same fingerprint)" : "a key that differs from the secret one"));
  else printLine(QString("attack failed after %1 chosen images: %2").arg(r.queries).arg(QString::fromStdString(r.reason)));
  return r.key ? int(kOk) : int(kFailed);
}

int jigsaw(const QCommandLineParser& parser) {
  if (parser.positionalArguments().size() != 2) usageError("give the image to scramble: led attack jigsaw IMAGE");
  const int m = parser.value("block").toInt();
  const Image image = imageAt(parser.positionalArguments()[1], parser.value("size"));
  const JigsawFreedom freedom{parser.isSet("etc"), parser.isSet("etc")};
  OsRandom random;
  const JigsawExperiment e = runJigsawExperiment(image, m, freedom, random);
  if (parser.isSet("output")) writeImage(toStd(parser.value("output")), e.solved);
  if (parser.isSet("scrambled-out")) writeImage(toStd(parser.value("scrambled-out")), e.scrambled);
  const JigsawScores& s = e.scores;
  if (parser.isSet("json")) {
    printJson(QJsonObject{{"pieces", e.pieces}, {"block", m}, {"turned_and_negated", freedom.orientation}, {"seconds", e.seconds},
                          {"direct", s.direct}, {"neighbour", s.neighbour}, {"largest_component", s.largestComponent}});
  } else {
    printLine(QString("%1 pieces of %2x%2%3 solved in %4 s: direct %5, neighbour %6, largest component %7")
                  .arg(e.pieces).arg(m).arg(freedom.orientation ? ", turned, mirrored and negated as EtC does," : "")
                  .arg(e.seconds, 0, 'f', 2).arg(s.direct, 0, 'f', 3).arg(s.neighbour, 0, 'f', 3).arg(s.largestComponent, 0, 'f', 3));
  }
  return int(kOk);
}

int rmtRegression(const QCommandLineParser& parser) {
  if (!parser.isSet("known") || !parser.isSet("image")) usageError("--known (the known plain image) and --image (one to decrypt) are required");
  const Image known = imageAt(parser.value("known"), parser.value("size"));
  SchemeParams params = SchemeParams::defaults(SchemeId::Rmt);
  params.blockSize = parser.value("block").toInt();
  params.noise = parser.value("noise").toDouble();
  OsRandom random;
  const KeySpec spec{params, known.shape};
  const Key secret = generateKey(spec, random);
  const auto cipher = makeCipher(secret);
  const RmtRegressionResult r = recoverRmtKey(known, cipher->encrypt(known), spec);
  const Image other = conformTo(readImage(toStd(parser.value("image"))), known.shape);
  const Ciphertext c = cipher->encrypt(other);
  const Image attacker = makeCipher(r.key)->decrypt(c), owner = cipher->decrypt(c);
  if (parser.isSet("output")) writeImage(toStd(parser.value("output")), attacker);
  const double pa = psnr(attacker, other), po = psnr(owner, other);
  if (parser.isSet("json"))
    printJson(QJsonObject{{"noise", params.noise}, {"block", params.blockSize}, {"orthogonality_error", r.worstOrthogonality},
                          {"psnr_attacker", decibels(pa)}, {"psnr_key_holder", decibels(po)}, {"singular_blocks", r.singularBlocks}});
  else
    printLine(QString("rmt M=%1 noise %2: from one known pair, the attacker decrypts another image at %3 dB (the key holder: %4 dB)")
                  .arg(params.blockSize).arg(params.noise).arg(decibels(pa), decibels(po)) +
              (r.singularBlocks ? QString(" (%1 flat block-channels of the known image could be inverted only in part)").arg(r.singularBlocks) : QString()));
  return int(kOk);
}

}  // namespace

int attackCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("what", "cpa, jigsaw IMAGE or rmt-regression");
  parser.addOptions({
      {"key", "cpa: the secret key the encryption oracle uses (le to succeed; ele to see it fail).", "key"},
      {"per-image-keys", "cpa: the oracle draws a fresh key of the same kind for every image."},
      {"image", "cpa: a photo to decrypt with the recovered key; rmt-regression: the image to decrypt.", "image"},
      {"known", "rmt-regression: the known plain image (textured: flat blocks cannot be inverted).", "image"},
      {"noise", "rmt-regression: rmt's noise level (default 0).", "N", "0"},
      {"block", "jigsaw, rmt-regression: block size (default 8).", "M", "8"},
      {"size", "jigsaw, rmt-regression: conform the image to WIDTHxHEIGHTxCHANNELS first (e.g. 256x256x3).", "WxHxC"},
      {"etc", "jigsaw: also turn, mirror and negate every piece at random, as EtC's steps 2 and 3 do (its colour-order step is not attacked)."},
      {"scrambled-out", "jigsaw: write the scrambled image here.", "image"},
      {{"o", "output"}, "The attacker's result: the decrypted or reassembled image.", "image"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led attack cpa | jigsaw | rmt-regression: recover keys and images the way an attacker would.", args, exitCode))
    return exitCode;
  return guarded([&] {
    const QStringList what = parser.positionalArguments();
    if (what.value(0) == "cpa") return cpa(parser);
    if (what.value(0) == "jigsaw") return jigsaw(parser);
    if (what.value(0) == "rmt-regression") return rmtRegression(parser);
    usageError("the attack to run is 'cpa', 'jigsaw' or 'rmt-regression'");
  });
}

}  // namespace led::cli
