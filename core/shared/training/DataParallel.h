#pragma once
// Where a data-parallel run takes place: this process's rank among how many, and where the ranks meet.
// torchrun sets the environment this is read from (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT,
// LOCAL_RANK, LOCAL_WORLD_SIZE, and TORCHELASTIC_USE_AGENT_STORE when its agent hosts the store); so can
// a person, by hand.
#include <chrono>
#include <optional>
#include <string>

namespace led {

struct DataParallel {
  int rank = 0;
  int worldSize = 1;
  int localRank = 0;       // the GPU of this rank on its machine
  int localWorldSize = 1;  // ranks on this machine, which share its cores
  std::string address;     // of the rendezvous store (rank 0's machine, or torchrun's agent)
  int port = 0;
  bool agentStore = false;            // torchrun's agent hosts the store: every rank is its client
  std::string attempt = "0";          // torchrun's restart count, which names the store's keys of this attempt
  std::chrono::seconds timeout{120};  // how long a rank waits for the others before it gives up
};

// None when WORLD_SIZE is unset or 1 (one process). InvalidArgument naming the variable when a value does
// not fit (RANK not below WORLD_SIZE, a port that is no port, MASTER_ADDR missing).
std::optional<DataParallel> dataParallelFromEnvironment(std::chrono::seconds timeout);

}  // namespace led
