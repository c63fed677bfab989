#include "learn/Trainer.h"

#include <chrono>
#include <cmath>
#include <numeric>
#include <sstream>
#include <thread>

#include "common/AtomicFile.h"
#include "common/Error.h"
#include "learn/ClassifierImpl.h"
#include "schemes/SchemeRegistry.h"

namespace led {
namespace {

using Clock = std::chrono::steady_clock;

std::shared_ptr<const Cipher> cipherFor(const std::optional<Key>& key) {
  return key ? std::shared_ptr<const Cipher>(makeCipher(*key)) : nullptr;
}

int threadsFor(const TrainConfig& config) {
  if (config.threads > 0) return config.threads;
  return config.seed ? 1 : int(std::max(1u, std::thread::hardware_concurrency()));
}

torch::Device deviceFor(const TrainConfig& config) {
  return config.useGpu && torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

// Each epoch draws from its own stream, so a resumed run sees exactly what an uninterrupted one would.
std::unique_ptr<RandomSource> epochRandom(const TrainConfig& config, int epoch) {
  if (!config.seed) return StreamRandom::fromOs();
  return std::make_unique<StreamRandom>(*config.seed * 1000003u + std::uint64_t(epoch));
}

std::string historyText(const std::vector<EpochMetrics>& history) {
  std::ostringstream out;
  out.precision(17);
  for (const EpochMetrics& m : history)
    out << m.epoch << ' ' << m.trainLoss << ' ' << m.trainAccuracy << ' ' << m.testLoss << ' ' << m.testAccuracy << ' ' << m.seconds << '\n';
  return out.str();
}

std::vector<EpochMetrics> parseHistory(const std::string& text) {
  std::vector<EpochMetrics> history;
  std::istringstream in(text);
  EpochMetrics m;
  while (in >> m.epoch >> m.trainLoss >> m.trainAccuracy >> m.testLoss >> m.testAccuracy >> m.seconds) history.push_back(m);
  return history;
}

void setLearningRate(torch::optim::Adam& optimizer, double lr) {
  for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

void writeCheckpoint(const std::string& path, const Classifier::Impl& model, torch::optim::Adam& optimizer,
                     const std::vector<EpochMetrics>& history) {
  torch::serialize::OutputArchive archive;
  learn::writeModel(archive, model);
  torch::serialize::OutputArchive opt;
  optimizer.save(opt);
  archive.write("optimizer", opt);
  archive.write("history", c10::IValue(historyText(history)));
  writeFileAtomically(path, learn::archiveBytes(archive), 0644);
}

// Reads a checkpoint of the same configuration: the weights (into model), the optimizer's archive and
// the epochs done. Loaded onto `device` so the optimizer state lands beside the weights.
std::vector<EpochMetrics> readCheckpoint(const std::string& path, Classifier::Impl& model, torch::serialize::InputArchive& optimizer) {
  torch::serialize::InputArchive archive;
  learn::loadArchive(archive, readWholeFile(path, std::size_t(2) << 30), path, model.device);
  Classifier::Impl saved = learn::readModel(archive, path);
  if (saved.info.text() != model.info.text())
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 is a checkpoint of %2, not of %3"), {path, saved.info.describe(), model.info.describe()}});
  c10::IValue history;
  if (!archive.try_read("history", history) || !history.isString() || !archive.try_read("optimizer", optimizer))
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is a model file, not a checkpoint: it has no optimizer state"), {path}});
  model.net = saved.net;
  return parseHistory(history.toStringRef());
}

Evaluation evaluateView(Classifier::Impl& model, const EncryptedView& view, const std::atomic<bool>* cancel) {
  torch::InferenceMode inference;
  model.net->eval();
  const InputShape s = view.input().shape();
  const std::size_t batch = 500;
  std::vector<float> buffer(batch * s.size());
  std::vector<std::int64_t> labels(batch);
  std::vector<std::size_t> indices(batch);
  double lossSum = 0;
  std::size_t correct = 0;
  for (std::size_t start = 0; start < view.size(); start += batch) {
    if (cancel && cancel->load()) break;
    const std::size_t n = std::min(batch, view.size() - start);
    std::iota(indices.begin(), indices.begin() + std::ptrdiff_t(n), start);
    view.fill(indices.data(), n, nullptr, buffer.data(), labels.data());
    const auto x = torch::from_blob(buffer.data(), {std::int64_t(n), s.channels, s.height, s.width}).to(model.device);
    const auto y = torch::from_blob(labels.data(), {std::int64_t(n)}, torch::kLong).to(model.device);
    const auto logits = model.net->forward(x);
    lossSum += torch::nn::functional::cross_entropy(logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum)).item<double>();
    correct += std::size_t(logits.argmax(1).eq(y).sum().item<std::int64_t>());
  }
  return {lossSum / double(view.size()), double(correct) / double(view.size())};
}

// The first n images of data (all when n is 0), copied only when n cuts the set short.
const Dataset& firstImages(const Dataset& data, std::size_t n, std::optional<Dataset>& storage) {
  if (n == 0 || n >= data.size()) return data;
  return storage.emplace(data.head(n));
}

// One pass over the training images in a fresh random order, with the epoch's learning rate. Returns
// the running loss and accuracy, or nothing when cancelled (within one batch).
std::optional<Evaluation> trainEpoch(Classifier::Impl& model, torch::optim::Adam& optimizer, const EncryptedView& view,
                                     const TrainConfig& config, int epoch, const TrainCallbacks& callbacks, const std::atomic<bool>& cancel) {
  const auto started = Clock::now();
  auto random = epochRandom(config, epoch);
  if (config.seed) torch::manual_seed(*config.seed + std::uint64_t(epoch));
  setLearningRate(optimizer, config.learningRate * 0.5 * (1 + std::cos(M_PI * (epoch - 1) / config.epochs)));
  std::vector<std::size_t> order(view.size());
  std::iota(order.begin(), order.end(), std::size_t(0));
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random->below(i)]);

