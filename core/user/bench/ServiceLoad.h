#pragma once
// `led bench service`: load on a cloud's service (led-cloud serve) from many clients at once, as a
// classroom would put on it. For each number of clients it makes that many client pads (the cloud's
// copies go into the service's pad folder), composes every query beforehand, then lets the clients send
// them at once, each waiting for its answer before the next, and times them. Afterwards it checks what
// was promised against the cloud's log and pads: every answered query logged exactly once, no answer
// for another query, no pad entry used twice. Bounded in queries and in time.
#include <array>
#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

#include "core/shared/deniable/Query.h"
#include "core/shared/image/Image.h"
#include "core/user/keys/Key.h"

namespace led {

struct ServiceLoadOptions {
  std::string url;          // the service, on this machine
  std::string operatorUrl;  // its operator's address (led-cloud serve --operator-listen): counters and log
  std::string cloudPads;    // its pad folder (led-cloud serve --pads)
  QueryProcess process = QueryProcess::Deniable;
  std::array<std::vector<Key>, 2> keys;  // of the service's models; normal: keys[0]
  Image target, other;
  std::vector<int> clients{1, 4, 16, 64};
  std::size_t queries = 1000;  // per level, over all clients
  double seconds = 60;         // per level at most
};

struct ServiceLoadLevel {
  int clients = 0;
  std::size_t sent = 0, answered = 0, busy = 0, refused = 0;  // busy: 503; refused: any other status
  double seconds = 0, perSecond = 0;                          // answered queries a second
  double p50Ms = 0, p99Ms = 0, maxMs = 0;                     // answered queries
  double busyP50Ms = 0, busyP99Ms = 0, busyMaxMs = 0;         // how fast a 503 came back
  double meanBatch = 0;                                       // from the service's metrics
};

struct ServiceLoadReport {
  std::vector<ServiceLoadLevel> levels;
  std::size_t logged = 0;           // log lines of this run's queries
  std::size_t unlogged = 0;         // answered but not in the log
  std::size_t loggedTwice = 0;      // queries with more than one log line
  std::size_t entriesTwice = 0;     // (pad, entry) pairs in more than one log line
  std::size_t wrongAnswers = 0;     // answers for another query, or that do not open with the query's key
  std::size_t unmarkedEntries = 0;  // answered entries the cloud's pad copy does not mark used
};

ServiceLoadReport runServiceLoad(const ServiceLoadOptions& options, const std::atomic<bool>& stop);

}  // namespace led
