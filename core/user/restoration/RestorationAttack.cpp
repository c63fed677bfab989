#include "core/user/restoration/RestorationAttack.h"

#include <chrono>
#include <cmath>
#include <memory>

#include "core/shared/ciphertext/InputLayout.h"
#include "core/shared/common/Error.h"
#include "core/shared/learn/Restorer.h"
#include "core/shared/random/RandomSource.h"
#include "core/user/attacks/FeatureReconstruction.h"
#include "core/user/imageio/Resize.h"
#include "core/user/metrics/ImageQuality.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

constexpr double kIdenticalPsnr = 100;  // what an exact restoration counts as in the mean

std::unique_ptr<RandomSource> randomFor(std::uint64_t seed) {
  if (seed) return std::make_unique<StreamRandom>(seed);
  return std::make_unique<OsRandom>();
}

// CHW floats in [0, 1], as the restoring network's images are.
void appendPlanes(const Image& image, std::vector<float>& out) {
  const int channels = image.channels();
  for (int k = 0; k < channels; ++k)
    for (std::size_t i = 0; i < image.shape.pixels(); ++i) out.push_back(float(image.data[i * channels + k]) / 255.0f);
}

Image imageOfPlanes(const float* planes, const ImageShape& shape) {
  Image image(shape);
  const int channels = shape.channels;
  for (int k = 0; k < channels; ++k)
    for (std::size_t i = 0; i < shape.pixels(); ++i)
      image.data[i * channels + k] = std::uint8_t(std::lround(planes[std::size_t(k) * shape.pixels() + i] * 255.0f));
  return image;
}

InputShape planesShape(const ImageShape& shape) { return {shape.channels, shape.height, shape.width}; }

// The ciphertext laid out as a model takes it (the attacker knows the scheme), with planes that a scheme
// puts side by side (etc-gray's Y, Cb and Cr) stacked as channels, so that the network's input has the
// plain image's height and width.
struct AttackerInputs {
  InputShape shape;
  std::vector<float> values;

  void add(const Ciphertext& ciphertext, const SchemeParams& params, const ImageShape& plain) {
    const InputShape laid = inputShapeOf(ciphertext.shape, layoutFor(params));
    std::vector<float> one(laid.size());
    layOutCiphertext(ciphertext, layoutFor(params), one.data());
    const int across = laid.width / plain.width, down = laid.height / plain.height;
    shape = {laid.channels * across * down, plain.height, plain.width};
    for (int c = 0; c < laid.channels; ++c)
      for (int tileRow = 0; tileRow < down; ++tileRow)
        for (int tileCol = 0; tileCol < across; ++tileCol)
          for (int r = 0; r < plain.height; ++r) {
            const float* from =
                one.data() + (std::size_t(c) * laid.height + tileRow * plain.height + r) * laid.width + tileCol * plain.width;
            values.insert(values.end(), from, from + plain.width);
          }
  }
};

struct Victim {
  std::vector<Image> plains;  // padded to whole blocks
  std::vector<Ciphertext> ciphertexts;
};

Victim encryptVictim(const RestorationPlan& plan, const Dataset& set, const KeySpec& spec, RandomSource& random) {
  const auto cipher = makeCipher(generateKey(spec, random));
  Victim v;
  for (int i = 0; i < plan.victimImages; ++i) {
    v.plains.push_back(padByEdgeReplication(set.image(std::size_t(i)), plan.params.blockSize));
    v.ciphertexts.push_back(cipher->encrypt(v.plains.back()));
  }
  return v;
}

