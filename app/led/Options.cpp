#include "app/led/Options.h"

#include <cstdio>
#include <filesystem>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/KeyDescription.h"
#include "core/shared/common/Error.h"

namespace led::cli {

std::vector<std::string> schemeNames() {
  std::vector<std::string> names;
  for (SchemeId id : allSchemes()) names.push_back(schemeName(id));
  return names;
}

void SchemeOptions::add(CLI::App& app, const std::string& defaultScheme) {
  scheme_ = defaultScheme;
  app.add_option("--scheme", scheme_, "Scheme: le, ele, etc, etc-gray, pe or rmt (default " + defaultScheme + ").")
      ->check(oneOf(schemeNames()))
      ->group("Scheme");
  app.add_option("--block", block_, "Block size M (default: the scheme's own, 4; pe has 1).")->check(wholeNumber(1, 1024))->group("Scheme");
  app.add_flag("--no-split", noSplit_, "le, ele: work on whole bytes instead of 4-bit nibbles.")->group("Scheme");
  app.add_flag("--no-reverse", noReverse_, "le, ele: no reversal mask.")->group("Scheme");
  app.add_flag("--no-shuffle", noShuffle_, "le, ele: no permutation inside blocks.")->group("Scheme");
  app.add_option("--noise", noise_, "rmt: noise level N, noise drawn from [0, N) (default 25).")
      ->check(realNumber(0, 255))
      ->group("Scheme");
  app.add_flag("--no-block-permutation", noBlockPermutation_, "rmt: keep blocks in place.")->group("Scheme");
}

SchemeParams SchemeOptions::params() const {
  SchemeParams p = SchemeParams::defaults(parseSchemeName(scheme_));
  if (block_) p.blockSize = *block_;
  if (noise_) p.noise = *noise_;
  p.split = !noSplit_;
  p.reverse = !noReverse_;
  p.shuffle = !noShuffle_;
  p.blockPermutation = !noBlockPermutation_;
  try {
    p.validate();
  } catch (const Error& e) {
    usageError(e.what());
  }
  return p;
}

void PreparationOptions::add(CLI::App& app, int defaultPixelNoise) {
  pixelNoise_ = defaultPixelNoise;
  app.add_option("--crop", crop_, "Random-crop padding in pixels (default: 0 for gray images, 4 for colour).")
      ->check(wholeNumber(0, 64))
      ->group("Preparing the images");
  app.add_flag("--no-flip", noFlip_, "Do not mirror images at random.")->group("Preparing the images");
  app.add_flag("--no-augment", noAugment_, "No random crop and no mirroring.")->group("Preparing the images");
  app.add_option("--pixel-noise", pixelNoise_,
                 "Add a uniform integer in [-n, n] to every plain sample before encryption (default " + std::to_string(defaultPixelNoise) +
                     "; 8 keeps le models from over-fitting the lower nibble).")
      ->check(wholeNumber(0, 64))
      ->group("Preparing the images");
  app.add_option("--limit-train", trainLimit_, "Use only the first n training images.")
      ->check(wholeNumber(1, 1LL << 40))
      ->group("Preparing the images");
  app.add_option("--limit-test", testLimit_, "Use only the first n test images.")
      ->check(wholeNumber(1, 1LL << 40))
      ->group("Preparing the images");
}

Preparation PreparationOptions::preparation() const {
  Preparation p;
  if (crop_ || noFlip_ || noAugment_) p.augmentation = noAugment_ ? Augmentation{} : Augmentation{crop_.value_or(0), !noFlip_, 0};
  p.pixelNoise = pixelNoise_;
  p.trainLimit = trainLimit_;
  p.testLimit = testLimit_;
  return p;
}

void addDatasetOption(CLI::App& app, std::string& source) {
  source = "fashion-mnist";
  app.add_option("--dataset", source,
                 "fashion-mnist[:FOLDER] (default: Debian's dataset-fashion-mnist), cifar10:FOLDER (a cifar-10-batches-bin folder) or "
                 "folder:FOLDER[@WxHxC] (one sub-folder per class).");
}

void SeedOption::add(CLI::App& app, const std::string& what) { app.add_option("--seed", seed_, what)->check(wholeNumber(0, 1LL << 62)); }

std::unique_ptr<RandomSource> SeedOption::random(bool makesKeys) const {
  if (!seed_) return std::make_unique<OsRandom>();
  if (makesKeys) warn("led", "seeded demo key: anyone who knows the seed has the key");
  return std::make_unique<StreamRandom>(*seed_);
}

ImageShape shapeFrom(const std::string& size) {
  int width = 0, height = 0, channels = 0;
  if (std::sscanf(size.c_str(), "%dx%dx%d", &width, &height, &channels) != 3) usageError("a size is WIDTHxHEIGHTxCHANNELS, e.g. 32x32x3");
  return {height, width, channels};
}

void PartKeyOptions::add(CLI::App& app, const std::string& whose) {
  auto* part0 =
      app.add_option("--part0-keys", part0_, "Deniable: the model keys of part 0 " + whose + " (one per ensemble member, k0[,k0b,...]).");
  auto* part1 = app.add_option("--part1-keys", part1_, "Deniable: the model keys of part 1, as many as part 0.");
  auto* keys = app.add_option("--keys", keys_, "Normal: the model keys " + whose + ".");
  keys->excludes(part0)->excludes(part1);
  part0->needs(part1);
  part1->needs(part0);
}

std::pair<QueryProcess, std::array<std::vector<Key>, 2>> PartKeyOptions::read() const {
  if (!given()) usageError("give --part0-keys and --part1-keys (deniable) or --keys (normal)");
  if (!keys_.empty()) return {QueryProcess::Normal, {readKeyList(keys_, "--keys"), {}}};
  return {QueryProcess::Deniable, {readKeyList(part0_, "--part0-keys"), readKeyList(part1_, "--part1-keys")}};
}

std::string bundledSample(const std::string& file) {
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe").parent_path();
  // led in bin/, led-learn in libexec/led-studio/; a build finds the source tree's copy.
  for (const std::filesystem::path& folder :
       {self / "../share/led-studio/samples", self / "../../share/led-studio/samples", std::filesystem::path(LED_SOURCE_SAMPLES_DIR)})
    if (std::filesystem::exists(folder / file)) return (folder / file).lexically_normal().string();
  fail(ErrorKind::Io, {LED_PHRASE("led", "the bundled photograph %1 is not installed: give the image's file"), {file}});
}

}  // namespace led::cli
