#pragma once
// Internal to core/shared/learn: what a Classifier holds. Includes torch.
#include "core/shared/learn/Classifier.h"
#include "core/shared/learn/Networks.h"
#include "core/shared/modelfile/ModelFile.h"

namespace led {

struct Classifier::Impl {
  ModelInfo info;
  learn::ClassifierNet net;
  torch::Device device = torch::kCPU;
};

namespace learn {
// The file's bytes: the model's description (and a checkpoint's history) before an archive holding
// whatever the caller wrote into `archive` and the weights (shared/modelfile/ModelFile.h).
std::vector<std::uint8_t> fileBytes(ModelFileKind kind, const Classifier::Impl& model, const std::string& history,
                                    torch::serialize::OutputArchive& archive);
// Loads the file's archive (onto `device`; default: where the tensors were saved) into `archive` and
// the weights into a model of the description the file holds.
Classifier::Impl readModel(const ModelFile& file, const std::string& name, torch::serialize::InputArchive& archive,
                           c10::optional<torch::Device> device);
}  // namespace learn

}  // namespace led
