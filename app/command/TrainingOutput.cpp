#include "app/command/TrainingOutput.h"

#include <filesystem>

namespace led::cli {

std::string memberPath(const std::string& output, int index, const char* extension) {
  const std::filesystem::path p(output);
  const std::string stem = p.stem().string() + (index > 0 ? "-" + std::to_string(index + 1) : "");
  return (p.parent_path() / (stem + extension)).string();
}

Json epochJson(const EpochMetrics& m) {
  return {{"epoch", m.epoch},
          {"train_loss", m.trainLoss},
          {"train_accuracy", m.trainAccuracy},
          {"test_loss", m.testLoss},
          {"test_accuracy", m.testAccuracy},
          {"seconds", m.seconds},
          {"data_seconds", m.dataSeconds},
          {"digest", m.digest}};
}

}  // namespace led::cli
