#include "core/cloud/service/HttpServer.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "core/shared/common/Error.h"

namespace led {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kReadChunk = 16384;
constexpr std::size_t kBodyBytesPerSecond = 256 * 1024;
// Bodies up to this size (a query of a few ensemble members) are always taken: one a connection, the
// open connections bound them. Larger ones share a budget.
constexpr std::size_t kSmallBody = 256 * 1024;

std::size_t budgeted(std::size_t contentLength) { return contentLength > kSmallBody ? contentLength : 0; }
// After a refusal, what the client still sends is read and dropped for a while, so that closing does
// not reset the connection before the client has read why.
constexpr auto kLingering = std::chrono::seconds(1);
constexpr std::size_t kLingerBytes = std::size_t(1) << 20;
constexpr auto kScanEvery = std::chrono::milliseconds(100);

enum class Phase {
  Head,      // waiting for (the rest of) a request's head
  Body,      // waiting for the rest of its body
  Handling,  // a worker has the request
  Writing,   // the answer is leaving
  Lingering  // refused and half-closed: reading what the client still sends, until it stops or a second passes
};

struct Connection {
  int socket = -1;
  std::size_t listener = 0;
  std::unique_ptr<Transport> io;
  Phase phase = Phase::Head;
  IoWait waits = IoWait::None;  // what the transport last said it needs
  bool watched = false;         // registered with epoll (not while a worker has the request)
  std::string in, out;
  std::size_t sent = 0, lingered = 0;
  HttpRequest request;
  bool keepAlive = true;
  bool closeAfterWrite = false;
  bool answeredOne = false;  // served a request: an honest client's idle connection, not a slow one
  bool peerDone = false;     // the client sent all it will: what it sent is still answered
  Clock::time_point since, deadline;
};

struct Job {
  std::uint64_t connection;
  std::size_t listener;
  HttpRequest request;
};

struct Done {
  std::uint64_t connection;
  HttpResponse response;
};

int bindListener(const HttpListener& l) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string port = std::to_string(l.port);
  if (const int e = ::getaddrinfo(l.host.c_str(), port.c_str(), &hints, &found); e != 0)
    fail(ErrorKind::Io, {LED_PHRASE("led", "cannot listen on %1 port %2: %3"), {l.host, port, std::string(::gai_strerror(e))}});
  int error = 0;
  for (addrinfo* a = found; a; a = a->ai_next) {
    const int s = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (s < 0) continue;
    const int on = 1;
    ::setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(s, a->ai_addr, a->ai_addrlen) == 0 && ::listen(s, SOMAXCONN) == 0) {
      ::freeaddrinfo(found);
      return s;
    }
    error = errno;
    ::close(s);
  }
  ::freeaddrinfo(found);
  fail(ErrorKind::Io, {LED_PHRASE("led", "cannot listen on %1 port %2: %3"), {l.host, port, std::string(std::strerror(error))}});
}

int boundPort(int socket) {
  sockaddr_storage address{};
  socklen_t size = sizeof address;
  ::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &size);
  if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
  return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
}

// Connections open at once: as asked (by default eight per worker, at least 256), within the
// descriptors this process may open, its soft limit raised to the hard one first; 64 are kept for
// files (the log, the pads, the models).
std::size_t openConnectionsAllowed(const HttpServerOptions& o) {
  const std::size_t wanted = o.maxOpen ? o.maxOpen : std::max<std::size_t>(256, 8 * o.workers);
  rlimit files{};
  if (::getrlimit(RLIMIT_NOFILE, &files) != 0) return wanted;
  if (files.rlim_cur < files.rlim_max && files.rlim_cur < wanted + 64) {
    files.rlim_cur = std::min<rlim_t>(files.rlim_max, wanted + 64);
    ::setrlimit(RLIMIT_NOFILE, &files);
    ::getrlimit(RLIMIT_NOFILE, &files);
  }
  return std::min<std::size_t>(wanted, files.rlim_cur > 128 ? files.rlim_cur - 64 : 64);
}

