#pragma once
// Why the cloud's service turned a request away: the label of led_queries_refused_total (ServiceMetrics)
// and the reason each refusal is counted under, whether the query's handler or the HTTP server refused.
#include <array>
#include <cstddef>
#include <string_view>

namespace led {

enum class Refusal {
  Busy,            // 503: every worker busy, or the queue full
  Malformed,       // 400: not a query, or not HTTP
  UnknownPad,      // 403: a pad the cloud does not hold
  UsedEntry,       // 409: the pad entry was used already or does not exist
  Unproven,        // 422: the query does not prove it was made with its entry
  Mismatch,        // 422: the models do not fit, or the entry does not open the guide
  TooLarge,        // 413
  NoLength,        // 411
  HeaderTooLarge,  // 414, 431
  Timeout,         // a head or body not finished by its deadline
  Evicted,         // a waiting connection closed to make room for a new one
  Failed,          // 500
};

constexpr std::size_t kRefusals = std::size_t(Refusal::Failed) + 1;

constexpr std::string_view refusalName(Refusal r) {
  constexpr std::array<std::string_view, kRefusals> kNames{"busy",     "malformed", "unknown-pad", "used-entry",       "unproven",
                                                           "mismatch", "too-large", "no-length",   "header-too-large", "timeout",
                                                           "evicted",  "failed"};
  return kNames[std::size_t(r)];
}

}  // namespace led