void score(RestorationScore& s, const std::vector<Image>& restored, const std::vector<Image>& plains, int samples) {
  double ssimSum = 0, ssimSquares = 0, psnrSum = 0, psnrSquares = 0;
  for (std::size_t i = 0; i < restored.size(); ++i) {
    const double structure = ssim(restored[i], plains[i]), db = std::min(psnr(restored[i], plains[i]), kIdenticalPsnr);
    ssimSum += structure, ssimSquares += structure * structure, psnrSum += db, psnrSquares += db * db;
  }
  const double n = double(restored.size());
  s.images = int(restored.size());
  s.ssimMean = ssimSum / n, s.psnrMean = psnrSum / n;
  s.ssimSpread = std::sqrt(std::max(0.0, ssimSquares / n - s.ssimMean * s.ssimMean));
  s.psnrSpread = std::sqrt(std::max(0.0, psnrSquares / n - s.psnrMean * s.psnrMean));
  for (int i = 0; i < std::min<int>(samples, int(restored.size())); ++i)
    s.samples.push_back(restored[i]), s.plainSamples.push_back(plains[i]);
}

std::vector<Image> restoredImages(const std::vector<float>& planes, const ImageShape& shape) {
  std::vector<Image> images;
  for (std::size_t at = 0; at < planes.size(); at += shape.samples()) images.push_back(imageOfPlanes(planes.data() + at, shape));
  return images;
}

RestorerPlan restorerPlan(const RestorationPlan& plan, const InputShape& input, const ImageShape& plain, RestorationAttack attack) {
  RestorerPlan r;
  r.input = input, r.output = planesShape(plain);
  r.block = plan.params.scheme == SchemeId::Pe ? 1 : plan.params.blockSize;
  r.epochs = plan.epochs, r.batchSize = plan.batchSize, r.threads = plan.threads;
  // SGD's step for the inverse network grows with its first layer's fan-in: 1.0 for 4x4 blocks, 0.06 for pe.
  r.learningRate = plan.learningRate > 0 ? plan.learningRate : attack == RestorationAttack::Gan ? 1e-3 : 0.0625 * r.block * r.block;
  r.seed = plan.seed ? plan.seed : 1;
  return r;
}

struct Learning {
  const RestorationPlan& plan;
  const Dataset& publicSet;
  const KeySpec& spec;
  RandomSource& random;
  const RestorationCallback& progress;
  const std::atomic<bool>& cancel;

  RestorerCallback epochs() const {
    return [this](const RestorerProgress& p) {
      if (progress)
        progress({{LED_PHRASE("led", "training the attack's network: epoch %1 of %2"), {std::to_string(p.epoch), std::to_string(p.epochs)}},
                  p.epoch,
                  p.epochs});
    };
  }

  // itn: public pairs, each image under a fresh key of its own.
  Restorer inverseNetwork() const {
    AttackerInputs inputs;
    std::vector<float> images;
    for (int i = 0; i < plan.publicImages; ++i) {
      if (cancel.load()) fail(ErrorKind::Cancelled, LED_PHRASE("led", "the attack was cancelled"));
      const Image plain = padByEdgeReplication(publicSet.image(std::size_t(i)), plan.params.blockSize);
      inputs.add(makeCipher(generateKey(spec, random))->encrypt(plain), plan.params, plain.shape);
      appendPlanes(plain, images);
    }
    return Restorer::trainOnPairs(restorerPlan(plan, inputs.shape, spec.shape, RestorationAttack::InverseNetwork), inputs.values, images,
                                  epochs(), cancel);
  }

  // gan: the victim's ciphertexts against unpaired public images.
  Restorer generator(const AttackerInputs& victim) const {
    std::vector<float> images;
    for (int i = 0; i < plan.publicImages; ++i)
      appendPlanes(padByEdgeReplication(publicSet.image(std::size_t(i)), plan.params.blockSize), images);
    return Restorer::trainAdversarially(restorerPlan(plan, victim.shape, spec.shape, RestorationAttack::Gan), victim.values, images,
                                        epochs(), cancel);
  }
};

