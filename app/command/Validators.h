#pragma once
// How every value on a command line is checked, the same way in every command: a number, a list or a
// choice that does not read as one is a usage error naming the option and the value.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace led::cli {

// A whole number in [low, high].
CLI::Validator wholeNumber(long long low, long long high);
// A number in [low, high].
CLI::Validator realNumber(double low, double high);
// One of these words.
CLI::Validator oneOf(const std::vector<std::string>& words);
// WIDTHxHEIGHTxCHANNELS with 1 or 3 channels, e.g. 32x32x3.
CLI::Validator imageSize();
// Comma-separated whole numbers in [low, high] ("2,4,7"), or numbers (realList).
CLI::Validator wholeList(long long low, long long high);
CLI::Validator realList(double low, double high);

}  // namespace led::cli