  const InputShape s = view.input().shape();
  const std::size_t batch = std::size_t(config.batchSize), batches = (order.size() + batch - 1) / batch;
  std::vector<float> buffer(batch * s.size());
  std::vector<std::int64_t> labels(batch);
  model.net->train();
  double lossSum = 0;
  std::size_t correct = 0, seen = 0;
  auto lastReport = started;
  for (std::size_t b = 0; b < batches; ++b) {
    if (cancel.load()) return std::nullopt;
    const std::size_t n = std::min(batch, order.size() - b * batch);
    view.fill(order.data() + b * batch, n, random.get(), buffer.data(), labels.data());
    const auto x = torch::from_blob(buffer.data(), {std::int64_t(n), s.channels, s.height, s.width}).to(model.device);
    const auto y = torch::from_blob(labels.data(), {std::int64_t(n)}, torch::kLong).to(model.device);
    optimizer.zero_grad();
    const auto logits = model.net->forward(x);
    const auto loss = torch::nn::functional::cross_entropy(logits, y);
    loss.backward();
    optimizer.step();
    lossSum += loss.item<double>() * double(n);
    correct += std::size_t(logits.argmax(1).eq(y).sum().item<std::int64_t>());
    seen += n;
    if (callbacks.progress && (Clock::now() - lastReport > std::chrono::milliseconds(200) || b + 1 == batches)) {
      lastReport = Clock::now();
      const double perBatch = std::chrono::duration<double>(lastReport - started).count() / double(b + 1);
      const double left = perBatch * double(batches - b - 1) + perBatch * double(batches) * (config.epochs - epoch);
      callbacks.progress({epoch, config.epochs, b + 1, batches, lossSum / double(seen), double(correct) / double(seen), left});
    }
  }
  return Evaluation{lossSum / double(seen), double(correct) / double(seen)};
}

}  // namespace

