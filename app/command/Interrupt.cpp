#include "app/command/Interrupt.h"

#include <csignal>

namespace led::cli {
namespace {

std::atomic<bool> stopRequested{false};

extern "C" void requestStop(int) { stopRequested = true; }

}  // namespace

StopOnInterrupt::StopOnInterrupt() {
  stopRequested = false;
  previousInterrupt_ = std::signal(SIGINT, requestStop);
  previousTerminate_ = std::signal(SIGTERM, requestStop);
}

StopOnInterrupt::~StopOnInterrupt() {
  std::signal(SIGINT, previousInterrupt_);
  std::signal(SIGTERM, previousTerminate_);
}

const std::atomic<bool>& StopOnInterrupt::requested() const { return stopRequested; }

}  // namespace led::cli
