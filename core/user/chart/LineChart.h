#pragma once
// A plain line chart written as PNG, so command-line evaluations can draw their figures (the LED
// paper's Fig. 7) without a GUI.
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/common/Phrase.h"

namespace led {

struct ChartSeries {
  Phrase name = std::string();  // the legend
  std::vector<double> x;
  std::vector<double> y;
};

std::vector<std::uint8_t> lineChartPng(const std::string& title, const std::string& xLabel, const std::string& yLabel,
                                       const std::vector<ChartSeries>& series);
void writeLineChart(const std::string& path, const std::string& title, const std::string& xLabel, const std::string& yLabel,
                    const std::vector<ChartSeries>& series);

}  // namespace led
