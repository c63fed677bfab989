#include "core/cloud/service/QueryBatcher.h"

#include <exception>

#include "core/cloud/answering/CloudLog.h"
#include "core/shared/random/RandomSource.h"

namespace led {

QueryBatcher::QueryBatcher(CloudModels models, std::string logPath, BatchOptions options, ServiceMetrics& metrics)
    : models_(std::move(models)), logPath_(std::move(logPath)), options_(options), metrics_(metrics) {
  if (options_.maxBatch < 1) options_.maxBatch = 1;
  worker_ = std::thread([this] { run(); });
}

QueryBatcher::~QueryBatcher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  worker_.join();
}

QueryBatcher::Place::~Place() {
  if (!owner_) return;
  {
    std::lock_guard lock(owner_->mutex_);
    --owner_->reserved_;
  }
  owner_->ready_.notify_one();  // a batch may have been waiting for this query
}

QueryBatcher::Place QueryBatcher::reserve() {
  std::lock_guard lock(mutex_);
  if (stopping_ || reserved_ >= options_.queueLimit) return Place();
  ++reserved_;
  return Place(this);
}

std::future<CloudResult> QueryBatcher::submit(Place place, RecoveredQuery recovered) {
  Job job{std::move(recovered), {}, std::chrono::steady_clock::now()};
  std::future<CloudResult> answer = job.answer.get_future();
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(job));
  }
  place.owner_ = nullptr;  // the place now belongs to the queued job; the worker frees it
  ready_.notify_one();
  return answer;
}

std::size_t QueryBatcher::queueLength() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

std::deque<QueryBatcher::Job> QueryBatcher::nextBatch() {
  std::unique_lock lock(mutex_);
  ready_.wait(lock, [&] { return !queue_.empty() || stopping_; });
  if (queue_.empty()) return {};
  // The batch fills until it is full, or no other query holds a place (none is on its way: waiting
  // would only delay this one), or the first query has waited maxWait.
  const auto deadline = queue_.front().arrived + options_.maxWait;
  ready_.wait_until(lock, deadline, [&] { return queue_.size() >= options_.maxBatch || reserved_ == queue_.size() || stopping_; });
  std::deque<Job> batch;
  while (!queue_.empty() && batch.size() < options_.maxBatch) {
    batch.push_back(std::move(queue_.front()));
    queue_.pop_front();
    --reserved_;
  }
  return batch;
}

void QueryBatcher::run() {
  for (;;) {
    std::deque<Job> batch = nextBatch();
    if (batch.empty()) return;  // stopping, nothing left
    answer(batch);
  }
}

void QueryBatcher::answer(std::deque<Job>& batch) {
  try {
    std::vector<const Query*> queries;
    for (const Job& job : batch) queries.push_back(&job.recovered.query);
    const auto probabilities = classifyParts(queries, models_);
    OsRandom random;
    std::vector<CloudResult> results;
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < batch.size(); ++i) {
      results.push_back(finishAnswer(batch[i].recovered, probabilities[i], models_, random));
      lines.push_back(results.back().logLine);
    }
    if (!logPath_.empty()) appendLogLines(logPath_, lines);  // on the disk before any answer leaves
    metrics_.batch(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) batch[i].answer.set_value(std::move(results[i]));
  } catch (...) {
    for (Job& job : batch) job.answer.set_exception(std::current_exception());
  }
}

}  // namespace led
