#include "core/shared/learn/Collective.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef LED_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <atomic>
#include <cstring>
#include <optional>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <sstream>
#include <thread>

#include "core/shared/common/Error.h"

namespace led::learn {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
constexpr auto kBeat = 500ms;
constexpr auto kStaleAfter = 2500ms;  // about five beats missed: that rank stopped

std::string rankName(int rank) { return std::to_string(rank); }

// The store where the ranks meet: rank 0 hosts it and waits until every rank has counted itself in,
// unless torchrun's agent hosts it, as PyTorch's env:// rendezvous does. A later connection (`join`
// false: the heartbeat's) does not count itself again.
c10::intrusive_ptr<c10d::Store> meet(const DataParallel& d, bool server, bool join) {
  c10d::TCPStoreOptions options;
  options.port = std::uint16_t(d.port);
  options.isServer = server;
  options.numWorkers = std::size_t(d.worldSize);
  options.waitWorkers = join;
  options.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(d.timeout);
  auto store = c10::make_intrusive<c10d::TCPStore>(d.address, options);
  if (!d.agentStore) return store;
  return c10::make_intrusive<c10d::PrefixStore>("/worker/attempt_" + d.attempt, store);
}

// The sentence for a rendezvous that failed, from what c10d said: `reached` when this rank reached the
// store but not every rank came.
[[noreturn]] void cannotMeet(const DataParallel& d, const std::string& what, bool reached) {
  const std::string where = d.address + ":" + std::to_string(d.port);
  if (what.find("Address already in use") != std::string::npos || what.find("EADDRINUSE") != std::string::npos)
    fail(ErrorKind::Io,
         {LED_PHRASE("led", "rank 0 cannot listen on %1 for the ranks' rendezvous: the port is in use; choose another MASTER_PORT"),
          {where}});
  if (reached || (d.rank == 0 && !d.agentStore))
    fail(ErrorKind::Io,
         {LED_PHRASE("led", "not all %1 ranks (WORLD_SIZE) joined at %2 within %3 s: check WORLD_SIZE and that every rank was started"),
          {std::to_string(d.worldSize), where, std::to_string(d.timeout.count())}});
  fail(
      ErrorKind::Io,
      {LED_PHRASE("led",
                  "rank %1 found no rendezvous store answering at %2 within %3 s: check MASTER_ADDR and MASTER_PORT, and that rank 0 runs"),
       {rankName(d.rank), where, std::to_string(d.timeout.count())}});
}

c10::intrusive_ptr<c10d::ProcessGroup> processGroup(const c10::intrusive_ptr<c10d::Store>& store, const DataParallel& d,
                                                    const torch::Device& device) {
  const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(d.timeout);
  const auto prefixed = c10::make_intrusive<c10d::PrefixStore>("led/pg/", store);
#ifdef LED_NCCL
  if (device.is_cuda()) {
    auto options = c10d::ProcessGroupNCCL::Options::create();
    options->timeout = timeout;
    return c10::make_intrusive<c10d::ProcessGroupNCCL>(prefixed, d.rank, d.worldSize, options);
  }
#endif
  if (device.is_cuda())
    fail(
        ErrorKind::InvalidArgument,
        LED_PHRASE("led",
                   "this LibTorch has no NCCL for data-parallel training on CUDA; train with --cpu, or build with a LibTorch that has it"));
  auto options = c10d::ProcessGroupGloo::Options::create(timeout);
  // As PyTorch does: GLOO_SOCKET_IFNAME names the network interfaces (comma-separated) the ranks use.
  if (const char* interfaces = std::getenv("GLOO_SOCKET_IFNAME"); interfaces && *interfaces) {
    std::stringstream names(interfaces);
    for (std::string name; std::getline(names, name, ',');)
      options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(name));
  } else {
    options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
  }
  return c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, d.rank, d.worldSize, options);
}

}  // namespace

struct Collective::State {
  State(const DataParallel& s, const torch::Device& d) : settings(s), device(d) {}

