#include "core/service/HttpService.h"

#include <httplib.h>

#include <sys/socket.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "core/common/Error.h"

namespace led {
namespace {

// Set on the threads that only turn connections away.
thread_local bool tOverflow = false;

// httplib hands every accepted connection to a task queue. This one runs `workers` connections at once;
// the ones beyond go to a few threads that answer 503 at once and close.
class BoundedConnections : public httplib::TaskQueue {
 public:
  BoundedConnections(std::size_t workers, std::size_t refusers) {
    for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this] { work(jobs_, jobsReady_, false); });
    for (std::size_t i = 0; i < refusers; ++i) threads_.emplace_back([this] { work(refusals_, refusalsReady_, true); });
    workers_ = workers;
  }

  void enqueue(std::function<void()> fn) override {
    bool refuse = false;
    {
      std::lock_guard lock(mutex_);
      refuse = busy_ + jobs_.size() >= workers_;
      (refuse ? refusals_ : jobs_).push_back(std::move(fn));
    }
    (refuse ? refusalsReady_ : jobsReady_).notify_one();  // one thread of the right kind, not all of them
  }

  void shutdown() override {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    jobsReady_.notify_all();
    refusalsReady_.notify_all();
    for (auto& t : threads_) t.join();
  }

 private:
  void work(std::deque<std::function<void()>>& queue, std::condition_variable& ready, bool refuser) {
    tOverflow = refuser;
    for (;;) {
      std::function<void()> fn;
      {
        std::unique_lock lock(mutex_);
        ready.wait(lock, [&] { return stopping_ || !queue.empty(); });
        if (queue.empty()) return;
        fn = std::move(queue.front());
        queue.pop_front();
        if (!refuser) ++busy_;
      }
      fn();
      if (!refuser) {
        std::lock_guard lock(mutex_);
        --busy_;
      }
    }
  }

  std::mutex mutex_;
  std::condition_variable jobsReady_, refusalsReady_;
  std::deque<std::function<void()>> jobs_, refusals_;
  std::vector<std::thread> threads_;
  std::size_t workers_ = 0, busy_ = 0;
  bool stopping_ = false;
};

// httplib listens with a backlog of 5: clients that connect at once beyond it lose their first SYN and
// wait a second to retry. Listening again on the bound socket raises the backlog (Linux allows it).
template <typename Base>
class WideBacklog : public Base {
 public:
  using Base::Base;
  void widenBacklog() { ::listen(this->svr_sock_, SOMAXCONN); }
};

void send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  if (reply.retryAfterSeconds > 0) res.set_header("Retry-After", std::to_string(reply.retryAfterSeconds));
  res.set_content(reply.body, reply.contentType.c_str());
}

void sendSentence(httplib::Response& res, int status, const std::string& sentence) {
  Reply r;
  r.status = status;
  r.body = sentence + "\n";
  send(res, r);
}

bool fromThisMachine(const std::string& address) {
  return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}

}  // namespace

HttpService::HttpService(CloudService& service, const HttpOptions& options) : service_(service), options_(options) {
  if (options_.tlsCert.empty() != options_.tlsKey.empty())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "HTTPS needs both a certificate and its private key"));
  if (options_.tlsCert.empty()) {
    server_ = std::make_unique<WideBacklog<httplib::Server>>();
  } else {
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
    server_ = std::make_unique<WideBacklog<httplib::SSLServer>>(options_.tlsCert.c_str(), options_.tlsKey.c_str());
    if (!server_->is_valid())
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "cannot serve HTTPS with %1 and %2: not a certificate and its private key in PEM"),
                                {options_.tlsCert, options_.tlsKey}});
#else
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "this led-cloud was built without OpenSSL: it serves HTTP only"));
#endif
  }
  const std::size_t connections = options_.connections;
  server_->new_task_queue = [connections] { return new BoundedConnections(connections, 2); };
  server_->set_payload_max_length(options_.maxBody);
  server_->set_read_timeout(options_.readTimeout);
  server_->set_write_timeout(options_.writeTimeout);
  server_->set_keep_alive_timeout(options_.readTimeout.count());
  server_->set_keep_alive_max_count(100000);  // a client keeps its connection instead of reconnecting every 5 requests
  server_->set_tcp_nodelay(true);
  route();
  if (options_.port == 0) {
    port_ = server_->bind_to_any_port(options_.host);
    if (port_ < 0) port_ = 0;
  } else if (server_->bind_to_port(options_.host, options_.port)) {
    port_ = options_.port;
  }
  if (port_ <= 0)
    fail(ErrorKind::Io, {LED_PHRASE("led", "cannot listen on %1 port %2: %3"), {options_.host, std::to_string(options_.port), std::string(std::strerror(errno))}});
  if (tls()) {
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
    static_cast<WideBacklog<httplib::SSLServer>&>(*server_).widenBacklog();
#endif
  } else {
    static_cast<WideBacklog<httplib::Server>&>(*server_).widenBacklog();
  }
}

HttpService::~HttpService() = default;

bool HttpService::tls() const { return !options_.tlsCert.empty(); }

void HttpService::run() { server_->listen_after_bind(); }

void HttpService::stop() { server_->stop(); }

void HttpService::route() {
  server_->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (tOverflow) {
      service_.refusedByTransport("busy");
      res.set_header("Connection", "close");
      send(res, {503, "text/plain; charset=utf-8", "the cloud is serving as many clients as it can: try again in a second\n", 1});
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos) {
      service_.refusedByTransport("no-length");
      res.set_header("Connection", "close");
      sendSentence(res, 411, "send the query with its length (Content-Length), not in chunks");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server_->Post("/v1/query", [this](const httplib::Request& req, httplib::Response& res) { send(res, service_.answer(req.body)); });
  server_->Get("/v1/health", [this](const httplib::Request&, httplib::Response& res) { send(res, service_.health()); });
  server_->Get("/metrics", [this](const httplib::Request&, httplib::Response& res) { send(res, service_.metrics()); });
  server_->Get("/v1/log", [this](const httplib::Request& req, httplib::Response& res) {
    if (!fromThisMachine(req.remote_addr)) return sendSentence(res, 403, "the log is only shown on the cloud's own machine");
    std::size_t from = 0;
    try {
      if (req.has_param("from")) from = std::stoul(req.get_param_value("from"));
    } catch (const std::exception&) {
      return sendSentence(res, 400, "from= takes a line number");
    }
    send(res, service_.log(from));
  });
  server_->set_error_handler([this](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler's own refusal
    if (res.status == 413) {
      service_.refusedByTransport("too-large");
      return sendSentence(res, 413, "the request is larger than this cloud takes (" + std::to_string(options_.maxBody) + " bytes)");
    }
    if (res.status == 404) return sendSentence(res, 404, "no such endpoint: POST /v1/query, GET /v1/health, /metrics or /v1/log");
    sendSentence(res, res.status, "the cloud could not read this request");
  });
  server_->set_exception_handler([this](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    service_.refusedByTransport("failed");
    sendSentence(res, 500, "the cloud failed to answer this request");
  });
}

}  // namespace led
