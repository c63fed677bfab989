#pragma once
// Ctrl+C asks a long command to stop (training within a batch, an export after its shard) instead of
// killing it, so that what it wrote stays whole. One handler, installed while the scope lives.
#include <atomic>

namespace led::cli {

class StopOnInterrupt {
 public:
  StopOnInterrupt();
  ~StopOnInterrupt();
  StopOnInterrupt(const StopOnInterrupt&) = delete;
  StopOnInterrupt& operator=(const StopOnInterrupt&) = delete;
  // Set by Ctrl+C (SIGINT) or SIGTERM.
  const std::atomic<bool>& requested() const;

 private:
  void (*previousInterrupt_)(int);
  void (*previousTerminate_)(int);
};

}  // namespace led::cli
