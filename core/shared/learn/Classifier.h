#pragma once
// A trained (or fresh) model with its description, behind a torch-free interface, so the GUI and the
// CLI never see torch headers. Model files are written atomically and checked on load.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/shared/modelfile/ModelInfo.h"

namespace led {

class Classifier {
 public:
  // Fresh weights; seed makes them reproducible.
  Classifier(const ModelInfo& info, std::optional<std::uint64_t> seed);
  // Throws BadFile for a file that is not a model, or whose weights do not fit the architecture it names.
  static Classifier load(const std::string& path);
  void save(const std::string& path) const;

  const ModelInfo& info() const;
  std::size_t parameterCount() const;
  // A model on le ciphertexts (info) built from a plain model: its backbone is plain's, its adaptation
  // layer (a convolution with kernel = stride = M, then PixelShuffle) has these weights: weight holds
  // [M*M*C][input planes][M][M] numbers, bias [M*M*C]. Throws InvalidArgument when the sizes do not fit.
  static Classifier withLeAdaptation(const Classifier& plain, const ModelInfo& info, const std::vector<float>& weight,
                                     const std::vector<float>& bias);
  // inputs: count x info().input.size() floats (ModelInput's layout); returns count x classes probabilities.
  std::vector<float> probabilities(const float* inputs, std::size_t count) const;
  // Kept in the description the model is saved with.
  void setFamiliarity(const Familiarity& familiarity);

  struct Impl;
  Impl& impl() const { return *impl_; }

 private:
  explicit Classifier(std::shared_ptr<Impl> impl);
  std::shared_ptr<Impl> impl_;
};

// CPU threads every model of this process uses to classify (LibTorch's intra-op pool).
void setModelThreads(int threads);

}  // namespace led
