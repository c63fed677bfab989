#include "core/shared/learn/Trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <sstream>
#include <thread>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/shared/common/Fingerprint.h"
#include "core/shared/crypto/Sha256.h"
#include "core/shared/learn/ClassifierImpl.h"
#include "core/shared/learn/Collective.h"
#include "core/shared/learn/GradientSync.h"
#include "core/shared/modelfile/ArchiveBounds.h"
#include "core/shared/random/RandomSource.h"

namespace led {
namespace {

using Clock = std::chrono::steady_clock;

int threadsFor(const TrainConfig& config) {
  if (config.threads > 0) return config.threads;
  if (config.seed) return 1;
  const int ranksHere = config.dataParallel ? config.dataParallel->localWorldSize : 1;
  return std::max(1, int(std::thread::hardware_concurrency()) / ranksHere);
}

torch::Device deviceFor(const TrainConfig& config) {
  if (!config.useGpu || !torch::cuda::is_available()) return torch::kCPU;
  const int gpu = config.dataParallel ? config.dataParallel->localRank % int(torch::cuda::device_count()) : 0;
  return torch::Device(torch::kCUDA, torch::DeviceIndex(gpu));
}

// Each epoch and part draws from its own stream, so a resumed run, or one with another number of ranks,
// sees exactly what an uninterrupted one would.
std::unique_ptr<RandomSource> partRandom(const TrainConfig& config, int epoch, int part) {
  if (!config.seed) return StreamRandom::fromOs();
  return std::make_unique<StreamRandom>(*config.seed * 1000003u + std::uint64_t(epoch) + std::uint64_t(part) * 7919u);
}

std::string historyText(const std::vector<EpochMetrics>& history) {
  std::ostringstream out;
  out.precision(17);
  for (const EpochMetrics& m : history)
    out << m.epoch << ' ' << m.trainLoss << ' ' << m.trainAccuracy << ' ' << m.testLoss << ' ' << m.testAccuracy << ' ' << m.seconds
        << '\n';
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

std::string optimizerBytes(torch::optim::Adam& optimizer) {
  torch::serialize::OutputArchive archive;
  optimizer.save(archive);
  std::ostringstream out;
  archive.save_to(out);
  return out.str();
}

// The weights, and the buffers (BatchNorm's running statistics and counts).
std::vector<torch::Tensor> weightsOf(learn::ClassifierNet& net) { return net->parameters(); }
std::vector<torch::Tensor> buffersOf(learn::ClassifierNet& net) { return net->buffers(); }

// A short digest of every weight and buffer, for the check that all ranks hold the same model.
std::string digestOf(learn::ClassifierNet& net) {
  torch::NoGradGuard noGrad;
  Sha256 hash;
  for (const auto& list : {weightsOf(net), buffersOf(net)})
    for (const torch::Tensor& t : list) {
      const torch::Tensor cpu = t.detach().to(torch::kCPU).contiguous();
      hash.update(cpu.data_ptr(), std::size_t(cpu.numel()) * cpu.element_size());
    }
  const auto digest = hash.finish();
  return formatFingerprint(Sha256::hex(digest.data(), 8));
}

void writeCheckpoint(const std::string& path, const Classifier::Impl& model, torch::optim::Adam& optimizer,
                     const std::vector<EpochMetrics>& history, int partitions) {
  torch::serialize::OutputArchive archive, opt;
  optimizer.save(opt);
  archive.write("optimizer", opt);
  archive.write("partitions", c10::IValue(std::int64_t(partitions)));
  writeFileAtomically(path, learn::fileBytes(ModelFileKind::Checkpoint, model, historyText(history), archive), 0644);
}

// What a run resumes from: read by rank 0, handed to the other ranks.
struct Resumed {
  std::vector<EpochMetrics> history;
  int partitions = 0;
};

// Rank 0 reads a checkpoint of the same configuration into the model and the optimizer; every rank then
// holds its weights, buffers, optimizer state, epochs done and partitions.
Resumed resume(const std::string& path, Classifier::Impl& model, torch::optim::Adam& optimizer, learn::Collective& ranks) {
  std::string optimizerState, history;
  std::int64_t partitions = 0;
  if (ranks.rank() == 0) {
    const ModelFile file = readModelFile(path);
    if (file.info.text() != model.info.text())
      fail(ErrorKind::Mismatch,
           {LED_PHRASE("led", "%1 is a checkpoint of %2, not of %3"), {path, file.info.describe(), model.info.describe()}});
    if (file.kind != ModelFileKind::Checkpoint)
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is a model file, not a checkpoint: it has no optimizer state"), {path}});
    torch::serialize::InputArchive archive, saved;
    learn::ClassifierNet loaded = learn::readModel(file, path, archive, model.device).net;
    // Into the network the optimiser already holds, not a new one.
    torch::NoGradGuard noGrad;
    for (const auto& [into, from] :
         {std::pair{weightsOf(model.net), weightsOf(loaded)}, std::pair{buffersOf(model.net), buffersOf(loaded)}})
      for (std::size_t i = 0; i < into.size(); ++i) into[i].copy_(from[i]);
    c10::IValue parts;
    if (!archive.try_read("optimizer", saved) || !archive.try_read("partitions", parts) || !parts.isInt()) learn::refuseModelFile(path);
    optimizer.load(saved);
    optimizerState = optimizerBytes(optimizer);
    history = file.history;
    partitions = parts.toInt();
  }
  ranks.broadcast(weightsOf(model.net));
  ranks.broadcast(buffersOf(model.net));
  history = ranks.broadcastBytes(history);
  partitions = std::stoll(ranks.broadcastBytes(std::to_string(partitions)));
  optimizerState = ranks.broadcastBytes(optimizerState);
  if (ranks.rank() != 0) {
    torch::serialize::InputArchive archive;
    archive.load_from(optimizerState.data(), optimizerState.size(), model.device);
    optimizer.load(archive);
  }
  return {parseHistory(history), int(partitions)};
}

// Evaluation shared by the ranks: each takes its slice of the data, the sums are added up.
Evaluation evaluateSource(Classifier::Impl& model, const BatchSource& source, learn::Collective& ranks) {
  const InputShape s = source.inputShape();
  const std::size_t batch = 500;
  const std::vector<std::size_t> mine = source.partition(ranks.rank(), ranks.worldSize());
  std::vector<float> buffer(batch * s.size());
  std::vector<std::int64_t> labels(batch);
  double lossSum = 0, correct = 0;
  {
    torch::InferenceMode inference;
    model.net->eval();
    for (std::size_t start = 0; start < mine.size(); start += batch) {
      const std::size_t n = std::min(batch, mine.size() - start);
      source.fill(mine.data() + start, n, 0, nullptr, buffer.data(), labels.data());
      const auto x = torch::from_blob(buffer.data(), {std::int64_t(n), s.channels, s.height, s.width}).to(model.device);
      const auto y = torch::from_blob(labels.data(), {std::int64_t(n)}, torch::kLong).to(model.device);
      const auto logits = model.net->forward(x);
      lossSum += torch::nn::functional::cross_entropy(logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                     .item<double>();
      correct += double(logits.argmax(1).eq(y).sum().item<std::int64_t>());
    }
  }
  torch::Tensor sums = torch::tensor({lossSum, correct}, torch::kDouble).to(model.device);
  ranks.allreduceSum({sums});
  sums = sums.to(torch::kCPU);
  return {sums[0].item<double>() / double(source.size()), sums[1].item<double>() / double(source.size())};
}

// One epoch of data-parallel training. The training set is cut into `parts`; every step takes one
// micro-batch from each part (batch / parts images), and this rank computes those of its own parts.
// The gradient of a step is the sum over all micro-batches of the summed loss, over the step's images;
// the BatchNorm statistics are the mean of what each micro-batch left, each starting from the step's.
// So the step is the same whichever rank computes which part.
class Epoch {
 public:
  Epoch(Classifier::Impl& model, torch::optim::Adam& optimizer, const BatchSource& source, const TrainConfig& config, int parts,
        learn::Collective& ranks, int epoch)
      : model_(model),
        optimizer_(optimizer),
        source_(source),
        config_(config),
        parts_(parts),
        ranks_(ranks),
        epoch_(epoch),
        sync_(weightsOf(model.net), ranks) {
    const std::size_t batch = std::size_t(config.batchSize);
    for (int p = 0; p < parts; ++p) {
      micro_.push_back(batch / std::size_t(parts) + (std::size_t(p) < batch % std::size_t(parts) ? 1 : 0));
      sizes_.push_back(source.partition(p, parts).size());
      steps_ = std::max(steps_, (sizes_.back() + micro_.back() - 1) / micro_.back());
    }
    for (int p = ranks.rank(); p < parts; p += ranks.worldSize()) {
      std::vector<std::size_t> order = source.partition(p, parts);
      auto random = partRandom(config, epoch, p);
      for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random->below(i)]);
      mine_.push_back({p, std::move(order), std::move(random)});
    }
  }

  std::size_t steps() const { return steps_; }

  // One optimiser step: gather this rank's micro-batches, sync with the other ranks, apply. False when
  // any rank was cancelled.
  bool step(std::size_t s, const std::atomic<bool>& cancel) {
    const StepShare share = shareOf(s);
    Normalisation normalisation(buffersOf(model_.net), share.averaging());
    optimizer_.zero_grad();
    const Gathered mine = gather(s, share, normalisation);
    sync_.finishGradients();
    torch::Tensor stats = torch::tensor({mine.lossSum, mine.correct, cancel.load() ? 1.0 : 0.0}, torch::kDouble).to(model_.device);
    std::vector<torch::Tensor> together = normalisation.sums();
    together.push_back(stats);
    sync_.sumTogether(together);
    normalisation.average(share.running);
    const torch::Tensor total = stats.to(torch::kCPU);
    if (total[2].item<double>() > 0) return false;
    optimizer_.step();
    lossSum_ += total[0].item<double>();
    correct_ += total[1].item<double>();
    seen_ += share.images;
    return true;
  }

  Evaluation running() const { return {lossSum_ / double(seen_), correct_ / double(seen_)}; }
  double dataSeconds() const { return dataSeconds_; }

 private:
  struct Part {
    int number;
    std::vector<std::size_t> order;
    std::unique_ptr<RandomSource> random;
  };

  // How step s is shared out: its images over all parts, and how many parts have any.
  struct StepShare {
    std::size_t images = 0, running = 0;
    int ranks = 1;
    // Normalisation statistics are averaged over the parts that ran; across ranks even when one part
    // ran, since it may have run on another rank.
    bool averaging() const { return running > 1 || (ranks > 1 && running > 0); }
  };

  // BatchNorm's running statistics: every micro-batch starts from the step's, and the step ends with
  // the mean of what they left.
  class Normalisation {
   public:
    Normalisation(std::vector<torch::Tensor> buffers, bool averaging) : buffers_(std::move(buffers)), averaging_(averaging) {
      if (!averaging_) return;
      for (const torch::Tensor& b : buffers_) {
        start_.push_back(b.detach().clone());
        sum_.push_back(torch::zeros_like(b, torch::kDouble));
      }
    }
    void beforeMicroBatch() {
      if (averaging_)
        for (std::size_t i = 0; i < buffers_.size(); ++i) buffers_[i].detach().copy_(start_[i]);
    }
    void afterMicroBatch() {
      if (averaging_)
        for (std::size_t i = 0; i < buffers_.size(); ++i) sum_[i] += buffers_[i].detach().to(torch::kDouble);
    }
    std::vector<torch::Tensor> sums() const { return sum_; }
    void average(std::size_t running) {
      if (averaging_)
        for (std::size_t i = 0; i < buffers_.size(); ++i) buffers_[i].detach().copy_((sum_[i] / double(running)).to(buffers_[i].dtype()));
    }

   private:
    std::vector<torch::Tensor> buffers_, start_, sum_;
    bool averaging_;
  };

  struct Gathered {
    double lossSum = 0, correct = 0;
  };

  StepShare shareOf(std::size_t s) const {
    StepShare share;
    share.ranks = ranks_.worldSize();
    for (int p = 0; p < parts_; ++p) {
      const std::size_t n = countAt(p, s);
      share.images += n;
      share.running += n > 0;
    }
    return share;
  }

  // Forward and backward of this rank's micro-batches of step s; the gradients add up in .grad, the
  // last backward hands them to the sync as it finishes each.
  Gathered gather(std::size_t s, const StepShare& share, Normalisation& normalisation) {
    const InputShape in = source_.inputShape();
    const Part* last = nullptr;
    for (const Part& part : mine_)
      if (countAt(part.number, s) > 0) last = &part;
    Gathered g;
    for (Part& part : mine_) {
      const std::size_t n = countAt(part.number, s);
      if (n == 0) continue;
      normalisation.beforeMicroBatch();
      if (config_.seed)
        torch::manual_seed(*config_.seed * 1000003u + std::uint64_t(epoch_) * 100003u + s * std::uint64_t(parts_) +
                           std::uint64_t(part.number));
      batch_.resize(n * in.size());
      labels_.resize(n);
      const auto filling = Clock::now();
      source_.fill(part.order.data() + s * micro_[std::size_t(part.number)], n, epoch_, part.random.get(), batch_.data(), labels_.data());
      dataSeconds_ += std::chrono::duration<double>(Clock::now() - filling).count();
      const auto x = torch::from_blob(batch_.data(), {std::int64_t(n), in.channels, in.height, in.width}).to(model_.device);
      const auto y = torch::from_blob(labels_.data(), {std::int64_t(n)}, torch::kLong).to(model_.device);
      const auto logits = model_.net->forward(x);
      const auto loss =
          torch::nn::functional::cross_entropy(logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
      if (&part == last) sync_.armForLastBackward();
      (loss / double(share.images)).backward();
      g.lossSum += loss.item<double>();
      g.correct += double(logits.argmax(1).eq(y).sum().item<std::int64_t>());
      normalisation.afterMicroBatch();
    }
    return g;
  }

  // Images part p gives to step s.
  std::size_t countAt(int p, std::size_t s) const {
    const std::size_t b = micro_[std::size_t(p)], from = s * b, size = sizes_[std::size_t(p)];
    return from >= size ? 0 : std::min(b, size - from);
  }

  Classifier::Impl& model_;
  torch::optim::Adam& optimizer_;
  const BatchSource& source_;
  const TrainConfig& config_;
  int parts_;
  learn::Collective& ranks_;
  int epoch_;
  learn::GradientSync sync_;
  std::vector<std::size_t> micro_, sizes_;  // per part
  std::size_t steps_ = 0;
  std::vector<Part> mine_;
  std::vector<float> batch_;
  std::vector<std::int64_t> labels_;
  double lossSum_ = 0, correct_ = 0, dataSeconds_ = 0;
  std::size_t seen_ = 0;
};

// One pass over the training images in a fresh random order, with the epoch's learning rate. Returns
// the running loss and accuracy, or nothing when cancelled (within one batch).
struct Fit {
  Evaluation running;
  double dataSeconds = 0;
};

std::optional<Fit> trainEpoch(Classifier::Impl& model, torch::optim::Adam& optimizer, const BatchSource& source, const TrainConfig& config,
                              int parts, learn::Collective& ranks, int epoch, const TrainCallbacks& callbacks,
                              const std::atomic<bool>& cancel) {
  const auto started = Clock::now();
  setLearningRate(optimizer, config.learningRate * 0.5 * (1 + std::cos(M_PI * (epoch - 1) / config.epochs)));
  model.net->train();
  Epoch pass(model, optimizer, source, config, parts, ranks, epoch);
  auto lastReport = started;
  for (std::size_t s = 0; s < pass.steps(); ++s) {
    if (!pass.step(s, cancel)) return std::nullopt;
    if (callbacks.progress && ranks.rank() == 0 && (Clock::now() - lastReport > std::chrono::milliseconds(200) || s + 1 == pass.steps())) {
      lastReport = Clock::now();
      const double perStep = std::chrono::duration<double>(lastReport - started).count() / double(s + 1);
      const double left = perStep * double(pass.steps() - s - 1) + perStep * double(pass.steps()) * (config.epochs - epoch);
      const Evaluation r = pass.running();
      callbacks.progress({epoch, config.epochs, s + 1, pass.steps(), r.loss, r.accuracy, left});
    }
  }
  return Fit{pass.running(), pass.dataSeconds()};
}

}  // namespace

std::string trainingDevice(const TrainConfig& config) {
  const torch::Device device = deviceFor(config);
  if (device.is_cuda()) return "cuda:" + std::to_string(device.index());
  return "cpu, " + std::to_string(threadsFor(config)) + (threadsFor(config) == 1 ? " thread" : " threads");
}

TrainResult train(const BatchSource& trainSet, const BatchSource& testSet, const ModelInfo& info, const TrainConfig& config,
                  const TrainCallbacks& callbacks, const std::atomic<bool>& cancel, const std::string& resumeFrom) {
  config.validate();
  if (trainSet.inputShape() != info.input || testSet.inputShape() != info.input)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the model takes inputs of %1; the data holds %2"), {info.input.text(), trainSet.inputShape().text()}});
  if (trainSet.size() == 0 || testSet.size() == 0)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "training needs at least one training and one test image"));
  at::init_num_threads();
  at::set_num_threads(threadsFor(config));
  const torch::Device device = deviceFor(config);
  std::unique_ptr<learn::Collective> ranks =
      config.dataParallel ? std::make_unique<learn::Collective>(*config.dataParallel, device) : std::make_unique<learn::Collective>();

