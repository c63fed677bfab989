#include "core/shared/learn/Restorer.h"

#include <torch/torch.h>

#include <algorithm>

#include "core/shared/common/Error.h"

namespace led {

namespace nn = torch::nn;

struct Restorer::Impl {
  RestorerPlan plan;
  torch::Device device = torch::kCPU;
  nn::Sequential net{nullptr};
};

namespace {

int featuresOf(const RestorerPlan& plan) {
  return plan.features > 0 ? plan.features : std::max(32, 4 * plan.input.channels * plan.block * plan.block);
}

void requireFits(const RestorerPlan& plan, std::size_t inputs, std::size_t images) {
  const InputShape& in = plan.input;
  const InputShape& out = plan.output;
  const bool fits = plan.block >= 1 && in.size() > 0 && out.size() > 0 && in.height == out.height && in.width == out.width &&
                    in.height % plan.block == 0 && in.width % plan.block == 0 && plan.epochs >= 1 && plan.batchSize >= 1;
  if (!fits)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "A restoring network cannot map %1 to %2 with blocks of %3."),
                                      {in.text(), out.text(), std::to_string(plan.block)}});
  if (inputs == 0 || inputs % in.size() != 0 || images == 0 || images % out.size() != 0)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "A restoring network needs whole inputs and images, at least one of each."));
}

nn::Sequential makeRestorerNet(const RestorerPlan& plan) {
  const int f = featuresOf(plan), b = plan.block;
  return nn::Sequential(nn::Conv2d(nn::Conv2dOptions(plan.input.channels, f, b).stride(b)), nn::ReLU(),
                        nn::Conv2d(nn::Conv2dOptions(f, f, 1)), nn::ReLU(),
                        nn::Conv2d(nn::Conv2dOptions(f, plan.output.channels * b * b, 1)), nn::PixelShuffle(b), nn::Tanh());
}

// Two strided convolutions and a linear read-out: small, so that it does not simply win against a
// generator that restores block by block.
nn::Sequential makeDiscriminator(const InputShape& image) {
  const auto down = [](int side) { return (side + 1) / 2; };
  const int flat = 64 * down(down(image.height)) * down(down(image.width));
  return nn::Sequential(nn::Conv2d(nn::Conv2dOptions(image.channels, 32, 3).stride(2).padding(1)),
                        nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)),
                        nn::Conv2d(nn::Conv2dOptions(32, 64, 3).stride(2).padding(1)),
                        nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)), nn::Flatten(), nn::Linear(flat, 1));
}

torch::Tensor rows(const std::vector<float>& values, const InputShape& shape) {
  const auto count = std::int64_t(values.size() / shape.size());
  return torch::from_blob(const_cast<float*>(values.data()), {count, shape.channels, shape.height, shape.width}, torch::kFloat).clone();
}

void stopIfCancelled(const std::atomic<bool>& cancel) {
  if (cancel.load()) fail(ErrorKind::Cancelled, LED_PHRASE("led", "training the attack's network was cancelled"));
}

std::unique_ptr<Restorer::Impl> startTraining(const RestorerPlan& plan, std::size_t inputs, std::size_t images) {
  requireFits(plan, inputs, images);
  if (plan.threads > 0) at::set_num_threads(plan.threads);
  torch::manual_seed(plan.seed);
  auto impl = std::make_unique<Restorer::Impl>();
  impl->plan = plan;
  impl->device = torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
  impl->net = makeRestorerNet(plan);
  impl->net->to(impl->device);
  return impl;
}

// The batches of one epoch: a permutation of count rows drawn from LibTorch's seeded generator.
std::vector<torch::Tensor> epochBatches(std::int64_t count, int batchSize) { return torch::randperm(count, torch::kLong).split(batchSize); }

}  // namespace

Restorer::Restorer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Restorer::Restorer(Restorer&&) noexcept = default;
Restorer& Restorer::operator=(Restorer&&) noexcept = default;
Restorer::~Restorer() = default;

