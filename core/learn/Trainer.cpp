#include "core/learn/Trainer.h"

#include <chrono>
#include <cmath>
#include <numeric>
#include <sstream>
#include <thread>

#include "core/common/AtomicFile.h"
#include "core/common/Error.h"
#include "core/learn/ClassifierImpl.h"
#include "core/model/ArchiveBounds.h"
#include "core/random/RandomSource.h"

namespace led {
namespace {

using Clock = std::chrono::steady_clock;

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
  torch::serialize::OutputArchive archive, opt;
  optimizer.save(opt);
  archive.write("optimizer", opt);
  writeFileAtomically(path, learn::fileBytes(ModelFileKind::Checkpoint, model, historyText(history), archive), 0644);
}

// Reads a checkpoint of the same configuration: the weights (into model), the optimizer's archive and
// the epochs done. Loaded onto `device` so the optimizer state lands beside the weights.
std::vector<EpochMetrics> readCheckpoint(const std::string& path, Classifier::Impl& model, torch::serialize::InputArchive& optimizer) {
  const ModelFile file = readModelFile(path);
  if (file.info.text() != model.info.text())
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 is a checkpoint of %2, not of %3"), {path, file.info.describe(), model.info.describe()}});
  if (file.kind != ModelFileKind::Checkpoint)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is a model file, not a checkpoint: it has no optimizer state"), {path}});
  torch::serialize::InputArchive archive;
  model.net = learn::readModel(file, path, archive, model.device).net;
  if (!archive.try_read("optimizer", optimizer)) learn::refuseModelFile(path);
  return parseHistory(file.history);
}

Evaluation evaluateSource(Classifier::Impl& model, const BatchSource& source, const std::atomic<bool>* cancel) {
  torch::InferenceMode inference;
  model.net->eval();
  const InputShape s = source.inputShape();
  const std::size_t batch = 500;
  std::vector<float> buffer(batch * s.size());
  std::vector<std::int64_t> labels(batch);
  std::vector<std::size_t> indices(batch);
  double lossSum = 0;
  std::size_t correct = 0;
  for (std::size_t start = 0; start < source.size(); start += batch) {
    if (cancel && cancel->load()) break;
    const std::size_t n = std::min(batch, source.size() - start);
    std::iota(indices.begin(), indices.begin() + std::ptrdiff_t(n), start);
    source.fill(indices.data(), n, 0, nullptr, buffer.data(), labels.data());
    const auto x = torch::from_blob(buffer.data(), {std::int64_t(n), s.channels, s.height, s.width}).to(model.device);
    const auto y = torch::from_blob(labels.data(), {std::int64_t(n)}, torch::kLong).to(model.device);
    const auto logits = model.net->forward(x);
    lossSum += torch::nn::functional::cross_entropy(logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum)).item<double>();
    correct += std::size_t(logits.argmax(1).eq(y).sum().item<std::int64_t>());
  }
  return {lossSum / double(source.size()), double(correct) / double(source.size())};
}

// One pass over the training images in a fresh random order, with the epoch's learning rate. Returns
// the running loss and accuracy, or nothing when cancelled (within one batch).
std::optional<Evaluation> trainEpoch(Classifier::Impl& model, torch::optim::Adam& optimizer, const BatchSource& source,
                                     const TrainConfig& config, int epoch, const TrainCallbacks& callbacks, const std::atomic<bool>& cancel) {
  const auto started = Clock::now();
  auto random = epochRandom(config, epoch);
  if (config.seed) torch::manual_seed(*config.seed + std::uint64_t(epoch));
  setLearningRate(optimizer, config.learningRate * 0.5 * (1 + std::cos(M_PI * (epoch - 1) / config.epochs)));
  std::vector<std::size_t> order(source.size());
  std::iota(order.begin(), order.end(), std::size_t(0));
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random->below(i)]);

  const InputShape s = source.inputShape();
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
    source.fill(order.data() + b * batch, n, epoch, random.get(), buffer.data(), labels.data());
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

std::string trainingDevice(const TrainConfig& config) {
  if (deviceFor(config).is_cuda()) return "cuda";
  return "cpu, " + std::to_string(threadsFor(config)) + (threadsFor(config) == 1 ? " thread" : " threads");
}

TrainResult train(const BatchSource& trainSet, const BatchSource& testSet, const ModelInfo& info, const TrainConfig& config,
                  const TrainCallbacks& callbacks, const std::atomic<bool>& cancel, const std::string& resumeFrom) {
  config.validate();
  if (trainSet.inputShape() != info.input || testSet.inputShape() != info.input)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the model takes inputs of %1; the data holds %2"), {info.input.text(), trainSet.inputShape().text()}});
  if (trainSet.size() == 0 || testSet.size() == 0) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "training needs at least one training and one test image"));
  at::init_num_threads();
  at::set_num_threads(threadsFor(config));
  TrainResult result{Classifier(info, config.seed), {}, false, trainingDevice(config)};
  Classifier::Impl& model = result.model.impl();
  model.device = deviceFor(config);
  torch::serialize::InputArchive savedOptimizer;
  if (!resumeFrom.empty()) result.history = readCheckpoint(resumeFrom, model, savedOptimizer);
  model.net->to(model.device);
  torch::optim::Adam optimizer(model.net->parameters(), torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
  if (!resumeFrom.empty()) optimizer.load(savedOptimizer);

  for (int epoch = int(result.history.size()) + 1; epoch <= config.epochs; ++epoch) {
    const auto started = Clock::now();
    const std::optional<Evaluation> fit = trainEpoch(model, optimizer, trainSet, config, epoch, callbacks, cancel);
    const Evaluation test = fit ? evaluateSource(model, testSet, &cancel) : Evaluation{};
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

Evaluation evaluate(const Classifier& model, const BatchSource& data) {
  if (data.inputShape() != model.info().input)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the model takes inputs of %1; the data holds %2"), {model.info().input.text(), data.inputShape().text()}});
  return evaluateSource(model.impl(), data, nullptr);
}

}  // namespace led
