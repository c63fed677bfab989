#include "core/user/remote/CloudClient.h"

#include <httplib.h>

#include <chrono>
#include <thread>

#include "core/shared/common/Error.h"

namespace led {
namespace {

// The sentence for a request that got no response at all.
[[noreturn]] void unreachable(const std::string& url, httplib::Error error) {
  switch (error) {
    case httplib::Error::Connection:
      fail(ErrorKind::Io, {LED_PHRASE("led", "no cloud answers at %1: is led-cloud serve running there?"), {url}});
    case httplib::Error::ConnectionTimeout:
    case httplib::Error::Read:
      fail(ErrorKind::Io, {LED_PHRASE("led", "the cloud at %1 did not answer in time"), {url}});
    case httplib::Error::SSLConnection:
    case httplib::Error::SSLServerVerification:
    case httplib::Error::SSLLoadingCerts:
      fail(ErrorKind::Io,
           {LED_PHRASE("led", "the cloud at %1 is not the one its certificate names, or its certificate is not trusted"), {url}});
    default:
      fail(ErrorKind::Io, {LED_PHRASE("led", "the cloud at %1 could not be reached: %2"), {url, httplib::to_string(error)}});
  }
}

std::string firstLine(const std::string& body) {
  const std::string line = body.substr(0, body.find('\n'));
  return line.size() > 500 ? line.substr(0, 500) : line;
}

// A kept-alive connection the cloud closed for idling just as a request left on it fails at once, before
// any answer: that request is sent once more on a new connection. (A read that failed later is a cloud
// that did not answer in time, and is not sent again.) The cloud answers a query once at most: a second
// send of one that did arrive is refused 409, its answer being in the log.
template <typename Request>
httplib::Result againIfDropped(Request request) {
  const auto sent = std::chrono::steady_clock::now();
  httplib::Result r = request();
  if (!r && r.error() == httplib::Error::Read && std::chrono::steady_clock::now() - sent < std::chrono::seconds(1)) r = request();
  return r;
}

}  // namespace

CloudClient::CloudClient(const std::string& url, ClientOptions options) : url_(url), options_(std::move(options)) {
  const bool http = url.rfind("http://", 0) == 0, https = url.rfind("https://", 0) == 0;
  if (!http && !https)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 is not a cloud's address: give http://HOST:PORT or https://HOST:PORT"), {url}});
#ifndef CPPHTTPLIB_OPENSSL_SUPPORT
  if (https) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "this build was made without OpenSSL: it speaks HTTP only"));
#endif
  http_ = std::make_unique<httplib::Client>(url);
  if (!http_->is_valid())
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 is not a cloud's address: give http://HOST:PORT or https://HOST:PORT"), {url}});
  http_->set_connection_timeout(options_.connectTimeout);
  http_->set_read_timeout(options_.answerTimeout);
  http_->set_write_timeout(options_.answerTimeout);
  http_->set_keep_alive(true);
  http_->set_tcp_nodelay(true);  // headers and body leave at once, not 40 ms apart (Nagle with delayed ACKs)
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  if (!options_.caCert.empty()) http_->set_ca_cert_path(options_.caCert);
  if (https) http_->enable_server_certificate_verification(true);
#endif
}

CloudClient::~CloudClient() = default;
CloudClient::CloudClient(CloudClient&&) noexcept = default;

CloudReply CloudClient::send(const std::vector<std::uint8_t>& query) {
  CloudReply reply;
  for (;;) {
    ++reply.attempts;
    const httplib::Result r = againIfDropped(
        [&] { return http_->Post("/v1/query", reinterpret_cast<const char*>(query.data()), query.size(), "application/vnd.led.query"); });
    if (!r) unreachable(url_, r.error());
    reply.status = r->status;
    reply.body.assign(r->body.begin(), r->body.end());
    if (r->status != 503 || reply.attempts >= options_.attempts) return reply;
    // Busy: wait what the cloud asks (within reason), then send the same query again; its pad entry
    // was not spent.
    long wait = 1;
    try {
      wait = std::stol(r->get_header_value("Retry-After"));
    } catch (const std::exception&) {
    }
    std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(std::chrono::seconds(std::max(0L, wait)), options_.maxRetryAfter));
  }
}

std::vector<std::uint8_t> CloudClient::ask(const std::vector<std::uint8_t>& query) {
  CloudReply reply = send(query);
  if (reply.status == 200) return std::move(reply.body);
  const std::string sentence = firstLine(std::string(reply.body.begin(), reply.body.end()));
  if (reply.status == 503)
    fail(ErrorKind::Io,
         {LED_PHRASE("led", "the cloud at %1 stayed busy for %2 tries: %3"), {url_, std::to_string(reply.attempts), sentence}});
  fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the cloud refused the query (%1): %2"), {std::to_string(reply.status), sentence}});
}

std::string CloudClient::get(const std::string& path) {
  const httplib::Result r = againIfDropped([&] { return http_->Get(path); });
  if (!r) unreachable(url_, r.error());
  if (r->status != 200)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the cloud refused (%1): %2"), {std::to_string(r->status), firstLine(r->body)}});
  return r->body;
}

std::string CloudClient::logFrom(std::size_t from) { return get("/v1/log?from=" + std::to_string(from)); }

std::string CloudClient::health() { return get("/v1/health"); }

std::string CloudClient::metrics() { return get("/metrics"); }

}  // namespace led
