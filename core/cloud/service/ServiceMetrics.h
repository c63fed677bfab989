#pragma once
// What the cloud's service counts, in Prometheus' text format (GET /metrics): queries answered and
// refused (by reason), the queue's length, the sizes of the batches it classified and the time from a
// query's arrival to its answer. Counters only: nothing here is about a query's content.
#include <array>
#include <cstdint>
#include <cstddef>
#include <mutex>
#include <string>

#include "core/cloud/service/Refusal.h"

namespace led {

class ServiceMetrics {
 public:
  void answered(double seconds);
  void refused(Refusal reason);
  void batch(std::size_t size);

  std::uint64_t answeredCount() const;
  std::uint64_t refusedCount() const;
  double meanBatch() const;

  std::string prometheusText(std::size_t queueLength) const;

 private:
  static constexpr std::array<double, 12> kLatencyBounds{0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};
  static constexpr std::array<double, 9> kBatchBounds{1, 2, 4, 8, 16, 32, 64, 128, 256};

  mutable std::mutex mutex_;
  std::uint64_t answered_ = 0;
  std::array<std::uint64_t, kRefusals> refused_{};
  std::array<std::uint64_t, kLatencyBounds.size() + 1> latency_{};
  double latencySum_ = 0;
  std::array<std::uint64_t, kBatchBounds.size() + 1> batches_{};
  std::uint64_t batchCount_ = 0, batchSum_ = 0;
};

}  // namespace led
