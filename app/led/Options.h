#pragma once
// The option groups of the user's commands, each declared once: the scheme and its parameters, how
// images are prepared for training, the dataset, a seed for demos. Every value is checked as it is parsed.
#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/ciphertext/SchemeParams.h"
#include "core/data/Preparation.h"
#include "core/random/RandomSource.h"

namespace led::cli {

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

// "32x32x3" (checked by imageSize()) as a shape.
ImageShape shapeFrom(const std::string& size);

}  // namespace led::cli
