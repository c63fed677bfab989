#pragma once
// What a model file says about itself (docs/specification.md, section 5): architecture, scheme and key fingerprint
// (none for a plain model), dataset, class names, the plain image shape it classifies and the input it
// takes. Loading checks it before any weight is read.
#include <optional>
#include <string>
#include <vector>

#include "core/shared/ciphertext/InputLayout.h"
#include "core/shared/ciphertext/SchemeParams.h"

namespace led {

// Backbones: "baseline" (small CNN, strong on Fashion-MNIST), "block-cnn" (its first layer block-wise,
// so plain and le models learn alike), "paper-cnn" (the LED paper's 8-layer CNN), "resnet20" (ResNet
// for CIFAR-10, for a GPU).
const std::vector<std::string>& architectures();
void requireArchitecture(const std::string& name);

// How familiar a photo looks to the model: the distance of what the model reads of it (its input, the
// ciphertext for a keyed model, averaged over cells of at most 14x14 a plane) to the nearest class's
// mean, each cell scaled by its spread within the classes (a Mahalanobis distance with a diagonal
// covariance), as a mean over the cells. Means and spreads are measured on training images after
// training, the bound that passShare of the model's held-out images stay within on held-out ones. It
// holds statistics of ciphertexts only, which whoever holds the ciphertexts can compute anyway.
struct Familiarity {
  std::vector<std::vector<float>> classMeans;  // [class][cell]
  std::vector<float> variances;                // [cell], pooled within the classes
  double bound = 0;
  std::size_t heldOut = 0;  // images the bound was measured on
  double passShare = 0.95;
};

struct ModelInfo {
  std::string architecture = "baseline";
  std::optional<SchemeParams> scheme;  // empty: trained on plain images
  std::string keyFingerprint;          // empty for plain models
  std::string dataset;
  std::vector<std::string> classNames;
  ImageShape imageShape;
  InputShape input;
  InputLayout layout = InputLayout::Samples;
  std::optional<Familiarity> familiarity;  // absent in models made before it was measured

  std::string text() const;
  // Throws BadFile naming `source` when the text is not a model description.
  static ModelInfo parse(const std::string& text, const std::string& source);
  std::string describe() const;  // "baseline on le M=4 ... (key 3f9a-...), Fashion-MNIST, 10 classes"
};

// Throws Mismatch unless the key of this fingerprint is the one the model was trained with (an empty
// fingerprint: no key, for a plain model).
void requireModelKey(const ModelInfo& info, const std::string& keyFingerprint);

}  // namespace led
