#include "app/command/TrainingOutput.h"

#include <filesystem>

namespace led::cli {

std::string memberPath(const std::string& output, int index, const char* extension) {
  const std::filesystem::path p(output);
  const std::string stem = p.stem().string() + (index > 0 ? "-" + std::to_string(index + 1) : "");
  return (p.parent_path() / (stem + extension)).string();
}

std::string epochText(const EpochMetrics& m, int epochs) {
  return format("epoch %d/%d  train loss %.4f accuracy %.2f %%  test loss %.4f accuracy %.2f %%  %.1f s (data %.1f %%)", m.epoch, epochs,
                m.trainLoss, 100 * m.trainAccuracy, m.testLoss, 100 * m.testAccuracy, m.seconds, 100 * m.dataSeconds / m.seconds);
}

std::string cancelledText(const std::string& checkpoint) {
  return checkpoint.empty() ? "cancelled" : "cancelled; " + checkpoint + " holds the last finished epoch";
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
