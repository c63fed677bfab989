#include "core/user/bench/ServiceLoad.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <unistd.h>

#include "core/shared/common/Error.h"
#include "core/shared/common/Quantile.h"
#include "core/shared/deniable/LogLine.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/remote/CloudClient.h"
#include "core/user/query/Compose.h"

namespace led {
namespace {

using Clock = std::chrono::steady_clock;

struct Prepared {
  std::vector<std::uint8_t> bytes;
  std::string digest;
  int coin = 0;
  PadEntry entry;
  std::string cloudPad;
};

struct Sent {
  const Prepared* query = nullptr;
  int status = 0;
  double ms = 0;
  bool rightAnswer = false;
};

// led_batch_size_sum and _count from /metrics.
std::pair<double, double> batchCounters(const std::string& url) {
  CloudClient client(url);
  const std::string text = client.metrics();
  auto value = [&](const std::string& name) {
    const auto at = text.find("\n" + name + " ");
    return at == std::string::npos ? 0.0 : std::stod(text.substr(at + name.size() + 2));
  };
  return {value("led_batch_size_sum"), value("led_batch_size_count")};
}

// The level's clients, each with a fresh pad whose cloud copy joins the service, and their queries.
std::vector<std::vector<Prepared>> prepare(const ServiceLoadOptions& o, int level, int clients, const std::string& userPads) {
  std::vector<std::vector<Prepared>> out(static_cast<std::size_t>(clients));
  OsRandom random;
  const std::size_t each = (o.queries + std::size_t(clients) - 1) / std::size_t(clients);
  for (int c = 0; c < clients; ++c) {
    const GuidePad pad = GuidePad::generate(16, std::uint32_t(each), random);
    const std::string name = "load-" + std::to_string(level) + "-" + std::to_string(c) + ".ledpad";
    const std::string user = (std::filesystem::path(userPads) / name).string(),
                      cloud = (std::filesystem::path(o.cloudPads) / name).string();
    pad.write(user);
    pad.write(cloud);
    for (std::size_t q = 0; q < each && c * each + q < o.queries; ++q) {
      Prepared p;
      p.entry = GuidePad::takeNext(user);
      const ComposedQuery composed = o.process == QueryProcess::Deniable ? composeDeniable(o.target, o.other, o.keys, p.entry, random)
                                                                         : composeNormal(o.target, o.other, o.keys[0], p.entry, random);
      p.bytes = encodeQuery(composed.query);
      p.digest = queryDigest(composed.query);
      p.coin = composed.coin;
      p.cloudPad = cloud;
      out[std::size_t(c)].push_back(std::move(p));
    }
  }
  return out;
}

ServiceLoadLevel runLevel(const ServiceLoadOptions& o, int clients, const std::vector<std::vector<Prepared>>& queries,
                          std::vector<Sent>& sent, const std::atomic<bool>& stop) {
  ServiceLoadLevel level;
  level.clients = clients;
  const auto [batchSum0, batchCount0] = batchCounters(o.operatorUrl);
  std::mutex mutex;
  const Clock::time_point start = Clock::now(),
                          deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c)
    threads.emplace_back([&, c] {
      ClientOptions once;
      once.attempts = 1;  // a 503 is counted, not retried: the load stays what it is
      CloudClient client(o.url, once);
      for (const Prepared& q : queries[std::size_t(c)]) {
        if (stop || Clock::now() > deadline) return;
        Sent s{&q, 0, 0, false};
        const Clock::time_point t = Clock::now();
        try {
          const CloudReply reply = client.send(q.bytes);
          s.status = reply.status;
          s.ms = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
          if (reply.status == 200) {
            const Answer a = decodeAnswer(reply.body, "answer");
            s.rightAnswer = a.queryDigest == q.digest;
            openAnswerSlot(a, q.coin, q.entry.answerKey);  // throws for an answer sealed under another key
          }
        } catch (const Error&) {
          s.rightAnswer = false;
        }
        std::lock_guard lock(mutex);
        sent.push_back(s);
      }
    });
  for (auto& t : threads) t.join();
  level.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::vector<double> answered, busy;
  for (const Sent& s : sent) {
    ++level.sent;
    if (s.status == 200)
      answered.push_back(s.ms);
    else if (s.status == 503)
      busy.push_back(s.ms);
    else
      ++level.refused;
  }
  level.answered = answered.size();
  level.busy = busy.size();
  level.perSecond = double(level.answered) / level.seconds;
  level.p50Ms = quantile(answered, 0.5);
  level.p99Ms = quantile(answered, 0.99);
  level.maxMs = quantile(answered, 1.0);
  level.busyP50Ms = quantile(busy, 0.5);
  level.busyP99Ms = quantile(busy, 0.99);
  level.busyMaxMs = quantile(busy, 1.0);
  const auto [batchSum1, batchCount1] = batchCounters(o.operatorUrl);
  level.meanBatch = batchCount1 > batchCount0 ? (batchSum1 - batchSum0) / (batchCount1 - batchCount0) : 0;
  return level;
}

}  // namespace

ServiceLoadReport runServiceLoad(const ServiceLoadOptions& o, const std::atomic<bool>& stop) {
  if (o.clients.empty() || o.queries == 0) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a load needs clients and queries"));
  const std::string userPads = (std::filesystem::temp_directory_path() / ("led-load-" + std::to_string(::getpid()))).string();
  std::filesystem::create_directories(userPads);
  ServiceLoadReport report;
  std::vector<Sent> all;
  std::vector<std::vector<std::vector<Prepared>>> keep;  // the queries outlive their levels, for the checks
  for (std::size_t l = 0; l < o.clients.size() && !stop; ++l) {
    keep.push_back(prepare(o, int(l), o.clients[l], userPads));
    std::vector<Sent> sent;
    report.levels.push_back(runLevel(o, o.clients[l], keep.back(), sent, stop));
    all.insert(all.end(), sent.begin(), sent.end());
  }
  std::filesystem::remove_all(userPads);

  // The checks: against the cloud's log and its copies of the pads.
  std::map<std::string, int> logged;
  std::map<std::pair<std::string, std::uint64_t>, int> entries;
  for (const LogEntry& e : parseLogLines(CloudClient(o.operatorUrl).logFrom(0), "the cloud's log")) {
    ++logged[e.query];
    ++entries[{padIdHex(e.pad), e.entry}];
  }
  std::map<std::string, GuidePad> pads;
  for (const Sent& s : all) {
    const auto it = logged.find(s.query->digest);
    if (it != logged.end()) {
      ++report.logged;
      if (it->second > 1) ++report.loggedTwice;
      if (entries[{padIdHex(s.query->entry.pad), s.query->entry.index}] > 1) ++report.entriesTwice;
    }
    if (s.status != 200) continue;
    if (it == logged.end()) ++report.unlogged;
    if (!s.rightAnswer) ++report.wrongAnswers;
    if (!pads.count(s.query->cloudPad)) pads.emplace(s.query->cloudPad, GuidePad::read(s.query->cloudPad));
    if (!pads.at(s.query->cloudPad).used(s.query->entry.index)) ++report.unmarkedEntries;
  }
  return report;
}

}  // namespace led
