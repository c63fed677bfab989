// Gradients summed over two ranks whose backward finishes the weights in opposite orders: the buckets
// start in index order on both (as c10d's reducer launches them), so each sum is of the same weight's
// gradients. Started as soon as they filled, rank 0 would sum its w0 with rank 1's w1. The ranks are two
// threads of this process, on loopback.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "core/shared/learn/Collective.h"
#include "core/shared/learn/GradientSync.h"

namespace led::learn {
namespace {

constexpr std::int64_t kSize = 70000;  // more than a bucket's 256 KiB: one weight a bucket

int freePort() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(s);
  return ntohs(address.sin_port);
}

// One rank's step: w0's inputs are rank + 1, w1's ten times that. Autograd runs the branch made last
// first, so rank 0 finishes w0 first and rank 1 finishes w1 first.
std::array<torch::Tensor, 2> oneStep(int rank, int port) {
  DataParallel settings;
  settings.rank = rank;
  settings.worldSize = 2;
  settings.localRank = rank;
  settings.localWorldSize = 2;
  settings.address = "127.0.0.1";
  settings.port = port;
  settings.timeout = std::chrono::seconds(30);
  Collective ranks(settings, torch::kCPU);
  torch::Tensor w0 = torch::zeros({kSize}, torch::requires_grad()), w1 = torch::zeros({kSize}, torch::requires_grad());
  GradientSync sync({w0, w1}, ranks);
  sync.armForLastBackward();
  const torch::Tensor x0 = torch::full({kSize}, rank + 1.0), x1 = torch::full({kSize}, 10.0 * (rank + 1));
  torch::Tensor loss;
  if (rank == 0) {
    const torch::Tensor first = (w1 * x1).sum();
    loss = first + (w0 * x0).sum();
  } else {
    const torch::Tensor first = (w0 * x0).sum();
    loss = first + (w1 * x1).sum();
  }
  loss.backward();
  sync.finishGradients();
  return {w0.grad().clone(), w1.grad().clone()};
}

TEST(GradientSync, BucketsStartInIndexOrderWhateverOrderBackwardFinishesThem) {
  ::setenv("GLOO_SOCKET_IFNAME", "lo", 1);  // loopback only
  const int port = freePort();
  std::array<torch::Tensor, 2> second;
  std::thread rank1([&] { second = oneStep(1, port); });
  const std::array<torch::Tensor, 2> first = oneStep(0, port);
  rank1.join();
  for (const auto& grads : {first, second}) {
    EXPECT_TRUE(torch::allclose(grads[0], torch::full({kSize}, 3.0))) << grads[0][0].item<float>();   // 1 + 2
    EXPECT_TRUE(torch::allclose(grads[1], torch::full({kSize}, 30.0))) << grads[1][0].item<float>();  // 10 + 20
  }
}

}  // namespace
}  // namespace led::learn
