#include "core/cloud/service/HttpService.h"

#include <optional>
#include <string_view>

#include "core/shared/common/Error.h"
#include "core/cloud/service/HttpServer.h"

namespace led {
namespace {

constexpr std::size_t kClients = 0, kOperator = 1;

// The endpoint's answer when it is asked with its method, else 405 naming the method.
template <typename Answer>
HttpResponse with(const HttpRequest& r, const char* method, Answer answer) {
  if (r.method == method) return answer();
  HttpResponse wrong = sentenceResponse(405, "use " + std::string(method) + " " + r.path);
  wrong.allow = method;
  return wrong;
}

// from=N: a line number.
std::optional<std::size_t> lineParameter(const std::string& query) {
  if (query.empty()) return 0;
  if (query.rfind("from=", 0) != 0) return std::nullopt;
  return parseDecimal(std::string_view(query).substr(5));
}

}  // namespace

HttpService::HttpService(CloudService& service, const HttpOptions& options) : service_(service), options_(options) {
  if (options_.tlsCert.empty() != options_.tlsKey.empty())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "HTTPS needs both a certificate and its private key"));
  std::shared_ptr<const TlsContext> tls;
  if (!options_.tlsCert.empty()) tls = std::make_shared<const TlsContext>(options_.tlsCert, options_.tlsKey);
  HttpServerOptions server;
  server.limits.maxBody = options_.maxBody;
  server.workers = options_.connections;
  server.readTimeout = options_.readTimeout;
  server.writeTimeout = options_.writeTimeout;
  server_ = std::make_unique<HttpServer>(
      std::vector<HttpListener>{{options_.host, options_.port, tls}, {options_.operatorHost, options_.operatorPort, nullptr}}, server,
      [this](std::size_t listener, const HttpRequest& r) { return listener == kOperator ? operators(r) : clients(r); },
      [this](Refusal reason) { service_.refusedByTransport(reason); });
}

HttpService::~HttpService() = default;

int HttpService::port() const { return server_->port(kClients); }

int HttpService::operatorPort() const { return server_->port(kOperator); }

void HttpService::run() { server_->run(); }

void HttpService::stop() { server_->stop(); }

HttpResponse HttpService::clients(const HttpRequest& r) {
  if (r.path == "/v1/query") return with(r, "POST", [&] { return service_.answer(r.body); });
  if (r.path == "/v1/health") return with(r, "GET", [&] { return service_.health(); });
  if (r.path == "/metrics" || r.path == "/v1/log")
    return sentenceResponse(404, r.path + " is served to the cloud's operator only, on the operator's address");
  return sentenceResponse(404, "no such endpoint: POST /v1/query or GET /v1/health");
}

HttpResponse HttpService::operators(const HttpRequest& r) {
  if (r.path == "/metrics") return with(r, "GET", [&] { return service_.metrics(); });
  if (r.path == "/v1/health") return with(r, "GET", [&] { return service_.health(); });
  if (r.path == "/v1/log")
    return with(r, "GET", [&] {
      const std::optional<std::size_t> from = lineParameter(r.query);
      return from ? service_.log(*from) : sentenceResponse(400, "from= takes a line number");
    });
  return sentenceResponse(404, "no such endpoint: GET /metrics, /v1/log?from=N or /v1/health");
}

}  // namespace led
