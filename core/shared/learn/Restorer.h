#pragma once
// Networks that restore plain images from what an attacker holds: the field's learned ciphertext-only
// attacks. The inverse transformation network (Ito, Kinoshita & Kiya) learns from pairs; the GAN attack
// (Sirichotedumrong & Kiya) trains the same network as a generator against a small convolutional
// discriminator that is shown unpaired plain images. The network: a block x block convolution with
// stride block over the input planes (the blocks a block scheme scrambles), two 1x1 convolutions, and
// PixelShuffle(block) back to the image's planes, tanh; with block 1 (pe) only 1x1 convolutions.
// Key-free: inputs and images are float planes, the attacks (user/learnedattacks) make them.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/shared/ciphertext/InputLayout.h"

namespace led {

struct RestorerPlan {
  InputShape input;   // what the attacker holds, laid out as a model takes it (CHW)
  InputShape output;  // the plain image's planes (CHW); same height and width as the input
  int block = 1;      // divides height and width
  int features = 0;   // 0: four times the samples of one input block, at least 32
  int epochs = 10;
  int batchSize = 64;
  double learningRate = 1.0;  // pairs: SGD's, with momentum; the GAN: Adam's (DCGAN's 2e-4 suits it)
  double momentum = 0.9;
  std::uint64_t seed = 1;  // the weights' initialisation and the batch order
  int threads = 0;         // 0: LibTorch's default
};

// Images are rows of output.size() floats in [0, 1]; inputs rows of input.size() floats.
struct RestorerProgress {
  int epoch = 0, epochs = 0;
  double loss = 0;  // pairs: mean squared error; the GAN: the generator's loss
};
using RestorerCallback = std::function<void(const RestorerProgress&)>;

class Restorer {
 public:
  Restorer(Restorer&&) noexcept;
  Restorer& operator=(Restorer&&) noexcept;
  ~Restorer();

  // Throws Cancelled within one batch of `cancel`, InvalidArgument for a plan that does not fit.
  static Restorer trainOnPairs(const RestorerPlan& plan, const std::vector<float>& inputs, const std::vector<float>& images,
                               const RestorerCallback& progress, const std::atomic<bool>& cancel);
  static Restorer trainAdversarially(const RestorerPlan& plan, const std::vector<float>& inputs, const std::vector<float>& images,
                                     const RestorerCallback& progress, const std::atomic<bool>& cancel);
  std::vector<float> restore(const std::vector<float>& inputs) const;
  const char* device() const;  // "cpu" or "cuda"

  struct Impl;  // the network and its device, in Restorer.cpp only
  explicit Restorer(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace led
