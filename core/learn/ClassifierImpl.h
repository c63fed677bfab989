#pragma once
// Internal to core/learn: what a Classifier holds. Includes torch.
#include "learn/Classifier.h"
#include "learn/Networks.h"

namespace led {

struct Classifier::Impl {
  ModelInfo info;
  learn::ClassifierNet net;
  torch::Device device = torch::kCPU;
};

namespace learn {
// Serialises model info and weights (and, for checkpoints, more) into one archive's bytes.
std::vector<std::uint8_t> archiveBytes(torch::serialize::OutputArchive& archive);
// Model and checkpoint files: torch's archive inside the checksummed envelope, so a damaged file is
// refused before torch parses it. device: where the tensors land (default: where they were saved).
void loadArchive(torch::serialize::InputArchive& archive, const std::vector<std::uint8_t>& bytes, const std::string& name,
                 c10::optional<torch::Device> device = c10::nullopt);
void writeModel(torch::serialize::OutputArchive& archive, const Classifier::Impl& model);
// Reads the description first and refuses what does not fit, then the weights.
Classifier::Impl readModel(torch::serialize::InputArchive& archive, const std::string& name);
}  // namespace learn

}  // namespace led
