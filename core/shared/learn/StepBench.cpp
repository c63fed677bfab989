#include "core/shared/learn/StepBench.h"

#include <chrono>
#include <numeric>

#include "core/shared/common/Error.h"
#include "core/shared/learn/ClassifierImpl.h"
#include "core/shared/random/RandomSource.h"

namespace led {

TrainBenchResult benchmarkTrainingSteps(const BatchSource& source, const ModelInfo& info, int batchSize, int steps, int threads) {
  using Clock = std::chrono::steady_clock;
  if (batchSize < 1 || steps < 1 || threads < 1)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "batch size, steps and threads must be positive"));
  at::init_num_threads();
  at::set_num_threads(threads);
  if (source.inputShape() != info.input || source.size() == 0)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the model takes inputs of %1; the data holds %2"), {info.input.text(), source.inputShape().text()}});
  Classifier model(info, 1);
  Classifier::Impl& impl = model.impl();
  impl.device = torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
  impl.net->to(impl.device);
  impl.net->train();
  torch::optim::Adam optimizer(impl.net->parameters(), torch::optim::AdamOptions(2e-3));

  const InputShape s = info.input;
  const std::size_t batch = std::size_t(batchSize);
  std::vector<float> buffer(batch * s.size());
  std::vector<std::int64_t> labels(batch);
  std::vector<std::size_t> indices(batch);
  StreamRandom random(1);
  double prepare = 0, step = 0;
  const int warmup = 3;
  for (int i = 0; i < warmup + steps; ++i) {
    const auto t0 = Clock::now();
    for (std::size_t j = 0; j < batch; ++j) indices[j] = std::size_t(random.below(source.size()));
    source.fill(indices.data(), batch, 1, &random, buffer.data(), labels.data());
    const auto x = torch::from_blob(buffer.data(), {std::int64_t(batch), s.channels, s.height, s.width}).to(impl.device);
    const auto y = torch::from_blob(labels.data(), {std::int64_t(batch)}, torch::kLong).to(impl.device);
    const auto t1 = Clock::now();
    optimizer.zero_grad();
    const auto loss = torch::nn::functional::cross_entropy(impl.net->forward(x), y);
    loss.backward();
    optimizer.step();
    (void)loss.item<float>();  // waits for the device
    const auto t2 = Clock::now();
    if (i < warmup) continue;
    prepare += std::chrono::duration<double>(t1 - t0).count();
    step += std::chrono::duration<double>(t2 - t1).count();
  }
  const double images = double(batch) * steps;
  return {images / (prepare + step), images / step, prepare / (prepare + step), threads, impl.device.is_cuda() ? "cuda" : "cpu"};
}

}  // namespace led
