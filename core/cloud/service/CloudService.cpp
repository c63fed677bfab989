#include "core/cloud/service/CloudService.h"

#include <chrono>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/shared/common/Error.h"
#include "core/shared/deniable/QueryFile.h"

namespace led {
namespace {

using Clock = std::chrono::steady_clock;

}  // namespace

CloudService::CloudService(const CloudModels& models, const std::string& padFolder, const std::string& logPath,
                           const BatchOptions& batching)
    : logPath_(logPath), batching_(batching), pads_(padFolder), batcher_(models, logPath, batching, metrics_) {}

Reply CloudService::refuse(int status, Refusal reason, const std::string& sentence) {
  metrics_.refused(reason);
  return sentenceResponse(status, sentence);
}

Reply CloudService::answer(const std::string& body) {
  const Clock::time_point arrived = Clock::now();
  Query query;
  try {
    query = decodeQuery({body.begin(), body.end()}, "the query");
  } catch (const Error& e) {
    return refuse(400, Refusal::Malformed, e.what());
  }
  const std::optional<std::string> pad = pads_.pathOf(query.pad);
  if (!pad) return refuse(403, Refusal::UnknownPad, "this cloud holds no guide pad " + padIdHex(query.pad) + ": give it its copy first");
  try {
    requireModelsFit(query, batcher_.models());
  } catch (const Error& e) {
    return refuse(422, Refusal::Mismatch, e.what());
  }
  QueryBatcher::Place place = batcher_.reserve();
  if (!place) return refuse(503, Refusal::Busy, "the cloud is busy: try again in a second");
  TakenEntry taken;
  try {
    taken = takeQueryEntry(*pad, query);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::Mismatch) return refuse(409, Refusal::UsedEntry, e.what());
    return refuse(500, Refusal::Failed, std::string("the cloud could not answer: ") + e.what());
  }
  if (taken.outcome != EntryTaken::Spent)
    return refuse(422, taken.outcome == EntryTaken::Unproven ? Refusal::Unproven : Refusal::Mismatch,
                  refusalSentence(taken.outcome, query));
  const PadEntry entry = taken.recovered.entry;
  try {
    const CloudResult result = batcher_.submit(std::move(place), std::move(taken.recovered)).get();
    const std::vector<std::uint8_t> bytes = encodeAnswer(result.answer);
    metrics_.answered(std::chrono::duration<double>(Clock::now() - arrived).count());
    return {200, "application/vnd.led.answer", std::string(bytes.begin(), bytes.end()), 0, {}};
  } catch (const std::exception& e) {
    // The answer never left and its batch left no line in the log: the entry may be used again.
    try {
      GuidePad::giveBack(*pad, entry);
    } catch (const Error&) {
      // The entry stays spent, as after a crash: never used twice.
    }
    return refuse(500, Refusal::Failed, std::string("the cloud could not answer: ") + e.what());
  }
}

Reply CloudService::health() const {
  const nlohmann::ordered_json out{{"status", "ok"},
                                   {"process", batcher_.models().process() == QueryProcess::Deniable ? "deniable" : "normal"},
                                   {"members", batcher_.models().members()},
                                   {"pads", pads_.size()},
                                   {"queue", batcher_.queueLength()},
                                   {"max_batch", batching_.maxBatch},
                                   {"answered", metrics_.answeredCount()}};
  return {200, "application/json", out.dump() + "\n", 0, {}};
}

Reply CloudService::metrics() const { return {200, "text/plain; version=0.0.4", metrics_.prometheusText(batcher_.queueLength()), 0, {}}; }

Reply CloudService::log(std::size_t from) const {
  Reply r{200, "application/x-ndjson", {}, 0, {}};
  if (logPath_.empty()) return r;
  std::lock_guard lock(logMutex_);
  std::ifstream in(logPath_, std::ios::binary | std::ios::ate);
  const std::uint64_t size = in ? std::uint64_t(in.tellg()) : 0;
  if (size < logRead_.offset) logRead_ = {};  // replaced: read it anew
  LogCursor at = from >= logRead_.lines ? logRead_ : LogCursor{};
  in.seekg(std::streamoff(at.offset));
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Whole lines only: a line being appended right now is sent on the next call.
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1, ++at.lines)
    if (at.lines >= from) r.body.append(text, start, end + 1 - start);
  at.offset += start;
  if (at.lines >= logRead_.lines) logRead_ = at;
  return r;
}

}  // namespace led
