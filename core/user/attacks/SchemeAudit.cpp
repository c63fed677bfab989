#include "core/user/attacks/SchemeAudit.h"

#include <cmath>

#include "core/user/attacks/ChosenPlaintext.h"
#include "core/user/attacks/FeatureReconstruction.h"
#include "core/user/attacks/RmtRegression.h"
#include "core/shared/common/Decimals.h"
#include "core/shared/image/ColorSpace.h"
#include "core/user/imageio/Resize.h"
#include "core/user/metrics/ImageQuality.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

// The summary, then the verdict with its measure and threshold, so that one can be checked against the other.
Phrase withVerdict(const Phrase& summary, bool succeeded, const Phrase& measure) {
  return {LED_PHRASE("led", "%1 %2"),
          {summary,
           Phrase(succeeded ? LED_PHRASE("led", "Verdict: reads the picture, since %1.") : LED_PHRASE("led", "Verdict: fails, since %1."),
                  {measure})}};
}

Phrase ssimMeasure(double value) {
  return {value >= kRecognisableSsim ? LED_PHRASE("led", "the reconstruction's SSIM %1 is at least %2")
                                     : LED_PHRASE("led", "the reconstruction's SSIM %1 is below %2"),
          {decimals(value, 2), decimals(kRecognisableSsim, 2)}};
}

Phrase decibels(double db) {
  if (std::isinf(db)) return LED_PHRASE("led", "infinite PSNR (exactly)");
  return {LED_PHRASE("led", "%1 dB PSNR"), {decimals(db, 1)}};
}

// Sets psnr, succeeded and recovered; returns the SSIM the verdict follows from.
double withReconstruction(AttackOutcome& outcome, Image recovered, const Image& plain) {
  outcome.psnr = psnr(recovered, plain);
  const double structure = ssim(recovered, plain);
  outcome.succeeded = structure >= kRecognisableSsim;
  outcome.verdictOn = {"ssim", structure, kRecognisableSsim};
  outcome.recovered = std::move(recovered);
  return structure;
}

AttackOutcome chosenPlaintext(const Image& plain, const Key& key, const Cipher& cipher) {
  AttackOutcome o{LED_PHRASE("led", "chosen-plaintext key recovery"), false, false, std::string(), std::nullopt, 0};
  const SchemeId id = key.scheme();
  if (id != SchemeId::Le && id != SchemeId::Ele) {
    o.summary = {LED_PHRASE("led", "Does not apply: it exploits le's single block key, and %1 is not built from nibble slots."),
                 {schemeName(id)}};
    return o;
  }
  o.applies = true;
  KeySpec assumed = key.spec();
  assumed.params.scheme = SchemeId::Le;  // the attacker assumes le's structure with the public options
  const ChosenPlaintextResult r = recoverLeKey([&cipher](const Image& image) { return cipher.encrypt(image); }, assumed);
  if (!r.key) {
    o.summary = withVerdict({LED_PHRASE("led", "No key recovered (chosen images used: %1): %2."), {std::to_string(r.queries), r.reason}},
                            false, LED_PHRASE("led", "there is no reconstruction"));
    return o;
  }
  const double structure = withReconstruction(o, makeCipher(*r.key)->decrypt(cipher.encrypt(plain)), plain);
  o.summary = withVerdict({r.key->fingerprint() == key.fingerprint()
                               ? LED_PHRASE("led", "Recovered the key exactly (chosen images used: %1); the attacker decrypts at %2.")
                               : LED_PHRASE("led", "Recovered a key (chosen images used: %1); the attacker decrypts at %2."),
                           {std::to_string(r.queries), decibels(o.psnr)}},
                          o.succeeded, ssimMeasure(structure));
  return o;
}