void requireSizes(RestorationAttack attack, const RestorationPlan& plan, const Dataset& publicSet, const Dataset& victimSet) {
  const bool learns = attack == RestorationAttack::InverseNetwork || attack == RestorationAttack::Gan;
  if (plan.victimImages < 1 || std::size_t(plan.victimImages) > victimSet.size())
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "The victim's set holds %1 images; the attack was asked for %2."),
                                      {std::to_string(victimSet.size()), std::to_string(plan.victimImages)}});
  if (learns && (plan.publicImages < 1 || std::size_t(plan.publicImages) > publicSet.size()))
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "The attacker's public set holds %1 images; the attack was asked for %2."),
                                      {std::to_string(publicSet.size()), std::to_string(plan.publicImages)}});
  if (learns && publicSet.shape != victimSet.shape)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "The attacker's public images and the victim's must have one shape."));
}

}  // namespace

std::string restorationName(RestorationAttack attack) {
  switch (attack) {
    case RestorationAttack::Ciphertext:
      return "ciphertext";
    case RestorationAttack::FeatureReconstruction:
      return "fr";
    case RestorationAttack::InverseNetwork:
      return "itn";
    case RestorationAttack::Gan:
      return "gan";
  }
  return "";
}

Phrase restorationTitle(RestorationAttack attack) {
  switch (attack) {
    case RestorationAttack::Ciphertext:
      return LED_PHRASE("led", "the ciphertext itself");
    case RestorationAttack::FeatureReconstruction:
      return LED_PHRASE("led", "feature reconstruction (FR)");
    case RestorationAttack::InverseNetwork:
      return LED_PHRASE("led", "inverse transformation network (ITN)");
    case RestorationAttack::Gan:
      return LED_PHRASE("led", "GAN restoration");
  }
  return std::string();
}

RestorationAttack parseRestorationName(const std::string& name) {
  for (RestorationAttack a :
       {RestorationAttack::Ciphertext, RestorationAttack::FeatureReconstruction, RestorationAttack::InverseNetwork, RestorationAttack::Gan})
    if (restorationName(a) == name) return a;
  fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "There is no attack called \"%1\"; the attacks are fr, itn and gan."), {name}});
}

RestorationScore runRestorationAttack(RestorationAttack attack, const RestorationPlan& plan, const Dataset& publicSet,
                                      const Dataset& victimSet, const RestorationCallback& progress, const std::atomic<bool>& cancel) {
  requireSizes(attack, plan, publicSet, victimSet);
  const auto started = std::chrono::steady_clock::now();
  const KeySpec spec{plan.params, paddedShape(victimSet.shape, plan.params.blockSize)};
  spec.validate();
  const auto random = randomFor(plan.seed);
  if (progress) progress({LED_PHRASE("led", "encrypting the victim's images under one key"), 0, 0});
  const Victim victim = encryptVictim(plan, victimSet, spec, *random);
  RestorationScore s;
  s.attack = attack, s.params = plan.params;
  std::vector<Image> restored;
  if (attack == RestorationAttack::Ciphertext || attack == RestorationAttack::FeatureReconstruction) {
    for (std::size_t i = 0; i < victim.ciphertexts.size(); ++i) {
      const Image seen = conformTo(victim.ciphertexts[i].view(), spec.shape);
      restored.push_back(
          attack == RestorationAttack::Ciphertext ? seen : closestGlobalVariant(reconstructFeaturesAdvanced(seen), victim.plains[i]));
    }
  } else {
    AttackerInputs victimInputs;
    for (const Ciphertext& c : victim.ciphertexts) victimInputs.add(c, plan.params, spec.shape);
    const Learning learning{plan, publicSet, spec, *random, progress, cancel};
    const Restorer restorer = attack == RestorationAttack::InverseNetwork ? learning.inverseNetwork() : learning.generator(victimInputs);
    s.device = restorer.device();
    s.trainedOn = plan.publicImages;
    restored = restoredImages(restorer.restore(victimInputs.values), spec.shape);
  }
  score(s, restored, victim.plains, plan.samples);
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return s;
}

}  // namespace led
