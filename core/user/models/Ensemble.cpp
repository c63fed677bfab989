#include "core/user/models/Ensemble.h"

#include <algorithm>

#include "core/shared/common/Error.h"
#include "core/user/data/ModelInput.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {

std::vector<float> memberProbabilities(const EnsembleMember& member, const Dataset& data) {
  requireModelKey(member.model->info(), fingerprintOf(member.key));
  const ModelInput input(member.key ? std::shared_ptr<const Cipher>(makeCipher(*member.key)) : nullptr, data.shape);
  const std::size_t batch = 500, classes = member.model->info().classNames.size();
  std::vector<float> out;
  out.reserve(data.size() * classes);
  std::vector<float> tensor(batch * input.shape().size());
  for (std::size_t start = 0; start < data.size(); start += batch) {
    const std::size_t n = std::min(batch, data.size() - start);
    for (std::size_t i = 0; i < n; ++i) input.prepare(data.image(start + i), tensor.data() + i * input.shape().size());
    const std::vector<float> p = member.model->probabilities(tensor.data(), n);
    out.insert(out.end(), p.begin(), p.end());
  }
  return out;
}

EnsembleCurve evaluateEnsemble(const std::vector<EnsembleMember>& members, const Dataset& test) {
  if (members.empty()) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "an ensemble needs at least one model"));
  const std::size_t classes = test.classNames.size(), images = test.size();
  for (const EnsembleMember& m : members)
    if (m.model->info().classNames.size() != classes)
      fail(ErrorKind::Mismatch,
           {LED_PHRASE("led", "every model of an ensemble must know the dataset's %1 classes"), {std::to_string(classes)}});
  std::vector<double> sums(images * classes, 0.0);
  std::vector<int> votes(images * classes, 0);
  EnsembleCurve curve;
  for (const EnsembleMember& member : members) {
    const std::vector<float> p = memberProbabilities(member, test);
    std::size_t rightBySum = 0, rightByVote = 0;
    for (std::size_t i = 0; i < images; ++i) {
      const float* row = p.data() + i * classes;
      double* sum = sums.data() + i * classes;
      int* vote = votes.data() + i * classes;
      for (std::size_t c = 0; c < classes; ++c) sum[c] += row[c];
      ++vote[std::max_element(row, row + classes) - row];
      const std::size_t bySum = std::size_t(std::max_element(sum, sum + classes) - sum);
      std::size_t byVote = 0;
      for (std::size_t c = 1; c < classes; ++c)
        if (vote[c] > vote[byVote] || (vote[c] == vote[byVote] && sum[c] > sum[byVote])) byVote = c;
      rightBySum += bySum == test.labels[i];
      rightByVote += byVote == test.labels[i];
    }
    curve.sum.push_back(double(rightBySum) / double(images));
    curve.vote.push_back(double(rightByVote) / double(images));
  }
  return curve;
}

}  // namespace led
