#pragma once
// Everything LED Studio measures about one scheme and parameter set on one image without training
// (docs/specification.md, section 7): what the ciphertext keeps of the picture (SSIM, PSNR), the key space, what a wrong
// key shows, every attack that applies to the scheme with the image it recovered, and the JPEG
// rate-distortion curve. The Evaluate page and `led report` both show one.
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/user/attacks/Jigsaw.h"
#include "core/user/keys/Key.h"
#include "core/user/metrics/JpegRobustness.h"
#include "core/user/schemes/Cipher.h"

namespace led {

// An attack "reads the picture" when its reconstruction keeps its structure: SSIM against the plain
// image at least kRecognisableSsim; the jigsaw solver, whose pieces may end up turned as a whole, when
// at least kSolvedNeighbours of the adjacent pieces are joined as in the picture.
constexpr double kRecognisableSsim = 0.5;
constexpr double kSolvedNeighbours = 0.5;

struct AttackOutcome {
  Phrase name;                     // "chosen-plaintext key recovery", "jigsaw solver", "known-plaintext regression", ...
  bool applies = false;            // false: the scheme lacks what the attack exploits (summary says what)
  bool succeeded = false;          // the attacker read the picture
  Phrase summary = std::string();  // one or two sentences with the numbers
  std::optional<Image> recovered;  // the attacker's reconstruction, when there is one
  double psnr = 0;                 // of the reconstruction against the plain image (infinity: exact)
  // The number the verdict follows from and its threshold: "ssim" of the reconstruction, "dataset_mean_ssim"
  // of a learned attack's restorations, or "adjacent_pieces_joined" of the jigsaw solver. Empty when none.
  struct Measure {
    std::string name;
    double value = 0, threshold = 0;
  } verdictOn;
};

struct SchemeAudit {
  SchemeParams params;
  Image plain;       // as encrypted (padded to whole blocks)
  Image ciphertext;  // as a person sees it, at the plain image's shape
  Image wrongKey;    // the ciphertext decrypted with another key of the same kind
  double ssim = 0, psnr = 0, keyBits = 0;
  std::vector<AttackOutcome> attacks;
  std::optional<JpegCurve> jpeg;  // byte-valued schemes only
  bool cancelled = false;
};

// What a ciphertext keeps of the picture: SSIM and PSNR of what a person sees of it (at the padded plain
// image's shape; etc-gray's planes conformed back) against the padded plain image.
struct CiphertextQuality {
  Image seen;
  double ssim = 0, psnr = 0;
};
// plain: of the key's shape; ciphertext: its encryption under cipher.
CiphertextQuality ciphertextQuality(const Image& plain, const Ciphertext& ciphertext, const Cipher& cipher);

struct AuditOptions {
  std::optional<Image> known;  // the known plain image of rmt's regression; default: a textured image of `random`
  std::vector<int> jpegQualities{10, 20, 30, 40, 50, 60, 70, 80, 90, 95};
};

// progress(step done, steps, what comes next). The key and every random choice come from `random`.
// Cancelling stops between steps; what was measured stays.
SchemeAudit auditScheme(const Image& plain, const SchemeParams& params, const AuditOptions& options, RandomSource& random,
                        const std::function<void(int, int, const Phrase&)>& progress, const std::atomic<bool>& cancel);

}  // namespace led
