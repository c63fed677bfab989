#pragma once
// A trained (or fresh) model with its description, behind a torch-free interface, so the GUI and the
// CLI never see torch headers. Model files are written atomically and checked on load.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "learn/ModelInfo.h"

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
  // inputs: count x info().input.size() floats (ModelInput's layout); returns count x classes probabilities.
  std::vector<float> probabilities(const float* inputs, std::size_t count) const;

  struct Impl;
  Impl& impl() const { return *impl_; }

 private:
  explicit Classifier(std::shared_ptr<Impl> impl);
  std::shared_ptr<Impl> impl_;
};

}  // namespace led
