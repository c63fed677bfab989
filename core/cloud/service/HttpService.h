#pragma once
// CloudService over HTTP (HttpServer.h; HTTPS with a certificate and key), on two listeners:
//   the clients':   POST /v1/query  body: a .ledq; answer: a .ledans, or a status and one sentence
//                   GET  /v1/health JSON
//   the operator's: GET /metrics (Prometheus text), GET /v1/log?from=N (the log's lines from N),
//                   GET /v1/health; plain HTTP, on loopback unless the operator names another address.
// The operator's endpoints are not served to clients at all: a front end on the same machine (a TLS
// terminator) makes every client look local, so an address check would not keep the log to the operator.
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "core/cloud/service/CloudService.h"

namespace led {

class HttpServer;

struct HttpOptions {
  std::string host = "127.0.0.1";  // loopback unless the operator names another address
  int port = 8750;                 // 0: any free port
  std::string operatorHost = "127.0.0.1";
  int operatorPort = 8751;
  std::string tlsCert, tlsKey;  // both or neither
  std::size_t maxBody = std::size_t(16) << 20;
  std::size_t connections = 128;  // requests answered at once; more: 503
  std::chrono::seconds readTimeout{5}, writeTimeout{5};
};

class HttpService {
 public:
  // Io error when a port cannot be bound, BadFile when the certificate cannot be loaded.
  HttpService(CloudService& service, const HttpOptions& options);
  ~HttpService();

  int port() const;
  int operatorPort() const;
  bool tls() const { return !options_.tlsCert.empty(); }
  void run();   // serves until stop()
  void stop();  // from any thread

 private:
  HttpResponse clients(const HttpRequest& request);
  HttpResponse operators(const HttpRequest& request);

  CloudService& service_;
  HttpOptions options_;
  std::unique_ptr<HttpServer> server_;
};

}  // namespace led
