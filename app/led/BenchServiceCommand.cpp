// led bench service: load on a running led-cloud serve from many clients on this machine, over
// loopback: throughput, latency, batch sizes and refusals for each number of clients, then the checks
// against the cloud's log and pads (nothing lost, nothing answered twice, no entry used twice).
#include <tuple>

#include "app/command/Command.h"
#include "app/command/Interrupt.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/user/bench/ServiceLoad.h"
#include "core/shared/common/NumberList.h"
#include "core/user/imageio/ImageFile.h"

namespace led::cli {
namespace {

class BenchService : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--cloud", options_.url, "The service (led-cloud serve) on this machine: http://127.0.0.1:PORT.")->required();
    app.add_option("--cloud-operator", options_.operatorUrl,
                   "Its operator's address (led-cloud serve --operator-listen), for its counters and log: http://127.0.0.1:PORT.")
        ->required();
    app.add_option("--cloud-pads", options_.cloudPads, "Its pad folder (led-cloud serve --pads): the load's client pads go there.")
        ->required();
    keys_.add(app, "of the service's models");
    app.add_option("--target", target_, "The real image of every query (default: the bundled dog.jpg).");
    app.add_option("--other", other_, "The other image (default: the bundled cat.png).");
    app.add_option("--clients", clients_, "Clients at once, one level each (default 1,4,16,64).")->check(wholeList(1, 1024));
    app.add_option("--queries", options_.queries, "Queries a level (default 1000).")->check(wholeNumber(1, 1000000));
    app.add_option("--seconds", options_.seconds, "Longest a level may run (default 60).")->check(realNumber(0.1, 3600));
  }

  Json run() override {
    std::tie(options_.process, options_.keys) = keys_.read();
    if (target_.empty()) target_ = bundledSample("dog.jpg");
    if (other_.empty()) other_ = bundledSample("cat.png");
    options_.target = readImage(target_);
    options_.other = readImage(other_);
    options_.clients = parseWholeNumberList(clients_, "--clients");
    StopOnInterrupt interrupt;
    const ServiceLoadReport r = runServiceLoad(options_, interrupt.requested());
    Json levels = Json::array();
    for (const ServiceLoadLevel& l : r.levels) {
      levels.push_back({{"clients", l.clients},
                        {"sent", l.sent},
                        {"answered", l.answered},
                        {"busy", l.busy},
                        {"refused", l.refused},
                        {"seconds", l.seconds},
                        {"queries_per_second", l.perSecond},
                        {"p50_ms", l.p50Ms},
                        {"p99_ms", l.p99Ms},
                        {"max_ms", l.maxMs},
                        {"mean_batch", l.meanBatch},
                        {"busy_p50_ms", l.busyP50Ms},
                        {"busy_p99_ms", l.busyP99Ms},
                        {"busy_max_ms", l.busyMaxMs}});
    }
    const Json checks{{"logged", r.logged},
                      {"answered_not_logged", r.unlogged},
                      {"logged_twice", r.loggedTwice},
                      {"entries_used_twice", r.entriesTwice},
                      {"wrong_answers", r.wrongAnswers},
                      {"answered_entries_not_marked_used", r.unmarkedEntries}};
    const bool clean = r.unlogged == 0 && r.loggedTwice == 0 && r.entriesTwice == 0 && r.wrongAnswers == 0 && r.unmarkedEntries == 0;
    if (!clean) resultIsFailure();
    return {{"levels", levels}, {"checks", checks}, {"clean", clean}};
  }

  std::string text(const Json& r) const override {
    const Json& c = r["checks"];
    const auto count = [&c](const char* name) { return c[name].get<std::size_t>(); };
    return markdownTable(r["levels"], {{"clients", "clients"},
                                       {"sent", "sent"},
                                       {"answered", "answered"},
                                       {"503", "busy"},
                                       {"other refusals", "refused"},
                                       {"queries/s", "queries_per_second", 0},
                                       {"p50 ms", "p50_ms", 1},
                                       {"p99 ms", "p99_ms", 1},
                                       {"max ms", "max_ms", 1},
                                       {"mean batch", "mean_batch", 1},
                                       {"503 p50 ms", "busy_p50_ms"},
                                       {"503 p99 ms", "busy_p99_ms"},
                                       {"503 max ms", "busy_max_ms"}}) +
           format(
               "\n\nchecks: %zu logged; answered but not logged %zu; logged twice %zu; entries used twice %zu; wrong answers %zu; "
               "answered entries the cloud's pad does not mark used %zu",
               count("logged"), count("answered_not_logged"), count("logged_twice"), count("entries_used_twice"), count("wrong_answers"),
               count("answered_entries_not_marked_used"));
  }

 private:
  ServiceLoadOptions options_;
  PartKeyOptions keys_;
  std::string target_, other_, clients_ = "1,4,16,64";
};

}  // namespace

CommandInfo benchServiceCommand() {
  return {{"bench", "service"}, "load on a cloud's service from many clients: throughput, latency, batching, nothing lost", [] {
            return std::make_unique<BenchService>();
          }};
}

}  // namespace led::cli
