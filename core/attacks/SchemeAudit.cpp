#include "core/attacks/SchemeAudit.h"

#include <cmath>
#include <cstdio>

#include "core/attacks/ChosenPlaintext.h"
#include "core/attacks/RmtRegression.h"
#include "core/imageio/Resize.h"
#include "core/metrics/ImageQuality.h"
#include "core/schemes/SchemeRegistry.h"

namespace led {
namespace {

// An attack "reads the picture" when its reconstruction keeps its structure.
constexpr double kRecognisableSsim = 0.5;

Phrase decibels(double db) {
  if (std::isinf(db)) return LED_PHRASE("led", "infinite PSNR (exactly)");
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", db);
  return {LED_PHRASE("led", "%1 dB PSNR"), {std::string(text)}};
}

AttackOutcome withReconstruction(AttackOutcome outcome, Image recovered, const Image& plain) {
  outcome.psnr = psnr(recovered, plain);
  outcome.succeeded = ssim(recovered, plain) >= kRecognisableSsim;
  outcome.recovered = std::move(recovered);
  return outcome;
}

AttackOutcome chosenPlaintext(const Image& plain, const Key& key, const Cipher& cipher) {
  AttackOutcome o{LED_PHRASE("led", "chosen-plaintext key recovery"), false, false, std::string(), std::nullopt, 0};
  const SchemeId id = key.scheme();
  if (id != SchemeId::Le && id != SchemeId::Ele) {
    o.summary = {LED_PHRASE("led", "Does not apply: it exploits le's single block key, and %1 is not built from nibble slots."), {schemeName(id)}};
    return o;
  }
  o.applies = true;
  KeySpec assumed = key.spec();
  assumed.params.scheme = SchemeId::Le;  // the attacker assumes le's structure with the public options
  const ChosenPlaintextResult r = recoverLeKey([&cipher](const Image& image) { return cipher.encrypt(image); }, assumed);
  if (!r.key) {
    o.summary = {LED_PHRASE("led", "Failed after %1 chosen images: %2"), {std::to_string(r.queries), r.reason}};
    return o;
  }
  o = withReconstruction(o, makeCipher(*r.key)->decrypt(cipher.encrypt(plain)), plain);
  o.summary = {r.key->fingerprint() == key.fingerprint() ? LED_PHRASE("led", "Recovered the key from %1 chosen images exactly; the attacker decrypts at %2.")
                                                         : LED_PHRASE("led", "Recovered the key from %1 chosen images; the attacker decrypts at %2."),
               {std::to_string(r.queries), decibels(o.psnr)}};
  return o;
}

AttackOutcome jigsaw(const Image& plain, const SchemeParams& params, RandomSource& random, const std::atomic<bool>& cancel) {
  AttackOutcome o{LED_PHRASE("led", "jigsaw solver"), false, false, std::string(), std::nullopt, 0};
  if (params.scheme != SchemeId::Etc && params.scheme != SchemeId::EtcGray) {
    o.summary = params.scheme == SchemeId::Rmt
                    ? Phrase(LED_PHRASE("led", "Does not apply: rmt multiplies every block by its own orthogonal matrix, so no edge continues into its neighbour."))
                : params.scheme == SchemeId::Pe
                    ? Phrase(LED_PHRASE("led", "Does not apply: %1 leaves every pixel where it was; there is no puzzle to solve."), {schemeName(params.scheme)})
                    : Phrase(LED_PHRASE("led", "Does not apply: %1 leaves every block where it was; there is no puzzle to solve."), {schemeName(params.scheme)});
    return o;
  }
  o.applies = true;
  const JigsawExperiment e = runJigsawExperiment(plain, params.blockSize, {true, true}, random, &cancel);
  o.recovered = e.solved;
  o.psnr = psnr(e.solved, plain);
  o.succeeded = e.scores.neighbour >= 0.5;
  const auto number = [](const char* format, double v) {
    char text[32];
    std::snprintf(text, sizeof text, format, v);
    return std::string(text);
  };
  o.summary = {LED_PHRASE("led", "%1 pieces of %2x%2, turned, mirrored and negated as EtC does (colour order not attacked), solved in %3 s: "
                                 "direct %4, neighbour %5, largest component %6 (up to one global turn and sign)."),
               {std::to_string(e.pieces), std::to_string(params.blockSize), number("%.2f", e.seconds), number("%.3f", e.scores.direct),
                number("%.3f", e.scores.neighbour), number("%.3f", e.scores.largestComponent)}};
  return o;
}

AttackOutcome regression(const Image& plain, const Key& key, const Cipher& cipher, const Image& known) {
  AttackOutcome o{LED_PHRASE("led", "known-plaintext regression"), false, false, std::string(), std::nullopt, 0};
  if (key.scheme() != SchemeId::Rmt) {
    o.summary = LED_PHRASE("led", "Does not apply: it fits rmt's orthogonal block matrices.");
    return o;
  }
  o.applies = true;
  const RmtRegressionResult r = recoverRmtKey(known, cipher.encrypt(known), key.spec());
  o = withReconstruction(o, makeCipher(r.key)->decrypt(cipher.encrypt(plain)), plain);
  o.summary = r.singularBlocks ? Phrase(LED_PHRASE("led", "From one known image and its ciphertext, the attacker decrypts this image at %1 (%2 flat "
                                                        "block-channels of the known image inverted only in part)."),
                                        {decibels(o.psnr), std::to_string(r.singularBlocks)})
                               : Phrase(LED_PHRASE("led", "From one known image and its ciphertext, the attacker decrypts this image at %1."), {decibels(o.psnr)});
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
                        const std::function<void(int, int, const Phrase&)>& progress, const std::atomic<bool>& cancel) {
  SchemeAudit a;
  a.params = params;
  a.plain = padByEdgeReplication(original, params.blockSize);
  const KeySpec spec{params, a.plain.shape};
  const Key key = generateKey(spec, random);
  const auto cipher = makeCipher(key);
  constexpr int kSteps = 5;
  const auto step = [&](int done, const Phrase& next) {
    if (progress) progress(done, kSteps, next);
    return !(a.cancelled = cancel.load());
  };
  if (!step(0, LED_PHRASE("led", "what the ciphertext keeps"))) return a;
  const Ciphertext c = cipher->encrypt(a.plain);
  CiphertextQuality quality = ciphertextQuality(a.plain, c, *cipher);
  a.ciphertext = std::move(quality.seen);
  a.ssim = quality.ssim;
  a.psnr = quality.psnr;
  a.keyBits = schemeFor(params.scheme).keySpaceBits(spec);
  a.wrongKey = makeCipher(generateKey(spec, random))->decrypt(c);
  if (!step(1, LED_PHRASE("led", "chosen-plaintext key recovery"))) return a;
  a.attacks.push_back(chosenPlaintext(a.plain, key, *cipher));
  if (!step(2, LED_PHRASE("led", "jigsaw solver"))) return a;
  a.attacks.push_back(jigsaw(a.plain, params, random, cancel));
  if (!step(3, LED_PHRASE("led", "known-plaintext regression"))) return a;
  const Image known = options.known ? conformTo(*options.known, a.plain.shape) : texturedImage(a.plain.shape, random);
  a.attacks.push_back(regression(a.plain, key, *cipher, known));
  if (!step(4, LED_PHRASE("led", "JPEG rate-distortion"))) return a;
  if (!cipher->realValued()) a.jpeg = jpegRateDistortion(a.plain, key, options.jpegQualities);
  if (progress) progress(kSteps, kSteps, LED_PHRASE("led", "done"));
  return a;
}

}  // namespace led
