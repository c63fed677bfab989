#include "core/shared/learn/Classifier.h"

#include <sstream>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/shared/modelfile/ArchiveBounds.h"
#include "core/shared/learn/ClassifierImpl.h"

namespace led {

namespace learn {

std::vector<std::uint8_t> fileBytes(ModelFileKind kind, const Classifier::Impl& model, const std::string& history,
                                    torch::serialize::OutputArchive& archive) {
  torch::serialize::OutputArchive weights;
  model.net->save(weights);
  archive.write("weights", weights);
  std::ostringstream out;
  archive.save_to(out);
  return encodeModelFile(kind, model.info, history, out.str());
}

Classifier::Impl readModel(const ModelFile& file, const std::string& name, torch::serialize::InputArchive& archive,
                           c10::optional<torch::Device> device) {
  try {
    archive.load_from(reinterpret_cast<const char*>(file.bytes.data() + file.archiveOffset), file.archiveSize, device);
  } catch (const std::exception&) {  // c10::Error, and whatever else torch's reader throws
    refuseModelFile(name);
  }
  Classifier::Impl model{file.info, nullptr};
  try {
    model.net = ClassifierNet(file.info);  // a description LibTorch cannot build a network for is refused too
    torch::serialize::InputArchive weights;
    archive.read("weights", weights);
    model.net->load(weights);
  } catch (const std::exception&) {
    fail(ErrorKind::BadFile,
         {LED_PHRASE("led", "%1: its weights do not fit the %2 architecture it names"), {name, model.info.architecture}});
  }
  return model;
}

}  // namespace learn

Classifier::Classifier(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}

Classifier::Classifier(const ModelInfo& info, std::optional<std::uint64_t> seed) {
  requireArchitecture(info.architecture);
  if (seed) torch::manual_seed(*seed);
  impl_ = std::make_shared<Impl>(Impl{info, learn::ClassifierNet(info)});
}

Classifier Classifier::load(const std::string& path) {
  const ModelFile file = readModelFile(path);  // a checkpoint too: it holds the weights of its last epoch
  torch::serialize::InputArchive archive;
  return Classifier(std::make_shared<Impl>(learn::readModel(file, path, archive, c10::nullopt)));
}

void Classifier::save(const std::string& path) const {
  torch::serialize::OutputArchive archive;
  writeFileAtomically(path, learn::fileBytes(ModelFileKind::Model, *impl_, "", archive), 0644);
}

Classifier Classifier::withLeAdaptation(const Classifier& plain, const ModelInfo& info, const std::vector<float>& weight,
                                        const std::vector<float>& bias) {
  Classifier out(info, std::nullopt);
  learn::ClassifierNet& net = out.impl_->net;
  if (!net->le || std::int64_t(weight.size()) != net->le->conv->weight.numel() || std::int64_t(bias.size()) != net->le->conv->bias.numel())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the adaptation layer's weights do not fit the model"));
  net->backbone = net->replace_module("backbone", plain.impl_->net->backbone);
  torch::NoGradGuard noGrad;
  net->le->conv->weight.copy_(torch::from_blob(const_cast<float*>(weight.data()), net->le->conv->weight.sizes()));
  net->le->conv->bias.copy_(torch::from_blob(const_cast<float*>(bias.data()), net->le->conv->bias.sizes()));
  return out;
}

const ModelInfo& Classifier::info() const { return impl_->info; }

std::size_t Classifier::parameterCount() const {
  std::size_t n = 0;
  for (const auto& p : impl_->net->parameters()) n += std::size_t(p.numel());
  return n;
}

std::vector<float> Classifier::probabilities(const float* inputs, std::size_t count) const {
  const InputShape s = impl_->info.input;
  torch::InferenceMode inference;
  impl_->net->eval();
  const auto x = torch::from_blob(const_cast<float*>(inputs), {std::int64_t(count), s.channels, s.height, s.width}).to(impl_->device);
  const auto p = torch::softmax(impl_->net->forward(x), 1).to(torch::kCPU).contiguous();
  return std::vector<float>(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
}

void Classifier::setFamiliarity(const Familiarity& familiarity) { impl_->info.familiarity = familiarity; }

void setModelThreads(int threads) { at::set_num_threads(threads); }

}  // namespace led