Refusal reasonOf(int status) {
  switch (status) {
    case 411:
      return Refusal::NoLength;
    case 413:
      return Refusal::TooLarge;
    case 414:
    case 431:
      return Refusal::HeaderTooLarge;
    default:
      return Refusal::Malformed;
  }
}

}  // namespace

struct HttpServer::Loop {
  HttpServerOptions options;
  Handler handler;
  Refused refused;
  std::vector<HttpListener> specs;
  std::vector<int> listeners;
  std::vector<int> ports;
  int epoll = -1, wake = -1;
  std::unordered_map<std::uint64_t, Connection> connections;
  std::uint64_t nextId = 1;  // ids, not sockets, name connections to workers: a socket number is reused
  std::size_t busyWorkers = 0;
  std::size_t openLimit = 0;       // connections open at once (see openConnectionsAllowed)
  bool acceptPaused = false;       // no descriptor left: accepting waits for the next scan
  std::size_t bodyBudget = 0;      // bytes of large bodies being received at once, at most
  std::size_t bodiesExpected = 0;  // the lengths of the large bodies being received now
  std::atomic<bool> stopping{false};
  bool listening = true;

  // The workers' side.
  std::mutex mutex;
  std::condition_variable jobReady;
  std::deque<Job> jobs;
  std::vector<Done> done;
  bool workersStop = false;
  std::vector<std::thread> workers;

  // Epoll's data: listeners and the wake-up are below kFirstConnection, connections are their id.
  static constexpr std::uint64_t kWake = 0, kFirstConnection = 1 << 16;

  ~Loop() {
    {
      std::lock_guard lock(mutex);
      workersStop = true;
    }
    jobReady.notify_all();
    for (auto& t : workers) t.join();
    for (auto& [id, c] : connections) ::close(c.socket);
    for (int l : listeners)
      if (l >= 0) ::close(l);
    if (wake >= 0) ::close(wake);
    if (epoll >= 0) ::close(epoll);
  }

  void watch(int socket, std::uint64_t key, std::uint32_t events, int op) {
    epoll_event e{};
    e.events = events;
    e.data.u64 = key;
    ::epoll_ctl(epoll, op, socket, &e);
  }

  // What the connection waits for, from its phase and what its transport asked.
  // While a worker has the request the socket is not watched at all: a client that hung up would
  // otherwise wake the loop without end.
  void rewatch(std::uint64_t id, Connection& c) {
    std::uint32_t events = 0;
    if (c.phase != Phase::Handling) {
      if (c.phase == Phase::Head || c.phase == Phase::Body || c.phase == Phase::Lingering || c.waits == IoWait::Readable) events |= EPOLLIN;
      if (c.phase == Phase::Writing || c.sent < c.out.size() || c.waits == IoWait::Writable) events |= EPOLLOUT;
    }
    if (events == 0) {
      if (c.watched) ::epoll_ctl(epoll, EPOLL_CTL_DEL, c.socket, nullptr);
    } else {
      watch(c.socket, kFirstConnection + id, events, c.watched ? EPOLL_CTL_MOD : EPOLL_CTL_ADD);
    }
    c.watched = events != 0;
  }

  void close(std::uint64_t id) {
    const auto it = connections.find(id);
    if (it == connections.end()) return;
    if (it->second.phase == Phase::Body) bodiesExpected -= budgeted(it->second.request.contentLength);
    if (it->second.watched) ::epoll_ctl(epoll, EPOLL_CTL_DEL, it->second.socket, nullptr);
    ::close(it->second.socket);
    connections.erase(it);
  }

  // The connection that has waited longest for a request it has not finished sending; failing that,
  // the longest idle one. None when every connection is being answered.
  std::optional<std::uint64_t> evictable() const {
    std::optional<std::uint64_t> best;
    auto rank = [](const Connection& c) { return std::make_pair(c.answeredOne && c.in.empty(), c.since); };
    for (const auto& [id, c] : connections) {
      if (c.phase != Phase::Head && c.phase != Phase::Body && c.phase != Phase::Lingering) continue;
      if (!best || rank(c) < rank(connections.at(*best))) best = id;
    }
    return best;
  }