AttackOutcome jigsaw(const Image& plain, const SchemeParams& params, RandomSource& random, const std::atomic<bool>& cancel) {
  AttackOutcome o{LED_PHRASE("led", "jigsaw solver"), false, false, std::string(), std::nullopt, 0};
  if (params.scheme != SchemeId::Etc && params.scheme != SchemeId::EtcGray) {
    o.summary =
        params.scheme == SchemeId::Rmt
            ? Phrase(LED_PHRASE(
                  "led",
                  "Does not apply: rmt multiplies every block by its own orthogonal matrix, so no edge continues into its neighbour."))
        : params.scheme == SchemeId::Pe
            ? Phrase(LED_PHRASE("led", "Does not apply: %1 leaves every pixel where it was; there is no puzzle to solve."),
                     {schemeName(params.scheme)})
        : params.scheme == SchemeId::Ele
            ? Phrase(LED_PHRASE("led",
                                "Does not apply: ele moves its blocks, but scrambles the pixels inside each with a key of its own "
                                "position, so no piece's edge continues into its neighbour's; the solver has nothing to match."))
            : Phrase(LED_PHRASE("led", "Does not apply: %1 leaves every block where it was; there is no puzzle to solve."),
                     {schemeName(params.scheme)});
    return o;
  }
  o.applies = true;
  // etc-gray scrambles its Y, Cb and Cr planes side by side as one gray image: that is its puzzle.
  const bool gray = params.scheme == SchemeId::EtcGray && plain.channels() == 3;
  const JigsawExperiment e = runJigsawExperiment(gray ? rgbToYCbCrPlanes(plain) : plain, params.blockSize, {true, true}, random, &cancel);
  o.recovered = gray ? yCbCrPlanesToRgb(e.solved, plain.channels()) : e.solved;
  o.psnr = psnr(*o.recovered, plain);
  o.succeeded = e.scores.neighbour >= kSolvedNeighbours;
  o.verdictOn = {"adjacent_pieces_joined", e.scores.neighbour, kSolvedNeighbours};
  o.summary = {LED_PHRASE("led",
                          "%1 pieces of %2x%2, turned, mirrored and negated as EtC does (colour order not attacked), solved in %3 s: "
                          "direct %4, neighbour %5, largest component %6 (up to one global turn and sign)."),
               {std::to_string(e.pieces), std::to_string(params.blockSize), decimals(e.seconds, 2), decimals(e.scores.direct, 3),
                decimals(e.scores.neighbour, 3), decimals(e.scores.largestComponent, 3)}};
  o.summary = withVerdict(o.summary, o.succeeded,
                          {o.succeeded ? LED_PHRASE("led", "a share of %1 of adjacent pieces are joined as in the picture, at least %2")
                                       : LED_PHRASE("led", "a share of %1 of adjacent pieces are joined as in the picture, below %2"),
                           {decimals(e.scores.neighbour, 2), decimals(kSolvedNeighbours, 2)}});
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
  const double structure = withReconstruction(o, makeCipher(r.key)->decrypt(cipher.encrypt(plain)), plain);
  o.summary = r.singularBlocks
                  ? Phrase(LED_PHRASE("led",
                                      "From one known image and its ciphertext, the attacker decrypts this image at %1 (%2 flat "
                                      "block-channels of the known image inverted only in part)."),
                           {decibels(o.psnr), std::to_string(r.singularBlocks)})
                  : Phrase(LED_PHRASE("led", "From one known image and its ciphertext, the attacker decrypts this image at %1."),
                           {decibels(o.psnr)});
  o.summary = withVerdict(o.summary, o.succeeded, ssimMeasure(structure));
  return o;
}

// Generic: it needs no structure of the scheme, so it runs on every one, rmt's stretched view included.
AttackOutcome featureReconstruction(const Image& plain, const Image& seen) {
  AttackOutcome o{LED_PHRASE("led", "feature reconstruction (FR)"), true, false, std::string(), std::nullopt, 0};
  const double basic = ssim(reconstructFeaturesBasic(seen), plain);
  const double structure = withReconstruction(o, closestGlobalVariant(reconstructFeaturesAdvanced(seen), plain), plain);
  o.summary = withVerdict({LED_PHRASE("led",
                                      "From the ciphertext alone, without key or training: the basic reconstruction (each sample or its "
                                      "negative, whichever is at most 127) at SSIM %1; the advanced one (per pixel, the colour order "
                                      "and flips closest to its decoded neighbours) at %2, up to one colour order and flip pattern "
                                      "for the whole picture."),
                           {decimals(basic, 2), decibels(o.psnr)}},
                          o.succeeded, ssimMeasure(structure));
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
  constexpr int kSteps = 6;
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
  if (!step(4, LED_PHRASE("led", "feature reconstruction"))) return a;
  a.attacks.push_back(featureReconstruction(a.plain, a.ciphertext));
  if (!step(5, LED_PHRASE("led", "JPEG rate-distortion"))) return a;
  if (!cipher->realValued()) a.jpeg = jpegRateDistortion(a.plain, key, options.jpegQualities);
  if (progress) progress(kSteps, kSteps, LED_PHRASE("led", "done"));
  return a;
}

}  // namespace led
