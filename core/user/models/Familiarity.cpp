#include "core/user/models/Familiarity.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "core/shared/common/Error.h"
#include "core/user/models/ImageTraining.h"

namespace led {
namespace {

constexpr std::size_t kTrainingSample = 5000;  // training images whose cells give the class means and spreads
constexpr int kCellsASide = 14;

// Calls each(cells) for the first `limit` images (all when 0) as the model reads them.
void forEachInput(const Classifier& model, const Dataset& images, const std::optional<Key>& key, std::size_t limit,
                  const std::function<void(const std::vector<float>&)>& each) {
  const ModelInput input = modelInputFor(model, images.shape, key);
  std::vector<float> tensor(input.shape().size());
  const std::size_t count = limit == 0 ? images.size() : std::min(limit, images.size());
  for (std::size_t i = 0; i < count; ++i) {
    input.prepare(images.image(i), tensor.data());
    each(familiarityCells(tensor.data(), input.shape()));
  }
}

}  // namespace

std::vector<float> familiarityCells(const float* input, const InputShape& shape) {
  const int h = std::min(shape.height, kCellsASide), w = std::min(shape.width, kCellsASide);
  std::vector<float> cells(std::size_t(shape.channels) * h * w, 0);
  std::vector<int> count(cells.size(), 0);
  for (int c = 0; c < shape.channels; ++c)
    for (int y = 0; y < shape.height; ++y)
      for (int x = 0; x < shape.width; ++x) {
        const std::size_t at = (std::size_t(c) * h + std::size_t(y * h / shape.height)) * w + std::size_t(x * w / shape.width);
        cells[at] += input[(std::size_t(c) * shape.height + y) * shape.width + x];
        ++count[at];
      }
  for (std::size_t i = 0; i < cells.size(); ++i) cells[i] /= float(std::max(1, count[i]));
  return cells;
}

double familiarityDistance(const Familiarity& f, const std::vector<float>& cells) {
  double nearest = std::numeric_limits<double>::infinity();
  for (const std::vector<float>& mean : f.classMeans) {
    double sum = 0;
    for (std::size_t d = 0; d < mean.size() && d < cells.size(); ++d)
      sum += double(cells[d] - mean[d]) * double(cells[d] - mean[d]) / f.variances[d];
    nearest = std::min(nearest, sum / double(mean.size()));
  }
  return nearest;
}

std::vector<double> familiarityDistances(const Classifier& model, const Familiarity& familiarity, const Dataset& images,
                                         const std::optional<Key>& key, std::size_t limit) {
  std::vector<double> distances;
  forEachInput(model, images, key, limit,
               [&](const std::vector<float>& cells) { distances.push_back(familiarityDistance(familiarity, cells)); });
  return distances;
}

Familiarity measureFamiliarity(const Classifier& model, const Dataset& training, const Dataset& heldOut, const std::optional<Key>& key,
                               double passShare) {
  if (training.size() == 0 || heldOut.size() == 0)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "familiarity is measured on training and held-out images; one of them is empty"));
  const std::size_t classes = model.info().classNames.size();
  std::vector<std::vector<float>> seen;
  forEachInput(model, training, key, kTrainingSample, [&](const std::vector<float>& cells) { seen.push_back(cells); });
  const std::size_t width = seen.front().size();
  Familiarity f;
  f.classMeans.assign(classes, std::vector<float>(width, 0));
  std::vector<std::size_t> members(classes, 0);
  for (std::size_t r = 0; r < seen.size(); ++r) {
    ++members[training.labels[r]];
    for (std::size_t d = 0; d < width; ++d) f.classMeans[training.labels[r]][d] += seen[r][d];
  }
  for (std::size_t c = 0; c < classes; ++c)
    for (float& v : f.classMeans[c]) v /= float(std::max<std::size_t>(1, members[c]));
  std::vector<double> spread(width, 0);
  for (std::size_t r = 0; r < seen.size(); ++r)
    for (std::size_t d = 0; d < width; ++d) spread[d] += std::pow(seen[r][d] - f.classMeans[training.labels[r]][d], 2);
  // A cell that never varies (a background the key maps to one value) would divide by 0: a small floor.
  f.variances.resize(width);
  for (std::size_t d = 0; d < width; ++d) f.variances[d] = float(std::max(spread[d] / double(seen.size()), 1e-4));
  std::vector<double> distances = familiarityDistances(model, f, heldOut, key);
  std::sort(distances.begin(), distances.end());
  f.bound = distances[std::min(distances.size() - 1, std::size_t(std::ceil(passShare * double(distances.size()))) - 1)];
  f.heldOut = distances.size();
  f.passShare = passShare;
  return f;
}

void calibrateFamiliarity(Classifier& model, const Dataset& training, const Dataset& heldOut, const std::optional<Key>& key) {
  model.setFamiliarity(measureFamiliarity(model, training, heldOut, key));
}

}  // namespace led
