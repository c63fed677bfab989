#include "learn/TrainBench.h"

#include <chrono>
#include <numeric>

#include "common/Error.h"
#include "learn/ClassifierImpl.h"
#include "learn/Trainer.h"
#include "schemes/SchemeRegistry.h"

namespace led {

TrainBenchResult benchmarkTraining(const Dataset& train, const std::optional<Key>& key, const std::string& architecture, int batchSize,
                                   int steps, int threads) {
  using Clock = std::chrono::steady_clock;
  if (batchSize < 1 || steps < 1 || threads < 1) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "batch size, steps and threads must be positive"));
  at::init_num_threads();
  at::set_num_threads(threads);
  const std::shared_ptr<const Cipher> cipher = key ? std::shared_ptr<const Cipher>(makeCipher(*key)) : nullptr;
  const ModelInput input(cipher, train.shape);
  const EncryptedView view(train, input, defaultAugmentation(train.shape));
  Classifier model(modelInfoFor(architecture, train, key), 1);
  Classifier::Impl& impl = model.impl();
  TrainConfig config;
  config.threads = threads;
  impl.device = torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
  impl.net->to(impl.device);
  impl.net->train();
  torch::optim::Adam optimizer(impl.net->parameters(), torch::optim::AdamOptions(2e-3));

  const InputShape s = input.shape();
  const std::size_t batch = std::size_t(batchSize);
  std::vector<float> buffer(batch * s.size());
  std::vector<std::int64_t> labels(batch);
  std::vector<std::size_t> indices(batch);
  StreamRandom random(1);
  double prepare = 0, step = 0;
  const int warmup = 3;
  for (int i = 0; i < warmup + steps; ++i) {
    const auto t0 = Clock::now();
    for (std::size_t j = 0; j < batch; ++j) indices[j] = std::size_t(random.below(train.size()));
    view.fill(indices.data(), batch, &random, buffer.data(), labels.data());
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
