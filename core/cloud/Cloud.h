#pragma once
// The cloud of the deniable query (docs/specification.md, section 3.4), as its own component: it receives only a
// query, its own models and its half of the guide pad. It recovers the guide, reads the shape, classifies
// both parts with the models of each part's keys, and answers with two encrypted label slots in part
// order and one log line. Neither the answer nor the log holds the shape or a plaintext label.
#include <array>
#include <string>
#include <vector>

#include "core/deniable/CloudView.h"
#include "core/deniable/Query.h"
#include "core/learn/Classifier.h"

namespace led {

// The models the cloud trained for a user. One set: a normal user (key k); the part the guide points at
// is classified, the decoy part gets a random label. Two sets: a deniable user; set p classifies part p.
// A set holds one model per ensemble member; their probabilities are averaged (LED section 3.4).
using CloudModels = std::vector<std::vector<const Classifier*>>;

// Throws Mismatch when the pad entry is not the query's, the guide opens to no shape, or a model does
// not fit the query (scheme, image size, input layout, class names, ensemble size).
CloudResult answerQuery(const Query& query, const PadEntry& entry, const CloudModels& models, RandomSource& random);

}  // namespace led
