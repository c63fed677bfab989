#pragma once
// An HTTP/1.1 server for a hostile network. One thread reads and writes every connection without
// blocking (epoll); only whole requests reach the handler, on a pool of `workers` threads. So a client
// that sends slowly holds a socket, never a worker, and is dropped at its deadline:
//   - an idle connection waits readTimeout for a request's first byte (after its last answer, or its
//     start), the whole head must arrive within readTimeout of that byte, the body within readTimeout
//     plus one second per 256 KiB, an answer must leave within writeTimeout;
//   - the limits of HttpMessage.h refuse a request from its head (414, 431, 413, 411, 400), and the
//     connection is closed after any refusal of the head;
//   - bodies over 256 KiB being received at once may add up to four times the largest body (at least
//     64 MiB); a request whose body would pass that is answered 503 from its head, so slow uploads
//     cannot fill the memory (smaller bodies, queries of a few models, are bounded by the connections);
//   - requests pipelined on one connection are answered in order;
//   - when every worker is busy a request is answered 503 with Retry-After at once; when `maxOpen`
//     connections are open a new one takes the place of the one that has waited longest for a request
//     it has not finished sending (or, failing that, of the longest idle one).
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/cloud/service/HttpMessage.h"
#include "core/cloud/service/Refusal.h"
#include "core/cloud/service/Transport.h"

namespace led {

struct HttpServerOptions {
  HttpLimits limits;
  std::size_t workers = 128;
  std::size_t maxOpen = 0;  // 0: eight per worker, at least 256; never more than the descriptors allow
  std::chrono::milliseconds readTimeout{5000}, writeTimeout{5000};
};

struct HttpListener {
  std::string host;
  int port = 0;                           // 0: any free port
  std::shared_ptr<const TlsContext> tls;  // null: plain HTTP
};

class HttpServer {
 public:
  // The listener's index and the request; exceptions become 500.
  using Handler = std::function<HttpResponse(std::size_t listener, const HttpRequest&)>;
  // Called for every request or connection the server itself turns away.
  using Refused = std::function<void(Refusal reason)>;

  // Binds every listener; Io error naming the address when one cannot be bound.
  HttpServer(const std::vector<HttpListener>& listeners, const HttpServerOptions& options, Handler handler, Refused refused);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  int port(std::size_t listener) const;
  // Serves until stop(); then answers the requests under way and returns.
  void run();
  void stop();  // from any thread

 private:
  struct Loop;
  std::unique_ptr<Loop> loop_;
};

}  // namespace led
