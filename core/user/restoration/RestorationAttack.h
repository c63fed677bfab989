#pragma once
// The field's ciphertext-only attacks that restore whole test sets, measured as their papers measure
// them (Sirichotedumrong & Kiya 2020; Madono et al.'s SIA-GAN; Chang & Case): SSIM and PSNR of the
// restorations against the plain images, averaged over the victim's images, with their spread.
// - fr: feature reconstruction (attacks/FeatureReconstruction.h) on each ciphertext alone.
// - itn: an inverse transformation network trained on public pairs (an image encrypted under a fresh
//   random key, the image), then applied to the victim's ciphertexts made under one unknown key.
// - gan: the same network as a generator, trained on the victim's ciphertexts against a discriminator
//   that sees unpaired public plain images.
// The attacker knows the scheme and its public parameters, never the victim's key.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/shared/ciphertext/SchemeParams.h"
#include "core/shared/common/Phrase.h"
#include "core/user/data/Dataset.h"

namespace led {

enum class RestorationAttack { Ciphertext, FeatureReconstruction, InverseNetwork, Gan };

// "ciphertext" (the baseline: the ciphertext itself, as a person sees it), "fr", "itn", "gan".
std::string restorationName(RestorationAttack attack);
Phrase restorationTitle(RestorationAttack attack);
// Throws InvalidArgument naming the known attacks.
RestorationAttack parseRestorationName(const std::string& name);

struct RestorationPlan {
  SchemeParams params;
  int publicImages = 6000;  // itn: pairs; gan: unpaired plain images (from the public training set)
  int victimImages = 2000;  // the victim's images (from the test set), under one key
  int epochs = 20;
  int batchSize = 64;
  double learningRate = 0;  // 0: the attack's own (itn: SGD at 0.0625 x block x block, 1.0 for 4x4; gan: Adam at 0.001)
  std::uint64_t seed = 0;   // 0: keys from the operating system; otherwise seeded, for tests and reproducible tables
  int threads = 0;          // 0: LibTorch's default
  int samples = 6;          // restorations kept as pictures
};

struct RestorationScore {
  RestorationAttack attack = RestorationAttack::Ciphertext;
  SchemeParams params;
  int images = 0;                       // victim images restored
  int trainedOn = 0;                    // itn: public pairs; gan: unpaired public images; 0 for the others
  double ssimMean = 0, ssimSpread = 0;  // spread: the standard deviation over the images
  double psnrMean = 0, psnrSpread = 0;  // identical images count as 100 dB
  double seconds = 0;
  std::string device;               // where the network trained: "cpu", "cuda"; empty without one
  std::vector<Image> samples;       // restorations of the first victim images
  std::vector<Image> plainSamples;  // those images in the clear (padded to whole blocks)
};

struct RestorationProgress {
  Phrase step;
  int done = 0, total = 0;
};
using RestorationCallback = std::function<void(const RestorationProgress&)>;

// publicSet: what the attacker has in the clear; victimSet: the images the victim encrypts. Throws
// Cancelled within one batch of `cancel`, InvalidArgument when a set is too small or the scheme does not
// take its images.
RestorationScore runRestorationAttack(RestorationAttack attack, const RestorationPlan& plan, const Dataset& publicSet,
                                      const Dataset& victimSet, const RestorationCallback& progress, const std::atomic<bool>& cancel);

}  // namespace led
