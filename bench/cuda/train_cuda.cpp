// The CUDA path of training, run for real on a GPU machine: training throughput on the GPU, then the
// LED paper's Table 1 on Fashion-MNIST (one plain model, n keyed models, their ensemble).
// Usage: train_cuda FASHION_MNIST_FOLDER [architecture=baseline] [epochs=10] [models=3] [scheme=le] [weight decay=0]
//                   [plain models=1] [noise=0]
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "core/common/Error.h"
#include "core/data/FashionMnist.h"
#include "core/local/Ensemble.h"
#include "core/local/TrainBench.h"
#include "core/learn/Trainer.h"
#include "core/schemes/SchemeRegistry.h"

using namespace led;

namespace {

TrainResult trainOne(const DatasetSplit& data, const std::optional<Key>& key, const TrainConfig& config, const char* name) {
  const std::atomic<bool> never{false};
  TrainCallbacks callbacks;
  callbacks.epochDone = [name](const EpochMetrics& m) {
    std::printf("%s epoch %d: train %.2f %%, test %.2f %%, %.1f s\n", name, m.epoch, 100 * m.trainAccuracy, 100 * m.testAccuracy, m.seconds);
    std::fflush(stdout);
  };
  return train(data, key, config, callbacks, never);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: train_cuda FASHION_MNIST_FOLDER [architecture] [epochs] [models] [scheme] [weight-decay] [plain-models] [noise]\n", stderr);
    return 2;
  }
  try {
    const DatasetSplit data = loadFashionMnist(argv[1]);
    TrainConfig config;
    config.architecture = argc > 2 ? argv[2] : "baseline";
    config.epochs = argc > 3 ? std::atoi(argv[3]) : 10;
    const int models = argc > 4 ? std::atoi(argv[4]) : 3;
    const SchemeId scheme = parseSchemeName(argc > 5 ? argv[5] : "le");
    config.weightDecay = argc > 6 ? std::atof(argv[6]) : 0.0;
    const int plainModels = argc > 7 ? std::max(1, std::atoi(argv[7])) : 1;
    config.pixelNoise = argc > 8 ? std::atoi(argv[8]) : 0;
    const Augmentation augmentation = defaultAugmentation(data.train.shape);
    std::printf("augmentation: crop %d, flip %d, noise %d\n", augmentation.cropPadding, int(augmentation.horizontalFlip), config.pixelNoise);
    std::printf("weight decay: %g\n", config.weightDecay);
    const std::string schemeText = schemeName(scheme);
    std::printf("device: %s\n", trainingDevice(config).c_str());
    if (trainingDevice(config) != "cuda") {
      std::fputs("train_cuda: error: LibTorch sees no GPU here\n", stderr);
      return 1;
    }
    OsRandom random;
    const KeySpec spec{SchemeParams::defaults(scheme), data.train.shape};
    for (int batch : {128, 512}) {
      const TrainBenchResult b = benchmarkTraining(data.train, generateKey(spec, random), config.architecture, batch, 50,
                                                         int(std::max(1u, std::thread::hardware_concurrency())));
      std::printf("bench %s %s batch %d on %s: %.0f images/s whole steps, %.0f model only, preparation %.1f %%\n", config.architecture.c_str(),
                  schemeText.c_str(), batch, b.device.c_str(), b.imagesPerSecond, b.modelImagesPerSecond, 100 * b.prepareShare);
    }
    std::vector<double> plainAccuracy;
    for (int i = 0; i < plainModels; ++i) {
      const std::string name = "plain-" + std::to_string(i + 1);
      plainAccuracy.push_back(trainOne(data, std::nullopt, config, name.c_str()).history.back().testAccuracy);
    }
    std::vector<Key> keys;
    std::vector<TrainResult> keyed;
    for (int i = 0; i < models; ++i) {
      keys.push_back(generateKey(spec, random));
      const std::string name = schemeText + "-" + std::to_string(i + 1);
      keyed.push_back(trainOne(data, keys.back(), config, name.c_str()));
    }
    std::vector<EnsembleMember> members;
    for (int i = 0; i < models; ++i) members.push_back({&keyed[std::size_t(i)].model, keys[std::size_t(i)]});
    const EnsembleCurve curve = evaluateEnsemble(members, data.test);
    std::vector<double> keyedAccuracy;
    for (const TrainResult& r : keyed) keyedAccuracy.push_back(r.history.back().testAccuracy);
    const auto summary = [](const std::vector<double>& a) {
      double sum = 0;
      for (double v : a) sum += v;
      const auto [lo, hi] = std::minmax_element(a.begin(), a.end());
      char text[96];
      std::snprintf(text, sizeof text, "mean %.2f %% (%.2f-%.2f, %zu models)", 100 * sum / double(a.size()), 100 * *lo, 100 * *hi, a.size());
      return std::string(text);
    };
    std::printf("single models: plain %s, %s %s\n", summary(plainAccuracy).c_str(), schemeText.c_str(), summary(keyedAccuracy).c_str());
    std::printf("table1 %s %d epochs: plain %.2f %%, %s one model %.2f %%", config.architecture.c_str(), config.epochs, schemeText.c_str(),
                100 * plainAccuracy.front(), 100 * keyedAccuracy.front());
    for (int n = 1; n <= models; ++n) std::printf(", ensemble of %d sum %.2f %% vote %.2f %%", n, 100 * curve.sum[std::size_t(n - 1)], 100 * curve.vote[std::size_t(n - 1)]);
    std::printf("\n");
  } catch (const Error& e) {
    std::fprintf(stderr, "train_cuda: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
