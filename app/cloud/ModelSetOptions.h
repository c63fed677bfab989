#pragma once
// The cloud's models for a user, as led-cloud answer and led-cloud serve take them: --models (a normal
// user: one model per ensemble member) or --part0-models and --part1-models (a deniable user: the
// models of each part's keys).
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "core/cloud/answering/Cloud.h"

namespace led::cli {

class ModelSetOptions {
 public:
  void add(CLI::App& app);
  // Loads the model files once; the sets point into this object, which must outlive them.
  CloudModels load();

 private:
  std::string models_, part0_, part1_;
  std::vector<std::vector<Classifier>> owned_;
};

}  // namespace led::cli
