#pragma once
// The option groups of the user's commands, each declared once: the scheme and its parameters, how
// images are prepared for training, the dataset, a seed for demos. Every value is checked as it is parsed.
#include <CLI/CLI.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/shared/ciphertext/SchemeParams.h"
#include "core/user/data/Preparation.h"
#include "core/shared/deniable/Query.h"
#include "core/user/keys/Key.h"
#include "core/shared/random/RandomSource.h"

namespace led::cli {

// le, ele, etc, etc-gray, pe, rmt.
std::vector<std::string> schemeNames();

// --scheme --block --no-split --no-reverse --no-shuffle --noise --no-block-permutation
class SchemeOptions {
 public:
  void add(CLI::App& app, const std::string& defaultScheme = "le");
  // The scheme with its defaults and the parameters given; a usage error when the scheme refuses them.
  SchemeParams params() const;
  const std::string& scheme() const { return scheme_; }

 private:
  std::string scheme_;
  std::optional<int> block_;
  std::optional<double> noise_;
  bool noSplit_ = false, noReverse_ = false, noShuffle_ = false, noBlockPermutation_ = false;
};

// --crop --no-flip --no-augment --pixel-noise --limit-train --limit-test
class PreparationOptions {
 public:
  // defaultPixelNoise: the command's own default (0 when training, 8 when exporting a dataset).
  void add(CLI::App& app, int defaultPixelNoise = 0);
  Preparation preparation() const;

 private:
  std::optional<int> crop_;
  bool noFlip_ = false, noAugment_ = false;
  int pixelNoise_ = 0;
  std::size_t trainLimit_ = 0, testLimit_ = 0;
};

// --dataset fashion-mnist[:FOLDER] | cifar10:FOLDER | folder:FOLDER[@WxHxC]
void addDatasetOption(CLI::App& app, std::string& source);

// --seed for the commands that draw keys: the OS CSPRNG unless a demo asks for a seed.
class SeedOption {
 public:
  void add(CLI::App& app, const std::string& what);
  // makesKeys: warn on stderr that a seeded key is no secret.
  std::unique_ptr<RandomSource> random(bool makesKeys) const;
  const std::optional<std::uint64_t>& value() const { return seed_; }

 private:
  std::optional<std::uint64_t> seed_;
};

// The model keys of the cloud's models, for the commands that make queries for it: --part0-keys and
// --part1-keys (the deniable process: one key per ensemble member each) or --keys (the normal process).
class PartKeyOptions {
 public:
  void add(CLI::App& app, const std::string& whose);
  bool given() const { return !part0_.empty() || !keys_.empty(); }
  // The process the options name and its keys (normal: keys[0]); a usage error when none are given.
  std::pair<QueryProcess, std::array<std::vector<Key>, 2>> read() const;

 private:
  std::string part0_, part1_, keys_;
};

// "32x32x3" (checked by imageSize()) as a shape.
ImageShape shapeFrom(const std::string& size);

// The photograph the window starts with (dog.jpg, the real image; cat.png, the other), where the
// package installs it (share/led-studio/samples beside the program's folder) or in the source tree of
// a build: commands default to the same photos as the window. Io error when neither has it.
std::string bundledSample(const std::string& file);

}  // namespace led::cli
