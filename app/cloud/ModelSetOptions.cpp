#include "app/cloud/ModelSetOptions.h"

#include <sstream>

#include "app/command/Command.h"

namespace led::cli {
namespace {

std::vector<Classifier> modelsFrom(const std::string& files, const std::string& option) {
  std::vector<Classifier> models;
  std::stringstream in(files);
  for (std::string path; std::getline(in, path, ',');)
    if (!path.empty()) models.push_back(Classifier::load(path));
  if (models.empty()) usageError(option + " takes one model file per ensemble member, separated by commas");
  return models;
}

}  // namespace

void ModelSetOptions::add(CLI::App& app) {
  auto* normal = app.add_option("--models", models_, "Normal user: the model trained with the user's key(s), one per ensemble member.");
  auto* part0 = app.add_option("--part0-models", part0_, "Deniable user: the models of part 0's keys, one per ensemble member.");
  auto* part1 = app.add_option("--part1-models", part1_, "Deniable user: the models of part 1's keys.");
  normal->excludes(part0)->excludes(part1);
  part0->needs(part1);
  part1->needs(part0);
}

CloudModels ModelSetOptions::load() {
  if (models_.empty() && part0_.empty()) usageError("give --models (normal user) or --part0-models and --part1-models (deniable user)");
  if (!part0_.empty())
    owned_ = {modelsFrom(part0_, "--part0-models"), modelsFrom(part1_, "--part1-models")};
  else
    owned_ = {modelsFrom(models_, "--models")};
  std::vector<CloudModels::Set> sets;
  for (const auto& set : owned_) {
    sets.emplace_back();
    for (const Classifier& m : set) sets.back().push_back(&m);
  }
  return sets.size() == 2 ? CloudModels::deniable(sets[0], sets[1]) : CloudModels::normal(sets[0]);
}

}  // namespace led::cli
