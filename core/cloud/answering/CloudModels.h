#pragma once
// The models the cloud trained for its class of users, as the process they serve. The normal process:
// one set (the models of the user's key k); the part the guide points at is classified, the decoy part
// gets a random label. The deniable process: one set a part (the models of the real and the fake
// keys); set p classifies part p. A set holds one model per ensemble member, whose probabilities are
// averaged (LED section 3.4).
#include <string>
#include <vector>

#include "core/shared/deniable/Query.h"
#include "core/shared/learn/Classifier.h"

namespace led {

class CloudModels {
 public:
  using Set = std::vector<const Classifier*>;

  CloudModels() = default;  // none: every query is refused
  static CloudModels normal(Set set);
  static CloudModels deniable(Set part0, Set part1);

  QueryProcess process() const { return process_; }
  std::size_t sets() const { return sets_.size(); }
  const Set& set(std::size_t s) const { return sets_.at(s); }
  // The set that classifies `part`.
  std::size_t setOf(int part) const { return process_ == QueryProcess::Normal ? 0 : std::size_t(part); }
  // Models a set: the ensemble's size.
  std::size_t members() const { return sets_.empty() ? 0 : sets_.front().size(); }
  const std::vector<std::string>& classNames() const;

 private:
  QueryProcess process_ = QueryProcess::Normal;
  std::vector<Set> sets_;
};

}  // namespace led
