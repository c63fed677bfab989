#pragma once
// CloudService over HTTP (cpp-httplib; HTTPS with a certificate and key). Routes:
//   POST /v1/query  body: a .ledq; answer: a .ledans, or a status and one sentence (CloudService.h)
//   GET  /v1/health JSON; GET /metrics Prometheus text; GET /v1/log?from=N the log's lines from N
//        (only to a client on this machine: the log is the operator's)
// Limits a server on a network needs: a body larger than maxBody is refused (413) before it is read,
// a body without a length (chunked) is refused (411), clients too slow to send or receive are cut off
// after the timeouts, and connections beyond `connections` at once are answered 503 at once, by a small
// pool of their own, instead of waiting in a queue without end.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "core/service/CloudService.h"

namespace httplib {
class Server;
}

namespace led {

struct HttpOptions {
  std::string host = "127.0.0.1";  // loopback unless the operator names another address
  int port = 8750;                 // 0: any free port
  std::string tlsCert, tlsKey;     // both or neither
  std::size_t maxBody = std::size_t(16) << 20;
  std::size_t connections = 128;
  std::chrono::seconds readTimeout{5}, writeTimeout{5};
};

class HttpService {
 public:
  // Io error when the port cannot be bound or the certificate not loaded.
  HttpService(CloudService& service, const HttpOptions& options);
  ~HttpService();

  int port() const { return port_; }
  bool tls() const;
  void run();   // serves until stop()
  void stop();  // from any thread or a signal-watching thread

 private:
  void route();

  CloudService& service_;
  HttpOptions options_;
  std::unique_ptr<httplib::Server> server_;
  int port_ = 0;
};

}  // namespace led