  void acceptAll(std::size_t listener) {
    for (;;) {
      const int s = ::accept4(listeners[listener], nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (s < 0 && (errno == EMFILE || errno == ENFILE)) return pauseAccepting();
      if (s < 0) return;  // EAGAIN, or a connection that vanished while queued
      if (connections.size() >= openLimit) {
        const std::optional<std::uint64_t> victim = evictable();
        refused(victim ? Refusal::Evicted : Refusal::Busy);
        if (!victim) {
          ::close(s);
          continue;
        }
        close(*victim);
      }
      const int on = 1;
      ::setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
      const std::uint64_t id = nextId++;
      Connection& c = connections[id];
      c.socket = s;
      c.listener = listener;
      try {
        c.io = specs[listener].tls ? specs[listener].tls->accept(s) : plainTransport(s);
      } catch (const Error&) {
        ::close(s);
        connections.erase(id);
        continue;
      }
      awaitRequest(c);
      rewatch(id, c);
    }
  }

  // Out of descriptors: the waiting connections stay in the backlog (a listener left watched would wake
  // the loop without end) until the next scan, when connections may have closed.
  void pauseAccepting() {
    acceptPaused = true;
    for (std::size_t i = 0; i < listeners.size(); ++i) watch(listeners[i], i + 1, 0, EPOLL_CTL_MOD);
  }

  void resumeAccepting() {
    acceptPaused = false;
    for (std::size_t i = 0; i < listeners.size(); ++i) watch(listeners[i], i + 1, EPOLLIN, EPOLL_CTL_MOD);
  }

  void awaitRequest(Connection& c) {
    c.phase = Phase::Head;
    c.since = Clock::now();
    c.deadline = c.since + options.readTimeout;
  }

  // Reads what there is, up to what the phase can use; false when the connection ended.
  bool readSome(Connection& c, std::size_t want) {
    char chunk[kReadChunk];
    while (c.in.size() < want) {
      const IoResult r = c.io->read(chunk, std::min(sizeof chunk, want - c.in.size()));
      c.waits = r.wait;
      if (r.ended) return false;
      if (r.bytes == 0) return true;
      c.in.append(chunk, r.bytes);
    }
    return true;
  }

  // Writes what it can; false when the connection ended.
  bool writeSome(Connection& c) {
    while (c.sent < c.out.size()) {
      const IoResult r = c.io->write(c.out.data() + c.sent, c.out.size() - c.sent);
      c.waits = r.wait;
      if (r.ended) return false;
      if (r.bytes == 0) return true;
      c.sent += r.bytes;
    }
    c.out.clear();
    c.sent = 0;
    return true;
  }

  void respond(Connection& c, const HttpResponse& response, bool close) {
    c.out += renderResponse(response, close);
    c.closeAfterWrite = close;
    c.phase = Phase::Writing;
    c.deadline = Clock::now() + options.writeTimeout;
  }

  void refuseHead(Connection& c, int status, const std::string& sentence) {
    refused(reasonOf(status));
    respond(c, sentenceResponse(status, sentence), true);
  }

  void dispatch(std::uint64_t id, Connection& c) {
    if (busyWorkers >= options.workers) {
      refused(Refusal::Busy);
      return respond(c, sentenceResponse(503, "the cloud is serving as many clients as it can: try again in a second"), !c.keepAlive);
    }
    ++busyWorkers;
    c.phase = Phase::Handling;
    {
      std::lock_guard lock(mutex);
      jobs.push_back({id, c.listener, std::move(c.request)});
    }
    jobReady.notify_one();
  }

  // Moves the connection on with what it holds: parse a head, take a body, hand a request over.
  void advance(std::uint64_t id, Connection& c) {
    if (c.phase == Phase::Head) {
      const std::size_t end = headEnd(c.in);
      if (end == std::string::npos) {
        if (const int status = incompleteHeadStatus(c.in, options.limits))
          refuseHead(c, status,
                     status == 414 ? "the URL is longer than this cloud reads" : "the request's header is larger than this cloud reads");
        return;
      }
      HttpHead head = parseRequestHead(std::string_view(c.in).substr(0, end), options.limits);
      c.in.erase(0, end);
      if (head.status) return refuseHead(c, head.status, head.sentence);
      if (bodiesExpected + budgeted(head.request.contentLength) > bodyBudget) {
        // Bodies arriving at once may not hold more memory than the budget, however slowly they come.
        refused(Refusal::Busy);
        return respond(c, sentenceResponse(503, "the cloud is receiving as much as it can: try again in a second"), true);
      }
      c.request = std::move(head.request);
      c.keepAlive = c.request.keepAlive;
      c.phase = Phase::Body;
      bodiesExpected += budgeted(c.request.contentLength);
      const auto allowance = std::chrono::seconds(c.request.contentLength / kBodyBytesPerSecond);
      c.deadline = Clock::now() + options.readTimeout + allowance;
      if (c.request.expectContinue && c.in.size() < c.request.contentLength) c.out += "HTTP/1.1 100 Continue\r\n\r\n";
    }
    if (c.phase == Phase::Body && c.in.size() >= c.request.contentLength) {
      bodiesExpected -= budgeted(c.request.contentLength);
      c.request.body = c.in.substr(0, c.request.contentLength);
      c.in.erase(0, c.request.contentLength);
      dispatch(id, c);
    }
  }

  // Reads, writes and moves on until the connection must wait; closes it when it ends.
  void progress(std::uint64_t id) {
    Connection& c = connections.at(id);
    for (;;) {
      const Phase before = c.phase;
      const std::size_t had = c.in.size();
      bool alive = true;
      if (c.phase == Phase::Lingering) {
        alive = readSome(c, kReadChunk);
        c.lingered += c.in.size();
        c.in.clear();
        if (!alive || c.lingered > kLingerBytes) return close(id);
        break;
      }
      if (c.sent < c.out.size() || c.phase == Phase::Writing) alive = writeSome(c);
      if (alive && c.phase == Phase::Writing && c.out.empty()) alive = finishAnswer(c);
      if (!alive) return close(id);
      if (c.phase == Phase::Lingering) continue;
      if (c.phase == Phase::Head || c.phase == Phase::Body) {
        const std::size_t want = c.phase == Phase::Head ? options.limits.maxHead + 1 : c.request.contentLength;
        const bool idle = c.phase == Phase::Head && c.in.empty();
        if (c.in.size() < want && !c.peerDone) c.peerDone = !readSome(c, want);
        // An idle connection's wait ends with its next request's first byte; the head's own deadline
        // starts there, so a request that arrives just before the idle wait ends is not cut off.
        if (idle && !c.in.empty()) c.deadline = Clock::now() + options.readTimeout;
        advance(id, c);
        // A client that left is answered for a request it finished (the answer is logged), never waited for.
        if (c.peerDone && (c.phase == Phase::Head || c.phase == Phase::Body)) return close(id);
      }
      if (c.phase == before && c.in.size() == had) break;  // waiting on the network or a worker
    }
    rewatch(id, c);
  }

  // After an answer: the next request (pipelined ones are already read), or a lingering close.
  bool finishAnswer(Connection& c) {
    if (!c.closeAfterWrite && !stopping) {
      c.answeredOne = true;
      awaitRequest(c);
      return true;
    }
    c.io->finish();
    ::shutdown(c.socket, SHUT_WR);
    c.phase = Phase::Lingering;
    c.in.clear();
    c.lingered = 0;
    c.deadline = Clock::now() + kLingering;
    return true;
  }

  void collectAnswers() {
    std::uint64_t ignored;
    while (::read(wake, &ignored, sizeof ignored) > 0) {
    }
    std::vector<Done> finished;
    {
      std::lock_guard lock(mutex);
      finished.swap(done);
    }
    for (Done& d : finished) {
      --busyWorkers;
      const auto it = connections.find(d.connection);
      if (it == connections.end()) continue;
      respond(it->second, d.response, !it->second.keepAlive || stopping);
      progress(d.connection);
    }
  }

  void expire() {
    const Clock::time_point now = Clock::now();
    std::vector<std::uint64_t> late;
    for (const auto& [id, c] : connections)
      if (c.phase != Phase::Handling && now >= c.deadline) late.push_back(id);
    for (std::uint64_t id : late) {
      const Phase phase = connections.at(id).phase;
      if (phase == Phase::Body || (phase == Phase::Head && !connections.at(id).in.empty())) refused(Refusal::Timeout);
      close(id);
    }
  }

  void stopListening() {
    for (int& l : listeners) {
      ::epoll_ctl(epoll, EPOLL_CTL_DEL, l, nullptr);
      ::close(l);
      l = -1;
    }
    listening = false;
    std::vector<std::uint64_t> idle;
    for (const auto& [id, c] : connections)
      if (c.phase == Phase::Head || c.phase == Phase::Body || c.phase == Phase::Lingering) idle.push_back(id);
    for (std::uint64_t id : idle) close(id);
  }

  void work() {
    for (;;) {
      Job job;
      {
        std::unique_lock lock(mutex);
        jobReady.wait(lock, [&] { return workersStop || !jobs.empty(); });
        if (jobs.empty()) return;
        job = std::move(jobs.front());
        jobs.pop_front();
      }
      Done d{job.connection, {}};
      try {
        d.response = handler(job.listener, job.request);
      } catch (...) {
        refused(Refusal::Failed);
        d.response = sentenceResponse(500, "the cloud failed to answer this request");
      }
      {
        std::lock_guard lock(mutex);
        done.push_back(std::move(d));
      }
      const std::uint64_t one = 1;
      [[maybe_unused]] const ssize_t w = ::write(wake, &one, sizeof one);
    }
  }

  void run() {
    Clock::time_point nextScan = Clock::now();
    epoll_event events[256];
    while (listening || busyWorkers > 0 ||
           std::any_of(connections.begin(), connections.end(), [](const auto& c) { return c.second.phase == Phase::Writing; })) {
      const int n = ::epoll_wait(epoll, events, 256, int(kScanEvery.count()));
      for (int i = 0; i < n; ++i) {
        const std::uint64_t key = events[i].data.u64;
        if (key == kWake)
          collectAnswers();
        else if (key < kFirstConnection)
          acceptAll(std::size_t(key - 1));
        else if (connections.count(key - kFirstConnection))
          progress(key - kFirstConnection);
      }
      if (stopping && listening) stopListening();
      if (Clock::now() >= nextScan) {
        expire();
        if (acceptPaused && listening) resumeAccepting();
        nextScan = Clock::now() + kScanEvery;
      }
    }
  }
};

HttpServer::HttpServer(const std::vector<HttpListener>& listeners, const HttpServerOptions& options, Handler handler, Refused refused)
    : loop_(std::make_unique<Loop>()) {
  Loop& l = *loop_;
  l.options = options;
  l.handler = std::move(handler);
  l.refused = std::move(refused);
  l.specs = listeners;
  l.openLimit = openConnectionsAllowed(options);
  l.bodyBudget = std::max(options.limits.maxBody * 4, std::size_t(64) << 20);
  l.epoll = ::epoll_create1(EPOLL_CLOEXEC);
  l.wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (l.epoll < 0 || l.wake < 0)
    fail(ErrorKind::Io, {LED_PHRASE("led", "cannot start the server: %1"), {std::string(std::strerror(errno))}});
  l.watch(l.wake, Loop::kWake, EPOLLIN, EPOLL_CTL_ADD);
  for (std::size_t i = 0; i < listeners.size(); ++i) {
    l.listeners.push_back(bindListener(listeners[i]));
    l.ports.push_back(boundPort(l.listeners.back()));
    l.watch(l.listeners.back(), i + 1, EPOLLIN, EPOLL_CTL_ADD);
  }
  for (std::size_t i = 0; i < std::max<std::size_t>(1, options.workers); ++i) l.workers.emplace_back([&l] { l.work(); });
}

HttpServer::~HttpServer() = default;

int HttpServer::port(std::size_t listener) const { return loop_->ports.at(listener); }

void HttpServer::run() { loop_->run(); }

void HttpServer::stop() {
  loop_->stopping = true;
  const std::uint64_t one = 1;
  [[maybe_unused]] const ssize_t w = ::write(loop_->wake, &one, sizeof one);
}

}  // namespace led