Restorer Restorer::trainOnPairs(const RestorerPlan& plan, const std::vector<float>& inputs, const std::vector<float>& images,
                                const RestorerCallback& progress, const std::atomic<bool>& cancel) {
  auto impl = startTraining(plan, inputs.size(), images.size());
  const torch::Tensor x = rows(inputs, plan.input), y = rows(images, plan.output) * 2 - 1;
  if (x.size(0) != y.size(0)) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "An inverse network needs as many images as inputs."));
  torch::optim::SGD optimizer(impl->net->parameters(), torch::optim::SGDOptions(plan.learningRate).momentum(plan.momentum));
  impl->net->train();
  for (int epoch = 1; epoch <= plan.epochs; ++epoch) {
    double lossSum = 0;
    for (const torch::Tensor& batch : epochBatches(x.size(0), plan.batchSize)) {
      stopIfCancelled(cancel);
      optimizer.zero_grad();
      const torch::Tensor loss = torch::mse_loss(impl->net->forward(x.index({batch}).to(impl->device)), y.index({batch}).to(impl->device));
      loss.backward();
      optimizer.step();
      lossSum += loss.item<double>() * double(batch.size(0));
    }
    if (progress) progress({epoch, plan.epochs, lossSum / double(x.size(0))});
  }
  return Restorer(std::move(impl));
}

Restorer Restorer::trainAdversarially(const RestorerPlan& plan, const std::vector<float>& inputs, const std::vector<float>& images,
                                      const RestorerCallback& progress, const std::atomic<bool>& cancel) {
  auto impl = startTraining(plan, inputs.size(), images.size());
  const torch::Tensor x = rows(inputs, plan.input), real = rows(images, plan.output) * 2 - 1;
  nn::Sequential critic = makeDiscriminator(plan.output);
  critic->to(impl->device);
  // DCGAN's betas: a short memory of the gradient, as the two players keep moving each other's target.
  const auto adam = [&plan](std::vector<torch::Tensor> parameters) {
    return torch::optim::Adam(std::move(parameters), torch::optim::AdamOptions(plan.learningRate).betas({0.5, 0.999}));
  };
  torch::optim::Adam generatorStep = adam(impl->net->parameters()), criticStep = adam(critic->parameters());
  const auto judged = [&](const torch::Tensor& images, float label) {
    const torch::Tensor logits = critic->forward(images);
    return torch::binary_cross_entropy_with_logits(logits, torch::full_like(logits, label));
  };
  impl->net->train();
  for (int epoch = 1; epoch <= plan.epochs; ++epoch) {
    double lossSum = 0;
    for (const torch::Tensor& batch : epochBatches(x.size(0), plan.batchSize)) {
      stopIfCancelled(cancel);
      const torch::Tensor realBatch = real.index({torch::randint(real.size(0), {batch.size(0)}, torch::kLong)}).to(impl->device);
      const torch::Tensor fake = impl->net->forward(x.index({batch}).to(impl->device));
      criticStep.zero_grad();
      (judged(realBatch, 1) + judged(fake.detach(), 0)).backward();
      criticStep.step();
      generatorStep.zero_grad();
      const torch::Tensor loss = judged(fake, 1);
      loss.backward();
      generatorStep.step();
      lossSum += loss.item<double>() * double(batch.size(0));
    }
    if (progress) progress({epoch, plan.epochs, lossSum / double(x.size(0))});
  }
  return Restorer(std::move(impl));
}

std::vector<float> Restorer::restore(const std::vector<float>& inputs) const {
  const RestorerPlan& plan = impl_->plan;
  if (inputs.empty() || inputs.size() % plan.input.size() != 0)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "A restoring network needs whole inputs, at least one."));
  torch::NoGradGuard noGrad;
  impl_->net->eval();
  const torch::Tensor out =
      ((impl_->net->forward(rows(inputs, plan.input).to(impl_->device)) + 1) / 2).clamp(0, 1).to(torch::kCPU).contiguous();
  return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

const char* Restorer::device() const { return impl_->device.is_cuda() ? "cuda" : "cpu"; }

}  // namespace led
