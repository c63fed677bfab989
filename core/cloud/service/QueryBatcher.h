#pragma once
// The service's inference: queries from many clients wait in one bounded queue and are classified
// together, both parts of each, with one forward pass per model for the whole batch (cloud/answering/Cloud.h).
// A batch closes when it holds maxBatch queries or maxWait after its first arrived. Its log lines are
// appended in one write and reach the disk before any of its answers is handed back, so every answer
// that leaves has its line in the log. A full queue refuses at once: the caller answers "busy".
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "core/cloud/answering/Cloud.h"
#include "core/cloud/service/ServiceMetrics.h"

namespace led {

struct BatchOptions {
  std::size_t maxBatch = 32;                // 1: every query alone
  std::chrono::microseconds maxWait{2000};  // how long a batch waits to fill
  std::size_t queueLimit = 256;             // queries waiting; beyond: refused
};

class QueryBatcher {
 public:
  // models and the classifiers they point to must outlive the batcher; logPath may be empty (no log).
  QueryBatcher(CloudModels models, std::string logPath, BatchOptions options, ServiceMetrics& metrics);
  ~QueryBatcher();  // answers what is queued, then stops
  QueryBatcher(const QueryBatcher&) = delete;
  QueryBatcher& operator=(const QueryBatcher&) = delete;

  // A place in the queue, held until submitted or dropped; empty when the queue is full.
  class Place {
   public:
    Place() = default;
    Place(Place&& other) noexcept : owner_(std::exchange(other.owner_, nullptr)) {}
    Place& operator=(Place&&) = delete;
    ~Place();
    explicit operator bool() const { return owner_ != nullptr; }

   private:
    friend class QueryBatcher;
    explicit Place(QueryBatcher* owner) : owner_(owner) {}
    QueryBatcher* owner_ = nullptr;
  };
  Place reserve();

  // Queues the recovered query on its place; the future holds its answer once its log line is on the disk,
  // or the error that kept the batch from being answered.
  std::future<CloudResult> submit(Place place, RecoveredQuery recovered);

  std::size_t queueLength() const;
  const CloudModels& models() const { return models_; }

 private:
  struct Job {
    RecoveredQuery recovered;
    std::promise<CloudResult> answer;
    std::chrono::steady_clock::time_point arrived;
  };

  void run();
  std::deque<Job> nextBatch();
  void answer(std::deque<Job>& batch);

  CloudModels models_;
  std::string logPath_;
  BatchOptions options_;
  ServiceMetrics& metrics_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Job> queue_;
  std::size_t reserved_ = 0;  // places held: queued jobs and jobs about to be
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace led