  TrainResult result{Classifier(info, config.seed), {}, false, trainingDevice(config), ranks->rank()};
  Classifier::Impl& model = result.model.impl();
  model.device = device;
  model.net->to(device);
  torch::optim::Adam optimizer(model.net->parameters(), torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
  int parts = config.partitions > 0 ? config.partitions : ranks->worldSize();
  if (!resumeFrom.empty()) {
    Resumed resumed = resume(resumeFrom, model, optimizer, *ranks);
    result.history = std::move(resumed.history);
    // Other partitions would give another model than the run would have: the checkpoint's stand.
    if (config.partitions > 0 && config.partitions != resumed.partitions)
      fail(ErrorKind::InvalidArgument,
           {LED_PHRASE("led", "%1 was trained with %2 partitions, not %3: resume with --partitions %2, or leave it out"),
            {resumeFrom, std::to_string(resumed.partitions), std::to_string(config.partitions)}});
    parts = resumed.partitions;
  } else {
    ranks->broadcast(weightsOf(model.net));  // every rank starts from rank 0's weights
    ranks->broadcast(buffersOf(model.net));
  }
  if (ranks->worldSize() > parts)
    fail(ErrorKind::InvalidArgument,
         {LED_PHRASE("led", "this run cuts the training set into %1 partitions: it takes at most %1 ranks, not %2"),
          {std::to_string(parts), std::to_string(ranks->worldSize())}});
  if (config.batchSize < parts)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "the batch (%1) must hold at least one image of each of the %2 partitions"),
                                      {std::to_string(config.batchSize), std::to_string(parts)}});

  for (int epoch = int(result.history.size()) + 1; epoch <= config.epochs; ++epoch) {
    const auto started = Clock::now();
    std::optional<Fit> fit;
    try {
      fit = trainEpoch(model, optimizer, trainSet, config, parts, *ranks, epoch, callbacks, cancel);
    } catch (const Error& e) {
      ranks->leaveReason(e.what());  // a damaged shard, a full disk: the other ranks say why this one stopped
      throw;
    }
    if (!fit) {
      result.cancelled = true;
      return result;
    }
    const Evaluation test = evaluateSource(model, testSet, *ranks);
    EpochMetrics m{epoch,
                   fit->running.loss,
                   fit->running.accuracy,
                   test.loss,
                   test.accuracy,
                   std::chrono::duration<double>(Clock::now() - started).count(),
                   fit->dataSeconds,
                   digestOf(model.net)};
    if (ranks->broadcastBytes(m.digest) != m.digest)
      fail(ErrorKind::Mismatch, {LED_PHRASE("led", "after epoch %1 rank %2 holds other weights than rank 0"),
                                 {std::to_string(epoch), std::to_string(ranks->rank())}});
    result.history.push_back(m);
    if (!config.checkpointPath.empty() && ranks->rank() == 0)
      writeCheckpoint(config.checkpointPath, model, optimizer, result.history, parts);
    if (callbacks.epochDone) callbacks.epochDone(m);
  }
  return result;
}

Evaluation evaluate(const Classifier& model, const BatchSource& data) {
  if (data.inputShape() != model.info().input)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the model takes inputs of %1; the data holds %2"), {model.info().input.text(), data.inputShape().text()}});
  learn::Collective alone;
  return evaluateSource(model.impl(), data, alone);
}

}  // namespace led
