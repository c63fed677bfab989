// The service's counters as Prometheus reads them: answers, refusals by reason, batch sizes and answer
// times as histograms.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/cloud/service/ServiceMetrics.h"

namespace led {
namespace {

bool holds(const std::string& text, const std::string& line) { return text.find(line) != std::string::npos; }

TEST(ServiceMetrics, CountsAndTheirText) {
  ServiceMetrics m;
  m.answered(0.003);
  m.answered(0.3);
  m.refused(Refusal::Busy);
  m.refused(Refusal::Busy);
  m.refused(Refusal::Unproven);
  m.batch(1);
  m.batch(5);
  EXPECT_EQ(m.answeredCount(), 2u);
  EXPECT_EQ(m.refusedCount(), 3u);
  EXPECT_DOUBLE_EQ(m.meanBatch(), 3.0);
  const std::string text = m.prometheusText(7);
  EXPECT_TRUE(holds(text, "led_queries_answered_total 2\n"));
  EXPECT_TRUE(holds(text, "led_queries_refused_total{reason=\"busy\"} 2\n"));
  EXPECT_TRUE(holds(text, "led_queries_refused_total{reason=\"unproven\"} 1\n"));
  EXPECT_FALSE(holds(text, "reason=\"evicted\""));  // only reasons that happened
  EXPECT_TRUE(holds(text, "led_queue_length 7\n"));
  EXPECT_TRUE(holds(text, "led_batch_size_bucket{le=\"1\"} 1\n"));
  EXPECT_TRUE(holds(text, "led_batch_size_bucket{le=\"8\"} 2\n"));
  EXPECT_TRUE(holds(text, "led_batch_size_sum 6\n"));
  EXPECT_TRUE(holds(text, "led_answer_seconds_bucket{le=\"0.005\"} 1\n"));
  EXPECT_TRUE(holds(text, "led_answer_seconds_bucket{le=\"+Inf\"} 2\n"));
}

TEST(ServiceMetrics, EveryReasonHasItsOwnName) {
  std::set<std::string_view> names;
  for (std::size_t r = 0; r < kRefusals; ++r) names.insert(refusalName(Refusal(r)));
  EXPECT_EQ(names.size(), kRefusals);
  EXPECT_EQ(names.count(""), 0u);
}

}  // namespace
}  // namespace led