ModelInfo modelInfoFor(const std::string& architecture, const Dataset& data, const std::optional<Key>& key) {
  requireArchitecture(architecture);
  const ModelInput input(cipherFor(key), data.shape);
  ModelInfo info;
  info.architecture = architecture;
  if (key) {
    info.scheme = key->spec().params;
    info.keyFingerprint = key->fingerprint();
  }
  info.dataset = data.name;
  info.classNames = data.classNames;
  info.imageShape = data.shape;
  info.input = input.shape();
  info.layout = input.layout();
  return info;
}

Augmentation defaultAugmentation(const ImageShape& shape) {
  return shape.channels == 1 ? Augmentation{0, true} : Augmentation{4, true};
}

std::string trainingDevice(const TrainConfig& config) {
  if (deviceFor(config).is_cuda()) return "cuda";
  return "cpu, " + std::to_string(threadsFor(config)) + (threadsFor(config) == 1 ? " thread" : " threads");
}

TrainResult train(const DatasetSplit& data, const std::optional<Key>& key, const TrainConfig& config, const TrainCallbacks& callbacks,
                  const std::atomic<bool>& cancel, const std::string& resumeFrom) {
  if (!(config.weightDecay >= 0)) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the weight decay cannot be negative"));
  if (config.epochs < 1 || config.batchSize < 1 || !(config.learningRate > 0))
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "epochs, batch size and learning rate must be positive"));
  at::init_num_threads();
  at::set_num_threads(threadsFor(config));
  std::optional<Dataset> trainStorage, testStorage;
  const Dataset& trainSet = firstImages(data.train, config.trainLimit, trainStorage);
  const Dataset& testSet = firstImages(data.test, config.testLimit, testStorage);
  const ModelInput input(cipherFor(key), trainSet.shape);
  if (config.pixelNoise < 0 || config.pixelNoise > 255) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the pixel noise must be from 0 to 255"));
  Augmentation augmentation = config.augmentation.value_or(defaultAugmentation(trainSet.shape));
  if (config.pixelNoise > 0) augmentation.noise = config.pixelNoise;
  const EncryptedView trainView(trainSet, input, augmentation);
  const EncryptedView testView(testSet, input, {});

  TrainResult result{Classifier(modelInfoFor(config.architecture, trainSet, key), config.seed), {}, false, trainingDevice(config)};
  Classifier::Impl& model = result.model.impl();
  model.device = deviceFor(config);
  torch::serialize::InputArchive savedOptimizer;
  if (!resumeFrom.empty()) result.history = readCheckpoint(resumeFrom, model, savedOptimizer);
  model.net->to(model.device);
  torch::optim::Adam optimizer(model.net->parameters(), torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
  if (!resumeFrom.empty()) optimizer.load(savedOptimizer);

  for (int epoch = int(result.history.size()) + 1; epoch <= config.epochs; ++epoch) {
    const auto started = Clock::now();
    const std::optional<Evaluation> fit = trainEpoch(model, optimizer, trainView, config, epoch, callbacks, cancel);
    const Evaluation test = fit ? evaluateView(model, testView, &cancel) : Evaluation{};
    if (cancel.load()) {
      result.cancelled = true;
      return result;
    }
    EpochMetrics m{epoch, fit->loss, fit->accuracy, test.loss, test.accuracy, std::chrono::duration<double>(Clock::now() - started).count()};
    result.history.push_back(m);
    if (!config.checkpointPath.empty()) writeCheckpoint(config.checkpointPath, model, optimizer, result.history);
    if (callbacks.epochDone) callbacks.epochDone(m);
  }
  return result;
}

Evaluation evaluate(const Classifier& model, const Dataset& data, const std::optional<Key>& key) {
  const ModelInfo& info = model.info();
  requireModelKey(info, key);
  const ModelInput input(cipherFor(key), data.shape);
  if (input.shape() != info.input)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the model takes %1 images; the dataset's are %2"), {info.imageShape.text(), data.shape.text()}});
  return evaluateView(model.impl(), EncryptedView(data, input, {}), nullptr);
}

}  // namespace led
