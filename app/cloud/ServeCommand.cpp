// led-cloud serve: the cloud as a service on the network. One model set for the class (the models of
// the keys the users share), one guide pad per client in --pads, one log for all. Listens on loopback
// unless --listen names another address.
#include <atomic>
#include <chrono>
#include <thread>

#include "app/cloud/CloudCommands.h"
#include "app/cloud/ModelSetOptions.h"
#include "app/command/Interrupt.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "core/shared/common/Error.h"
#include "core/cloud/service/HttpService.h"

namespace led::cli {
namespace {

// HOST:PORT, [IPv6]:PORT.
void parseListen(const std::string& option, const std::string& text, std::string& hostOut, int& portOut) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon + 1 == text.size()) usageError(option + " takes HOST:PORT, e.g. 127.0.0.1:8750");
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  try {
    std::size_t used = 0;
    const int port = std::stoi(text.substr(colon + 1), &used);
    if (used != text.size() - colon - 1 || port < 0 || port > 65535) throw std::out_of_range("port");
    portOut = port;
  } catch (const std::exception&) {
    usageError(option + ": " + text.substr(colon + 1) + " is not a port (0 to 65535)");
  }
  if (host.empty()) usageError(option + " takes HOST:PORT, e.g. 127.0.0.1:8750");
  hostOut = host;
}

std::string urlOf(const char* scheme, const std::string& host, int port) {
  return std::string(scheme) + "://" + (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

bool loopback(const std::string& host) { return host.rfind("127.", 0) == 0 || host == "::1" || host == "localhost"; }

std::string servingText(const Json& where) {
  return format("led-cloud serving %s (%s process, max batch %zu); operator: %s; log: %s; stop with Ctrl+C",
                where["url"].get<std::string>().c_str(), where["process"].get<std::string>().c_str(), where["max_batch"].get<std::size_t>(),
                where["operator_url"].get<std::string>().c_str(), where["log"].get<std::string>().c_str());
}

class Serve : public Command {
 public:
  void define(CLI::App& app) override {
    models_.add(app);
    app.add_option("--pads", pads_, "Folder with the cloud's copy of each client's guide pad (one .ledpad a client).")->required();
    app.add_option("--log", log_, "The cloud's log, one JSON line per answered query (default cloud.log).");
    app.add_option("--listen", listen_, "HOST:PORT to listen on for clients (default 127.0.0.1:8750; port 0: any free port).");
    app.add_option(
        "--operator-listen", operatorListen_,
        "HOST:PORT for the operator's /metrics and /v1/log, never served to clients (default 127.0.0.1:8751; port 0: any free port).");
    app.add_option("--tls-cert", http_.tlsCert, "Serve HTTPS with this certificate (PEM)...");
    app.add_option("--tls-key", http_.tlsKey, "...and its private key (PEM).");
    app.add_option("--max-batch", batching_.maxBatch, "Queries classified together at most (default 32; 1: one at a time).")
        ->check(wholeNumber(1, 4096));
    app.add_option("--max-wait-ms", maxWaitMs_, "How long a batch waits to fill, in ms (default 2).")->check(realNumber(0, 10000));
    app.add_option("--queue", batching_.queueLimit, "Queries waiting at most; more are refused with 503 (default 256).")
        ->check(wholeNumber(1, 1 << 20));
    app.add_option("--connections", http_.connections, "Requests answered at once; more are refused with 503 (default 128).")
        ->check(wholeNumber(1, 4096));
    app.add_option("--max-body", http_.maxBody, "Largest query in bytes (default 16 MiB).")->check(wholeNumber(1024, 1LL << 31));
    app.add_option("--timeout", timeoutSeconds_, "Seconds a client may take to send a request's head or receive an answer (default 5).")
        ->check(wholeNumber(1, 3600));
    app.add_option("--threads", threads_, "CPU threads for the models (default: all cores).")->check(wholeNumber(1, 1024));
  }

  const char* jsonHelp() const override {
    return "Print where the service listens as one JSON line once it does, and what it answered when it stops.";
    ;
  }

  Json run() override {
    parseListen("--listen", listen_, http_.host, http_.port);
    parseListen("--operator-listen", operatorListen_, http_.operatorHost, http_.operatorPort);
    if (!loopback(http_.host)) warn("led-cloud", "listening on " + http_.host + ": every machine that reaches this one can send queries");
    if (!loopback(http_.operatorHost))
      warn("led-cloud", "the operator's address " + http_.operatorHost +
                            " is not loopback: every machine that reaches it can read the log and /metrics");
    batching_.maxWait = std::chrono::microseconds(static_cast<long long>(maxWaitMs_ * 1000));
    http_.readTimeout = http_.writeTimeout = std::chrono::seconds(timeoutSeconds_);
    if (threads_ > 0) setModelThreads(threads_);
    const CloudModels models = models_.load();
    CloudService service(models, pads_, log_, batching_);
    HttpService http(service, http_);
    const std::string url = urlOf(http.tls() ? "https" : "http", http_.host, http.port());
    const std::string operatorUrl = urlOf("http", http_.operatorHost, http.operatorPort());
    announce({{"url", url},
              {"port", http.port()},
              {"operator_url", operatorUrl},
              {"operator_port", http.operatorPort()},
              {"log", log_},
              {"pads", pads_},
              {"process", models.process() == QueryProcess::Deniable ? "deniable" : "normal"},
              {"max_batch", batching_.maxBatch}},
             servingText);

    StopOnInterrupt interrupt;
    std::atomic<bool> done{false};
    std::thread watcher([&] {
      while (!done && !interrupt.requested()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
      http.stop();
    });
    http.run();
    done = true;
    watcher.join();
    return {{"answered", service.counters().answeredCount()}, {"refused", service.counters().refusedCount()}};
  }

  std::string text(const Json& r) const override {
    return format("led-cloud stopped: %llu queries answered, %llu refused", r["answered"].get<unsigned long long>(),
                  r["refused"].get<unsigned long long>());
  }

 private:
  ModelSetOptions models_;
  std::string pads_, log_ = "cloud.log", listen_ = "127.0.0.1:8750", operatorListen_ = "127.0.0.1:8751";
  HttpOptions http_;
  BatchOptions batching_;
  double maxWaitMs_ = 2;
  int timeoutSeconds_ = 5, threads_ = 0;
};

}  // namespace

CommandInfo serveCommand() {
  return {{"serve"}, "answer queries over HTTP(S): batched, bounded, one log line per answer", [] { return std::make_unique<Serve>(); }};
}

}  // namespace led::cli
