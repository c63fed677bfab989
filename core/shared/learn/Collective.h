#pragma once
// Internal to core/shared/learn: the ranks of a data-parallel run, talking through PyTorch's own engine
// (c10d): a TCPStore where they meet (rank 0 hosts it, or torchrun's agent does), ProcessGroupGloo on the
// CPU, ProcessGroupNCCL on CUDA where LibTorch has it. No networking of this program's own.
//
// A rank that dies or hangs must not leave the others waiting: every rank beats a heartbeat into the
// store twice a second, and when a collective fails (a closed connection at once, a hang after the
// timeout) the rank whose heartbeat stopped is named in the one sentence the others end with, with the
// reason it left in the store when it stopped on an error of its own. The process ignores SIGPIPE (the
// program's main), so a write to a rank that died fails the collective instead of ending the process.
#include <torch/csrc/distributed/c10d/Work.hpp>
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "core/shared/training/DataParallel.h"

namespace led::learn {

class Collective {
 public:
  // One process: every operation leaves its tensors as they are.
  Collective();
  // Joins the other ranks; Io with a sentence when they cannot be reached within the timeout (a port in
  // use, a store that never answers, fewer ranks than WORLD_SIZE).
  Collective(const DataParallel& settings, const torch::Device& device);
  ~Collective();
  Collective(const Collective&) = delete;
  Collective& operator=(const Collective&) = delete;

  int rank() const;
  int worldSize() const;
  // Rank 0's tensors to every rank.
  void broadcast(std::vector<torch::Tensor> tensors);
  // Each tensor summed over the ranks, in place.
  void allreduceSum(std::vector<torch::Tensor> tensors);
  // A sum over the ranks started and not waited for, so that other work overlaps it.
  struct Pending {
    torch::Tensor tensor;
    c10::intrusive_ptr<c10d::Work> work;
  };
  // Starts summing the tensor in place; finish() waits for it, and fails as allreduceSum does.
  Pending startAllreduceSum(torch::Tensor tensor);
  void finish(Pending& pending);
  // Rank 0's bytes to every rank.
  std::string broadcastBytes(const std::string& bytes);
  // Why this rank stops (its own error, not another rank's), left in the store for the others to name.
  void leaveReason(const std::string& sentence);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace led::learn
