#include "learn/Classifier.h"

#include <sstream>

#include "common/AtomicFile.h"
#include "common/Envelope.h"
#include "common/Error.h"
#include "learn/ArchiveBounds.h"
#include "learn/ClassifierImpl.h"

namespace led {

namespace learn {

namespace {
constexpr EnvelopeFormat kTorchFile{"LEDTORCH", 1, LED_PHRASE("led", "model file")};  // checkpoints too: a model with its optimizer
}  // namespace

std::vector<std::uint8_t> archiveBytes(torch::serialize::OutputArchive& archive) {
  std::ostringstream out;
  archive.save_to(out);
  const std::string s = out.str();
  ByteWriter file = beginEnvelope(kTorchFile);
  file.raw(s.data(), s.size());
  return sealEnvelope(file);
}

void loadArchive(torch::serialize::InputArchive& archive, const std::vector<std::uint8_t>& bytes, const std::string& name,
                 c10::optional<torch::Device> device) {
  ByteReader body = openEnvelope(bytes, kTorchFile, name);
  const std::size_t size = body.remaining();
  const std::uint8_t* data = body.raw(size);
  requireArchiveBounds(data, size, name);
  try {
    archive.load_from(reinterpret_cast<const char*>(data), size, device);
  } catch (const std::exception&) {  // c10::Error, and whatever else torch's reader throws
    refuseModelFile(name);
  }
}

void writeModel(torch::serialize::OutputArchive& archive, const Classifier::Impl& model) {
  archive.write("led_model_info", c10::IValue(model.info.text()));
  torch::serialize::OutputArchive weights;
  model.net->save(weights);
  archive.write("weights", weights);
}

Classifier::Impl readModel(torch::serialize::InputArchive& archive, const std::string& name) {
  c10::IValue text;
  if (!archive.try_read("led_model_info", text) || !text.isString())
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not an LED Studio model file: it has no model description"), {name}});
  Classifier::Impl model{ModelInfo::parse(text.toStringRef(), name), nullptr};
  model.net = ClassifierNet(model.info);
  try {
    torch::serialize::InputArchive weights;
    archive.read("weights", weights);
    model.net->load(weights);
  } catch (const std::exception&) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: its weights do not fit the %2 architecture it names"), {name, model.info.architecture}});
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
  torch::serialize::InputArchive archive;
  learn::loadArchive(archive, readWholeFile(path, std::size_t(2) << 30), path);
  return Classifier(std::make_shared<Impl>(learn::readModel(archive, path)));
}

void Classifier::save(const std::string& path) const {
  torch::serialize::OutputArchive archive;
  learn::writeModel(archive, *impl_);
  writeFileAtomically(path, learn::archiveBytes(archive), 0644);
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

}  // namespace led
