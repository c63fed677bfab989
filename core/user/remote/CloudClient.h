#pragma once
// The user's side of talking to a cloud's service (led-cloud serve) over HTTP or HTTPS: send a query's
// bytes, get its answer's bytes. A busy cloud (503) is asked again after the wait it names, a bounded
// number of times; everything else that goes wrong is one sentence: no cloud at the address, no answer
// in time, or the cloud's own refusal.
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace httplib {
class Client;
}

namespace led {

struct ClientOptions {
  std::chrono::seconds connectTimeout{5};
  std::chrono::seconds answerTimeout{30};
  int attempts = 5;                                // sends at most, while the cloud says it is busy
  std::chrono::milliseconds maxRetryAfter{10000};  // a longer Retry-After is waited for no longer than this
  std::string caCert;                              // HTTPS: trust this certificate (PEM) instead of the system's
};

struct CloudReply {
  int status = 0;
  std::vector<std::uint8_t> body;
  int attempts = 0;  // sends it took (more than 1 when the cloud was busy)
};

class CloudClient {
 public:
  // url: http://HOST:PORT or https://HOST:PORT. InvalidArgument when it is not one.
  explicit CloudClient(const std::string& url, ClientOptions options = {});
  ~CloudClient();
  CloudClient(CloudClient&&) noexcept;

  // The answer (.ledans bytes). Io when the cloud cannot be reached or does not answer in time;
  // Mismatch with the cloud's sentence when it refuses the query.
  std::vector<std::uint8_t> ask(const std::vector<std::uint8_t>& query);
  // The same, keeping the status and the number of sends; refusals are returned, not thrown.
  CloudReply send(const std::vector<std::uint8_t>& query);
  // The cloud's log from line `from` on (JSON lines), as the operator's view shows it.
  std::string logFrom(std::size_t from);
  std::string health();
  std::string metrics();  // Prometheus text

  const std::string& url() const { return url_; }

 private:
  std::string get(const std::string& path);

  std::string url_;
  ClientOptions options_;
  std::unique_ptr<httplib::Client> http_;
};

}  // namespace led
