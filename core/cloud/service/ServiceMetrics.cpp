#include "core/cloud/service/ServiceMetrics.h"

#include <algorithm>
#include <sstream>

namespace led {
namespace {

template <std::size_t N>
std::size_t bucketOf(const std::array<double, N>& bounds, double value) {
  return std::size_t(std::lower_bound(bounds.begin(), bounds.end(), value) - bounds.begin());
}

// A histogram's cumulative buckets, sum and count, as Prometheus expects them.
template <std::size_t N, std::size_t M>
void writeHistogram(std::ostringstream& out, const char* name, const std::array<double, N>& bounds,
                    const std::array<std::uint64_t, M>& counts, double sum) {
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < N; ++i) {
    cumulative += counts[i];
    out << name << "_bucket{le=\"" << bounds[i] << "\"} " << cumulative << "\n";
  }
  cumulative += counts[N];
  out << name << "_bucket{le=\"+Inf\"} " << cumulative << "\n" << name << "_sum " << sum << "\n" << name << "_count " << cumulative << "\n";
}

}  // namespace

void ServiceMetrics::answered(double seconds) {
  std::lock_guard lock(mutex_);
  ++answered_;
  ++latency_[bucketOf(kLatencyBounds, seconds)];
  latencySum_ += seconds;
}

void ServiceMetrics::refused(Refusal reason) {
  std::lock_guard lock(mutex_);
  ++refused_[std::size_t(reason)];
}

void ServiceMetrics::batch(std::size_t size) {
  std::lock_guard lock(mutex_);
  ++batches_[bucketOf(kBatchBounds, double(size))];
  ++batchCount_;
  batchSum_ += size;
}

std::uint64_t ServiceMetrics::answeredCount() const {
  std::lock_guard lock(mutex_);
  return answered_;
}

std::uint64_t ServiceMetrics::refusedCount() const {
  std::lock_guard lock(mutex_);
  std::uint64_t n = 0;
  for (std::uint64_t count : refused_) n += count;
  return n;
}

double ServiceMetrics::meanBatch() const {
  std::lock_guard lock(mutex_);
  return batchCount_ ? double(batchSum_) / double(batchCount_) : 0.0;
}

std::string ServiceMetrics::prometheusText(std::size_t queueLength) const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out << "# HELP led_queries_answered_total Queries answered (each with one log line).\n# TYPE led_queries_answered_total counter\n"
      << "led_queries_answered_total " << answered_ << "\n";
  out << "# HELP led_queries_refused_total Queries refused, by reason.\n# TYPE led_queries_refused_total counter\n";
  for (std::size_t r = 0; r < kRefusals; ++r)
    if (refused_[r] > 0) out << "led_queries_refused_total{reason=\"" << refusalName(Refusal(r)) << "\"} " << refused_[r] << "\n";
  out << "# HELP led_queue_length Queries waiting for a batch.\n# TYPE led_queue_length gauge\nled_queue_length " << queueLength << "\n";
  out << "# HELP led_batch_size Queries classified together in one forward pass.\n# TYPE led_batch_size histogram\n";
  writeHistogram(out, "led_batch_size", kBatchBounds, batches_, double(batchSum_));
  out << "# HELP led_answer_seconds From a query's arrival to its answer.\n# TYPE led_answer_seconds histogram\n";
  writeHistogram(out, "led_answer_seconds", kLatencyBounds, latency_, latencySum_);
  return out.str();
}

}  // namespace led
