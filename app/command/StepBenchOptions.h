#pragma once
// The options and the report both training benchmarks share (led bench train on images encrypted as
// they are fed, led-cloud bench train on an encrypted dataset): --architecture --batch --steps
// --threads, and the same result value, and its text, for both.
#include <CLI/CLI.hpp>

#include <string>

#include "app/command/Output.h"
#include "core/shared/learn/StepBench.h"

namespace led::cli {

class StepBenchOptions {
 public:
  void add(CLI::App& app);

  const std::string& architecture() const { return architecture_; }
  int batch() const { return batch_; }
  int steps() const { return steps_; }
  int threads() const { return threads_; }

  // The command's result. subject: what was trained on; preparing: what the batch preparation is here.
  Json result(const TrainBenchResult& r, const std::string& scheme, const std::string& subject, const std::string& preparing) const;
  // result()'s value for people.
  static std::string text(const Json& result);

 private:
  std::string architecture_ = "baseline";
  int batch_ = 128, steps_ = 50, threads_;
};

}  // namespace led::cli