  DataParallel settings;
  torch::Device device;
  c10::intrusive_ptr<c10d::Store> store;
  c10::intrusive_ptr<c10d::ProcessGroup> group;
  // The heartbeat: its own connection to the store, so that it never waits behind the trainer's.
  c10::intrusive_ptr<c10d::Store> beatStore;
  std::thread beating;
  std::mutex mutex;
  std::condition_variable wake;
  bool stopping = false;
  std::atomic<long> beats{0};
  // What the heartbeat saw of the other ranks (in rank order, this one left out): their last beat and
  // when it last moved; storeGone once the store could not be read.
  std::vector<std::string> seen;
  std::vector<Clock::time_point> moved;
  bool storeGone = false;
  std::atomic<bool> collectiveFailed{false};

  std::string beatKey(int rank) const { return "led/heartbeat/" + rankName(rank); }
  std::string reasonKey(int rank) const { return "led/reason/" + rankName(rank); }

  // Twice a second: this rank's beat into the store, and the others' read back, so that a rank that
  // stopped is known the moment a collective fails, however long that took.
  void beat() {
    std::unique_lock<std::mutex> lock(mutex);
    while (!stopping) {
      try {
        const std::string count = std::to_string(++beats);
        beatStore->set(beatKey(settings.rank), std::vector<std::uint8_t>(count.begin(), count.end()));
      } catch (const std::exception&) {
        storeGone = true;
        return;  // the store is gone: the collective that fails next says why
      }
      watch();
      wake.wait_for(lock, kBeat);
    }
  }

  void watch() {
    const std::optional<std::vector<std::string>> now = heartbeats();
    if (!now) {
      storeGone = true;
      return;
    }
    const auto t = Clock::now();
    if (seen.empty()) moved.assign(now->size(), t);
    for (std::size_t i = 0; i < now->size(); ++i)
      if (seen.empty() || (*now)[i] != seen[i]) moved[i] = t;
    seen = *now;
  }

  // The heartbeat of every other rank, or nothing when the store cannot be read.
  std::optional<std::vector<std::string>> heartbeats() const {
    std::vector<std::string> out;
    try {
      for (int r = 0; r < settings.worldSize; ++r) {
        if (r == settings.rank) continue;
        const std::vector<std::uint8_t> value = beatStore->get(beatKey(r));
        out.emplace_back(value.begin(), value.end());
      }
    } catch (const std::exception&) {
      return std::nullopt;
    }
    return out;
  }

  // The reason a rank left in the store before it stopped, if it did.
  std::string reasonOf(int rank) const {
    try {
      if (!beatStore->check({reasonKey(rank)})) return {};
      const std::vector<std::uint8_t> value = beatStore->get(reasonKey(rank));
      return {value.begin(), value.end()};
    } catch (const std::exception&) {
      return {};
    }
  }

  // The other ranks whose heartbeat has not moved for kStaleAfter, with their reasons where they left
  // one; empty when none has (yet).
  std::string stoppedRanks() {
    std::vector<Clock::time_point> lastMoved;
    {
      std::lock_guard<std::mutex> lock(mutex);  // the store is asked below, without holding up the heartbeat
      lastMoved = moved;
    }
    std::string stopped;
    for (int r = 0, i = 0; r < settings.worldSize; ++r) {
      if (r == settings.rank) continue;
      const std::string reason = reasonOf(r);
      if (!reason.empty() || (std::size_t(i) < lastMoved.size() && Clock::now() - lastMoved[std::size_t(i)] >= kStaleAfter))
        stopped += (stopped.empty() ? "" : "; ") + rankName(r) + (reason.empty() ? "" : " (" + reason + ")");
      ++i;
    }
    return stopped;
  }

