#pragma once
// LED section 3.4: n keys, n models, one query encrypted n times; the answer is the class with the
// largest summed probability, or the one most models vote for.
#include <optional>
#include <vector>

#include "core/user/data/Dataset.h"
#include "core/user/keys/Key.h"
#include "core/shared/learn/Classifier.h"

namespace led {

struct EnsembleMember {
  const Classifier* model;
  std::optional<Key> key;  // the model's own
};

// accuracy[n - 1] is the accuracy of the first n members, for n = 1..members (the paper's Fig. 7).
struct EnsembleCurve {
  std::vector<double> sum;   // summed probabilities
  std::vector<double> vote;  // majority vote; ties go to the larger summed probability
};

EnsembleCurve evaluateEnsemble(const std::vector<EnsembleMember>& members, const Dataset& test);

// Probabilities of every image of data under one member: size() x classes, row by row.
std::vector<float> memberProbabilities(const EnsembleMember& member, const Dataset& data);

}  // namespace led
