#pragma once
// Internal to core/shared/learn: the torch modules behind Classifier. Never include this from ui (torch's
// `slots` identifier clashes with Qt's macro).
#include <torch/torch.h>

#include "core/shared/modelfile/ModelInfo.h"

namespace led::learn {

// The feature extractor and classifier for (channels, height, width) inputs; block is the size of
// block-cnn's first, block-wise layer.
torch::nn::Sequential makeBackbone(const std::string& architecture, int channels, int height, int width, int classes, int block);

// le: a convolution with kernel = stride = M over the ciphertext's planes (2C nibble planes, or C byte
// planes), then PixelShuffle(M) back to an image of C planes. One weight set for every block, because
// one key serves every block: this layer can absorb the key exactly (KeyAbsorption.h).
struct LeAdaptationImpl : torch::nn::Module {
  LeAdaptationImpl(int inPlanes, int outChannels, int block);
  torch::Tensor forward(torch::Tensor x);
  torch::nn::Conv2d conv{nullptr};
  torch::nn::PixelShuffle shuffle{nullptr};
};
TORCH_MODULE(LeAdaptation);

// Per-block schemes (ele, etc, etc-gray, pe, rmt): an affine map of its own at every block position,
// starting as the identity.
struct BlockwiseImpl : torch::nn::Module {
  BlockwiseImpl(int channels, int height, int width, int block);
  torch::Tensor forward(torch::Tensor x);
  torch::Tensor weight;  // [blocks, k, k], k = channels * block * block
  torch::Tensor bias;    // [blocks, 1, k]
  int height, width, block;
};
TORCH_MODULE(Blockwise);

struct ClassifierNetImpl : torch::nn::Module {
  explicit ClassifierNetImpl(const ModelInfo& info);
  torch::Tensor forward(torch::Tensor x);  // logits
  LeAdaptation le{nullptr};
  Blockwise blockwise{nullptr};
  torch::nn::Sequential backbone{nullptr};
};
TORCH_MODULE(ClassifierNet);

}  // namespace led::learn
