#include "core/shared/learn/Networks.h"

#include "core/shared/common/Error.h"

namespace led::learn {
namespace {

namespace nn = torch::nn;

void convBlock(nn::Sequential& s, int in, int out, int stride = 1) {
  s->push_back(nn::Conv2d(nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false)));
  s->push_back(nn::BatchNorm2d(out));
  s->push_back(nn::ReLU(nn::ReLUOptions(true)));
}

// He et al.'s basic residual block: two 3x3 convolutions and a shortcut (1x1 when the shape changes).
struct BasicBlockImpl : nn::Module {
  BasicBlockImpl(int in, int out, int stride) {
    body = register_module("body", nn::Sequential());
    convBlock(body, in, out, stride);
    body->push_back(nn::Conv2d(nn::Conv2dOptions(out, out, 3).padding(1).bias(false)));
    body->push_back(nn::BatchNorm2d(out));
    if (stride != 1 || in != out)
      shortcut = register_module(
          "shortcut", nn::Sequential(nn::Conv2d(nn::Conv2dOptions(in, out, 1).stride(stride).bias(false)), nn::BatchNorm2d(out)));
  }
  torch::Tensor forward(torch::Tensor x) { return torch::relu(body->forward(x) + (shortcut ? shortcut->forward(x) : x)); }
  nn::Sequential body{nullptr};
  nn::Sequential shortcut{nullptr};
};
TORCH_MODULE(BasicBlock);

}  // namespace

nn::Sequential makeBackbone(const std::string& architecture, int channels, int height, int width, int classes, int block) {
  nn::Sequential s;
  if (architecture == "block-cnn") {
    // The first layer sees one block at a time (kernel = stride = block), on plain and encrypted images
    // alike: on le ciphertexts it is the plain model's first layer with its inputs permuted and
    // reversed, so both learn the same function equally easily (docs/specification.md, section 5).
    s->push_back(nn::Conv2d(nn::Conv2dOptions(channels, 64, block).stride(block).bias(false)));
    s->push_back(nn::BatchNorm2d(64));
    s->push_back(nn::ReLU(nn::ReLUOptions(true)));
    convBlock(s, 64, 64);
    convBlock(s, 64, 64);
    s->push_back(nn::MaxPool2d(2));
    s->push_back(nn::Flatten());
    s->push_back(nn::Linear(64 * (height / block / 2) * (width / block / 2), 256));
    s->push_back(nn::ReLU(nn::ReLUOptions(true)));
    s->push_back(nn::Dropout(0.3));
    s->push_back(nn::Linear(256, classes));
  } else if (architecture == "baseline") {
    // Small enough to train 10 epochs of Fashion-MNIST in minutes on two cores.
    convBlock(s, channels, 16);
    s->push_back(nn::MaxPool2d(2));
    convBlock(s, 16, 32);
    convBlock(s, 32, 32);
    s->push_back(nn::MaxPool2d(2));
    s->push_back(nn::Flatten());
    s->push_back(nn::Linear(32 * (height / 4) * (width / 4), 128));
    s->push_back(nn::ReLU(nn::ReLUOptions(true)));
    s->push_back(nn::Dropout(0.3));
    s->push_back(nn::Linear(128, classes));
  } else if (architecture == "paper-cnn") {
    // The LED paper's 8-convolution CNN: four pairs of 3x3 convolutions, pooling between pairs.
    const int widths[] = {32, 64, 128, 256};
    int in = channels;
    for (int stage = 0; stage < 4; ++stage) {
      convBlock(s, in, widths[stage]);
      convBlock(s, widths[stage], widths[stage]);
      if (stage < 3) s->push_back(nn::MaxPool2d(2));
      in = widths[stage];
    }
    s->push_back(nn::AdaptiveAvgPool2d(1));
    s->push_back(nn::Flatten());
    s->push_back(nn::Dropout(0.3));
    s->push_back(nn::Linear(256, classes));
  } else if (architecture == "resnet20") {
    convBlock(s, channels, 16);
    int in = 16;
    for (int stage = 0; stage < 3; ++stage) {
      const int out = 16 << stage;
      for (int b = 0; b < 3; ++b) {
        s->push_back(BasicBlock(in, out, stage > 0 && b == 0 ? 2 : 1));
        in = out;
      }
    }
    s->push_back(nn::AdaptiveAvgPool2d(1));
    s->push_back(nn::Flatten());
    s->push_back(nn::Linear(64, classes));
  } else {
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "unknown architecture '%1'"), {architecture}});
  }
  return s;
}

LeAdaptationImpl::LeAdaptationImpl(int inPlanes, int outChannels, int block) {
  conv = register_module("conv", nn::Conv2d(nn::Conv2dOptions(inPlanes, outChannels * block * block, block).stride(block)));
  shuffle = register_module("shuffle", nn::PixelShuffle(block));
}

torch::Tensor LeAdaptationImpl::forward(torch::Tensor x) { return shuffle->forward(conv->forward(x)); }

BlockwiseImpl::BlockwiseImpl(int channels, int h, int w, int m) : height(h), width(w), block(m) {
  const std::int64_t n = std::int64_t(h / m) * (w / m), k = std::int64_t(channels) * m * m;
  weight = register_parameter("weight", torch::eye(k).unsqueeze(0).repeat({n, 1, 1}));
  bias = register_parameter("bias", torch::zeros({n, 1, k}));
}

torch::Tensor BlockwiseImpl::forward(torch::Tensor x) {
  namespace F = torch::nn::functional;
  const auto blocks = F::unfold(x, F::UnfoldFuncOptions({block, block}).stride({block, block}));  // [B, k, n]
  const auto mapped = torch::baddbmm(bias, blocks.permute({2, 0, 1}), weight);                    // [n, B, k]
  return F::fold(mapped.permute({1, 2, 0}), F::FoldFuncOptions({height, width}, {block, block}).stride({block, block}));
}

ClassifierNetImpl::ClassifierNetImpl(const ModelInfo& info) {
  const InputShape in = info.input;
  const int classes = int(info.classNames.size());
  int channels = in.channels;
  const int block = info.scheme ? info.scheme->blockSize : 4;
  if (info.architecture == "block-cnn") {
    // Its own first layer is block-wise: no adaptation layer for le; per-block keys still get theirs.
    if (info.scheme && info.scheme->scheme != SchemeId::Le)
      blockwise = register_module("blockwise", Blockwise(in.channels, in.height, in.width, block));
  } else if (info.scheme && info.scheme->scheme == SchemeId::Le) {
    channels = info.imageShape.channels;
    le = register_module("le", LeAdaptation(in.channels, channels, info.scheme->blockSize));
  } else if (info.scheme) {
    blockwise = register_module("blockwise", Blockwise(in.channels, in.height, in.width, info.scheme->blockSize));
  }
  backbone = register_module("backbone", makeBackbone(info.architecture, channels, in.height, in.width, classes, block));
}

torch::Tensor ClassifierNetImpl::forward(torch::Tensor x) {
  if (le) x = le->forward(x);
  if (blockwise) x = blockwise->forward(x);
  return backbone->forward(x);
}

}  // namespace led::learn
