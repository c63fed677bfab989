#include "core/shared/learn/GradientSync.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace led::learn {

GradientSync::GradientSync(std::vector<torch::Tensor> weights, Collective& ranks)
    : weights_(std::move(weights)),
      ranks_(ranks),
      bucketOf_(weights_.size()),
      offsetOf_(weights_.size()),
      settled_(weights_.size(), false) {
  if (ranks_.worldSize() == 1) return;
  // Backward reaches the last parameters first: buckets are filled from the end.
  std::int64_t bytes = 0, elements = 0;
  for (std::size_t i = weights_.size(); i-- > 0;) {
    if (buckets_.empty() || bytes >= kBucketBytes) {
      if (!buckets_.empty()) buckets_.back().flat = torch::zeros({elements}, weights_[i].options());
      buckets_.emplace_back();
      bytes = elements = 0;
    }
    bucketOf_[i] = buckets_.size() - 1;
    offsetOf_[i] = std::size_t(elements);
    buckets_.back().weights.push_back(i);
    elements += weights_[i].numel();
    bytes += weights_[i].numel() * std::int64_t(weights_[i].element_size());
  }
  if (!buckets_.empty()) buckets_.back().flat = torch::zeros({elements}, weights_.front().options());
  for (std::size_t i = 0; i < weights_.size(); ++i)
    hooks_.push_back(weights_[i].register_hook([this, i](const torch::Tensor& incoming) { settle(i, incoming); }));
}

GradientSync::~GradientSync() {
  for (std::size_t i = 0; i < hooks_.size(); ++i) weights_[i].remove_hook(hooks_[i]);
}

void GradientSync::armForLastBackward() {
  armed_ = ranks_.worldSize() > 1;
  std::fill(settled_.begin(), settled_.end(), false);
}

// The hook: this weight's gradient of the step is final once its last backward brings `incoming`.
void GradientSync::settle(std::size_t weight, const torch::Tensor& incoming) {
  if (!armed_) return;
  // As c10d's reducer asserts: a second final gradient would be summed into the bucket twice.
  if (settled_[weight])
    throw std::logic_error("GradientSync: weight " + std::to_string(weight) + "'s gradient was made final twice in a step");
  settled_[weight] = true;
  Bucket& bucket = buckets_[bucketOf_[weight]];
  const torch::Tensor& w = weights_[weight];
  torch::Tensor slot = bucket.flat.narrow(0, std::int64_t(offsetOf_[weight]), w.numel()).view_as(w);
  torch::NoGradGuard noGrad;
  if (w.grad().defined())
    torch::add_out(slot, w.grad(), incoming);
  else
    slot.copy_(incoming);
  ++bucket.ready;
  startReadyBuckets();
}

// The full buckets whose predecessors have all started, in index order.
void GradientSync::startReadyBuckets() {
  while (nextBucket_ < buckets_.size() && buckets_[nextBucket_].ready == buckets_[nextBucket_].weights.size())
    start(buckets_[nextBucket_++]);
}

void GradientSync::start(Bucket& bucket) { bucket.pending = ranks_.startAllreduceSum(bucket.flat); }

void GradientSync::finishGradients() {
  armed_ = false;
  if (ranks_.worldSize() == 1) return;
  torch::NoGradGuard noGrad;
  // Weights no backward reached (no images on this rank, or unused) send what they hold, or zeros; the
  // buckets not started yet start now, still in index order.
  for (; nextBucket_ < buckets_.size(); ++nextBucket_) {
    Bucket& bucket = buckets_[nextBucket_];
    for (std::size_t i : bucket.weights) {
      const torch::Tensor& w = weights_[i];
      torch::Tensor slot = bucket.flat.narrow(0, std::int64_t(offsetOf_[i]), w.numel()).view_as(w);
      if (w.grad().defined())
        slot.copy_(w.grad());
      else
        slot.zero_();
    }
    start(bucket);
  }
  for (Bucket& bucket : buckets_) {
    ranks_.finish(bucket.pending);
    for (std::size_t i : bucket.weights) {
      torch::Tensor& w = weights_[i];
      w.mutable_grad() = bucket.flat.narrow(0, std::int64_t(offsetOf_[i]), w.numel()).view_as(w).clone();
    }
    bucket.ready = 0;
  }
  nextBucket_ = 0;
}

void GradientSync::sumTogether(std::vector<torch::Tensor> tensors) {
  if (ranks_.worldSize() == 1 || tensors.empty()) return;
  std::vector<torch::Tensor> pieces;
  for (const torch::Tensor& t : tensors) pieces.push_back(t.reshape({-1}));
  torch::Tensor flat = torch::cat(pieces);
  ranks_.allreduceSum({flat});
  std::int64_t at = 0;
  for (torch::Tensor& t : tensors) {
    t.copy_(flat.narrow(0, at, t.numel()).view_as(t));
    at += t.numel();
  }
}

}  // namespace led::learn
