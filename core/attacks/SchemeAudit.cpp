#include "attacks/SchemeAudit.h"

#include <cmath>
#include <cstdio>

#include "attacks/ChosenPlaintext.h"
#include "attacks/RmtRegression.h"
#include "image/Resize.h"
#include "metrics/ImageQuality.h"
#include "schemes/SchemeRegistry.h"

namespace led {
namespace {

// An attack "reads the picture" when its reconstruction keeps its structure.
constexpr double kRecognisableSsim = 0.5;

std::string decibels(double db) {
  char text[32];
  std::snprintf(text, sizeof text, std::isinf(db) ? "infinite PSNR (exactly)" : "%.1f dB PSNR", db);
  return text;
}

AttackOutcome withReconstruction(AttackOutcome outcome, Image recovered, const Image& plain) {
  outcome.psnr = psnr(recovered, plain);
  outcome.succeeded = ssim(recovered, plain) >= kRecognisableSsim;
  outcome.recovered = std::move(recovered);
  return outcome;
}

AttackOutcome chosenPlaintext(const Image& plain, const Key& key, const Cipher& cipher) {
  AttackOutcome o{"chosen-plaintext key recovery", false, false, {}, std::nullopt, 0};
  const SchemeId id = key.scheme();
  if (id != SchemeId::Le && id != SchemeId::Ele) {
    o.summary = "Does not apply: it exploits le's single block key, and " + schemeName(id) + " is not built from nibble slots.";
    return o;
  }
  o.applies = true;
  KeySpec assumed = key.spec();
  assumed.params.scheme = SchemeId::Le;  // the attacker assumes le's structure with the public options
  const ChosenPlaintextResult r = recoverLeKey([&cipher](const Image& image) { return cipher.encrypt(image); }, assumed);
  if (!r.key) {
    o.summary = "Failed after " + std::to_string(r.queries) + " chosen images: " + r.reason;
    return o;
  }
  o = withReconstruction(o, makeCipher(*r.key)->decrypt(cipher.encrypt(plain)), plain);
  o.summary = "Recovered the key from " + std::to_string(r.queries) + " chosen images" +
              (r.key->fingerprint() == key.fingerprint() ? " exactly" : "") + "; the attacker decrypts at " + decibels(o.psnr) + ".";
  return o;
}

AttackOutcome jigsaw(const Image& plain, const SchemeParams& params, RandomSource& random, const std::atomic<bool>& cancel) {
  AttackOutcome o{"jigsaw solver", false, false, {}, std::nullopt, 0};
  if (params.scheme != SchemeId::Etc && params.scheme != SchemeId::EtcGray) {
    o.summary = params.scheme == SchemeId::Rmt
                    ? "Does not apply: rmt multiplies every block by its own orthogonal matrix, so no edge continues into its neighbour."
                    : "Does not apply: " + schemeName(params.scheme) + " leaves every " + (params.scheme == SchemeId::Pe ? "pixel" : "block") +
                          " where it was; there is no puzzle to solve.";
    return o;
  }
  o.applies = true;
  const JigsawExperiment e = runJigsawExperiment(plain, params.blockSize, {true, true}, random, &cancel);
  o.recovered = e.solved;
  o.psnr = psnr(e.solved, plain);
  o.succeeded = e.scores.neighbour >= 0.5;
  char text[256];
  std::snprintf(text, sizeof text,
                "%d pieces of %dx%d, turned, mirrored and negated as EtC does (colour order not attacked), solved in %.2f s: direct %.3f, "
                "neighbour %.3f, largest component %.3f (up to one global turn and sign).",
                e.pieces, params.blockSize, params.blockSize, e.seconds, e.scores.direct, e.scores.neighbour, e.scores.largestComponent);
  o.summary = text;
  return o;
}

AttackOutcome regression(const Image& plain, const Key& key, const Cipher& cipher, const Image& known) {
  AttackOutcome o{"known-plaintext regression", false, false, {}, std::nullopt, 0};
  if (key.scheme() != SchemeId::Rmt) {
    o.summary = "Does not apply: it fits rmt's orthogonal block matrices.";
    return o;
  }
  o.applies = true;
  const RmtRegressionResult r = recoverRmtKey(known, cipher.encrypt(known), key.spec());
  o = withReconstruction(o, makeCipher(r.key)->decrypt(cipher.encrypt(plain)), plain);
  o.summary = "From one known image and its ciphertext, the attacker decrypts this image at " + decibels(o.psnr) +
              (r.singularBlocks ? " (" + std::to_string(r.singularBlocks) + " flat block-channels of the known image inverted only in part)." : ".");
  return o;
}

Image texturedImage(const ImageShape& shape, RandomSource& random) {
  Image image(shape);
  random.fill(image.data.data(), image.data.size());
  return image;
}

}  // namespace

CiphertextQuality ciphertextQuality(const Image& plain, const Ciphertext& ciphertext, const Cipher& cipher) {
  const Image padded = padByEdgeReplication(plain, cipher.spec().params.blockSize);
  CiphertextQuality q{conformTo(ciphertext.view(), cipher.paddedShape()), 0, 0};
  q.ssim = ssim(q.seen, padded);
  q.psnr = psnr(q.seen, padded);
  return q;
}

SchemeAudit auditScheme(const Image& original, const SchemeParams& params, const AuditOptions& options, RandomSource& random,
                        const std::function<void(int, int, const std::string&)>& progress, const std::atomic<bool>& cancel) {
  SchemeAudit a;
  a.params = params;
  a.plain = padByEdgeReplication(original, params.blockSize);
  const KeySpec spec{params, a.plain.shape};
  const Key key = generateKey(spec, random);
  const auto cipher = makeCipher(key);
  constexpr int kSteps = 5;
  const auto step = [&](int done, const std::string& next) {
    if (progress) progress(done, kSteps, next);
    return !(a.cancelled = cancel.load());
  };
  if (!step(0, "what the ciphertext keeps")) return a;
  const Ciphertext c = cipher->encrypt(a.plain);
  CiphertextQuality quality = ciphertextQuality(a.plain, c, *cipher);
  a.ciphertext = std::move(quality.seen);
  a.ssim = quality.ssim;
  a.psnr = quality.psnr;
  a.keyBits = schemeFor(params.scheme).keySpaceBits(spec);
  a.wrongKey = makeCipher(generateKey(spec, random))->decrypt(c);
  if (!step(1, "chosen-plaintext key recovery")) return a;
  a.attacks.push_back(chosenPlaintext(a.plain, key, *cipher));
  if (!step(2, "jigsaw solver")) return a;
  a.attacks.push_back(jigsaw(a.plain, params, random, cancel));
  if (!step(3, "known-plaintext regression")) return a;
  const Image known = options.known ? conformTo(*options.known, a.plain.shape) : texturedImage(a.plain.shape, random);
  a.attacks.push_back(regression(a.plain, key, *cipher, known));
  if (!step(4, "JPEG rate-distortion")) return a;
  if (!cipher->realValued()) a.jpeg = jpegRateDistortion(a.plain, key, options.jpegQualities);
  if (progress) progress(kSteps, kSteps, "done");
  return a;
}

}  // namespace led
