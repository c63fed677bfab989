#pragma once
// Whether a photo looks like anything the model learned. A classifier gives one of its classes for any
// input, often confidently (a quick clothing model is surer that the dog is a bag than that a real boot
// is a boot), and neither its confidence, its energy score nor its penultimate features tell such a photo
// apart (docs/results.md, "Photos the model never learned"). The distance of what it reads of the
// photo to the nearest class (ModelInfo.h, Familiarity) can: its class means and spreads are measured
// on training images, its bound on held-out images so that 95 % of them pass, and all are kept with
// the model.
#include <optional>
#include <vector>

#include "core/shared/learn/Classifier.h"
#include "core/user/data/Dataset.h"
#include "core/user/keys/Key.h"

namespace led {

constexpr double kFamiliarPassShare = 0.95;

// The cells of one model input (ModelInput's layout): each plane averaged over at most 14x14 cells.
std::vector<float> familiarityCells(const float* input, const InputShape& shape);

// The distance of one input's cells to the nearest class mean, each cell scaled by its variance, as a
// mean over the cells (1: one spread away on average).
double familiarityDistance(const Familiarity& familiarity, const std::vector<float>& cells);

// The distance of each of the first `limit` images (all when 0), encrypted with key (the model's).
std::vector<double> familiarityDistances(const Classifier& model, const Familiarity& familiarity, const Dataset& images,
                                         const std::optional<Key>& key, std::size_t limit = 0);

// Class means and pooled within-class variances from training images, and the bound that passShare of
// the held-out images stay within. Throws InvalidArgument when either set is empty.
Familiarity measureFamiliarity(const Classifier& model, const Dataset& training, const Dataset& heldOut, const std::optional<Key>& key,
                               double passShare = kFamiliarPassShare);

// measureFamiliarity, kept with the model.
void calibrateFamiliarity(Classifier& model, const Dataset& training, const Dataset& heldOut, const std::optional<Key>& key);

}  // namespace led
