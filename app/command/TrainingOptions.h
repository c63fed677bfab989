#pragma once
// The training options, declared once for every command that trains (led train, led evaluate table1 and
// sweep, led-cloud train): --architecture --epochs --batch --lr --weight-decay --seed --threads --cpu.
#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>

#include "core/shared/training/TrainConfig.h"

namespace led::cli {

class TrainingOptions {
 public:
  // defaultEpochs: the command's own default (10 for a model, 2 for a sweep's many).
  void add(CLI::App& app, int defaultEpochs);
  TrainConfig config() const;
  const std::optional<std::uint64_t>& seed() const { return seed_; }

 private:
  TrainConfig config_;
  std::optional<std::uint64_t> seed_;
  bool cpu_ = false;
};

}  // namespace led::cli
