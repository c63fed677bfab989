#pragma once
// Internal to core/shared/learn: how one data-parallel step's gradients and statistics reach every rank.
// - Gradients travel in buckets of about kBucketBytes (256 KiB), in the order backward finishes them
//   (the model's parameters from last to first). On the step's last backward on this rank, a hook on
//   each parameter writes its final gradient (what earlier micro-batches left plus what this backward
//   brings) into its bucket, and full buckets' sums start as soon as every bucket before them has:
//   the sums overlap the rest of backward, and every rank issues its collectives in the same order
//   (bucket 0, 1, ...) whatever order its backward finishes them in, as c10d's reducer does. A rank
//   that issued them in another order would pair its sums with other buckets' (wrong sums) or hang.
// - The normalisation statistics, the loss, the correct count and the cancel vote travel as one fused
//   sum after that, instead of one blocking collective each.
// With one rank nothing is hooked and nothing is sent.
#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "core/shared/learn/Collective.h"

namespace led::learn {

class GradientSync {
 public:
  // Small enough that block-cnn's classifier head (590 kB) travels while backward still runs.
  static constexpr std::int64_t kBucketBytes = 256 << 10;

  GradientSync(std::vector<torch::Tensor> weights, Collective& ranks);
  ~GradientSync();
  GradientSync(const GradientSync&) = delete;
  GradientSync& operator=(const GradientSync&) = delete;

  // Before the step's last backward on this rank: its hooks then start the buckets.
  void armForLastBackward();
  // After every backward of the step (none, when this rank had no images): starts the buckets not yet
  // started, waits for all, and leaves every weight's .grad summed over the ranks.
  void finishGradients();
  // Each tensor (all of one floating type) summed over the ranks in place, in one collective.
  void sumTogether(std::vector<torch::Tensor> tensors);

 private:
  struct Bucket {
    std::vector<std::size_t> weights;  // indices into weights_
    torch::Tensor flat;
    std::size_t ready = 0;
    Collective::Pending pending;
  };
  void settle(std::size_t weight, const torch::Tensor& incoming);
  void startReadyBuckets();
  void start(Bucket& bucket);

  std::vector<torch::Tensor> weights_;
  Collective& ranks_;
  std::vector<Bucket> buckets_;
  std::vector<std::size_t> bucketOf_, offsetOf_;  // per weight
  std::vector<unsigned> hooks_;
  std::vector<bool> settled_;   // per weight, in the armed backward: each is final once
  std::size_t nextBucket_ = 0;  // the first bucket not started: buckets start in index order
  bool armed_ = false;
};

}  // namespace led::learn