  // The sentence when a collective failed: which rank stopped, judged by the reason it left or by whose
  // heartbeat no longer moves. A rank that hung was stale long before the timeout and is named at once;
  // one that just died is named once its heartbeat is kStaleAfter old.
  [[noreturn]] void failed(const std::string& what) {
    collectiveFailed = true;
    std::string stopped;
    bool gone = false;
    for (const auto until = Clock::now() + kStaleAfter + kBeat; (stopped = stoppedRanks()).empty() && !gone && Clock::now() < until;) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      std::lock_guard<std::mutex> lock(mutex);
      gone = storeGone;
    }
    if (gone && stopped.empty()) {
      if (settings.agentStore) fail(ErrorKind::Io, {LED_PHRASE("led", "the rendezvous store stopped answering: %1"), {what}});
      fail(ErrorKind::Io, LED_PHRASE("led", "rank 0 stopped answering (it holds the ranks' rendezvous store); training ends here"));
    }
    if (stopped.empty()) fail(ErrorKind::Io, {LED_PHRASE("led", "a collective operation of the ranks failed: %1"), {what}});
    fail(ErrorKind::Io, {LED_PHRASE("led", "rank %1 stopped answering (no sign of life for %2 s); training ends here"),
                         {stopped, std::to_string(std::chrono::duration_cast<std::chrono::seconds>(kStaleAfter).count())}});
  }

  template <typename Op>
  void run(Op&& op) {
    try {
      op()->wait();
    } catch (const Error&) {
      throw;
    } catch (const std::exception& e) {
      failed(e.what());
    }
  }

  // Starting can fail as waiting does (a peer already gone).
  template <typename Op>
  c10::intrusive_ptr<c10d::Work> start(Op&& op) {
    try {
      return op();
    } catch (const Error&) {
      throw;
    } catch (const std::exception& e) {
      failed(e.what());
    }
  }
};

Collective::Collective() = default;

Collective::Collective(const DataParallel& settings, const torch::Device& device) : state_(std::make_unique<State>(settings, device)) {
  const bool server = settings.rank == 0 && !settings.agentStore;
  bool reached = false;
  try {
    state_->store = meet(settings, server, true);
    reached = true;
    state_->group = processGroup(state_->store, settings, device);
    state_->beatStore = meet(settings, false, false);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    cannotMeet(settings, e.what(), reached);
  }
  state_->beatStore->set(state_->beatKey(settings.rank), std::vector<std::uint8_t>{'0'});
  state_->beating = std::thread([state = state_.get()] { state->beat(); });
}

Collective::~Collective() {
  if (!state_) return;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    state_->stopping = true;
  }
  state_->wake.notify_all();
  if (state_->beating.joinable()) state_->beating.join();
}

void Collective::leaveReason(const std::string& sentence) {
  if (!state_ || state_->collectiveFailed) return;  // its reason is another rank's: that rank is named
  try {
    state_->beatStore->set(state_->reasonKey(state_->settings.rank), std::vector<std::uint8_t>(sentence.begin(), sentence.end()));
  } catch (const std::exception&) {
    // the store is gone: the others name this rank by its heartbeat
  }
}

int Collective::rank() const { return state_ ? state_->settings.rank : 0; }

int Collective::worldSize() const { return state_ ? state_->settings.worldSize : 1; }

void Collective::broadcast(std::vector<torch::Tensor> tensors) {
  if (!state_) return;
  for (torch::Tensor& t : tensors) {
    std::vector<at::Tensor> one{t};
    c10d::BroadcastOptions options;
    options.rootRank = 0;
    state_->run([&] { return state_->group->broadcast(one, options); });
  }
}

void Collective::allreduceSum(std::vector<torch::Tensor> tensors) {
  if (!state_) return;
  for (torch::Tensor& t : tensors) {
    std::vector<at::Tensor> one{t};
    state_->run([&] { return state_->group->allreduce(one); });
  }
}

Collective::Pending Collective::startAllreduceSum(torch::Tensor tensor) {
  if (!state_) return {tensor, {}};
  std::vector<at::Tensor> one{tensor};
  return {tensor, state_->start([&] { return state_->group->allreduce(one); })};
}

void Collective::finish(Pending& pending) {
  if (!state_ || !pending.work) return;
  state_->run([&] { return pending.work; });
  pending.work.reset();
}

std::string Collective::broadcastBytes(const std::string& bytes) {
  if (!state_) return bytes;
  torch::Tensor size = torch::tensor({std::int64_t(bytes.size())}, torch::kLong).to(state_->device);
  broadcast({size});
  const std::int64_t n = size.to(torch::kCPU).item<std::int64_t>();
  torch::Tensor data = torch::zeros({std::max<std::int64_t>(n, 1)}, torch::kUInt8);
  if (rank() == 0) std::memcpy(data.data_ptr<std::uint8_t>(), bytes.data(), bytes.size());
  data = data.to(state_->device);
  broadcast({data});
  data = data.to(torch::kCPU).contiguous();
  return std::string(reinterpret_cast<const char*>(data.data_ptr<std::uint8_t>()), std::size_t(n));
}

}  // namespace led::learn
