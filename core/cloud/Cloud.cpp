#include "core/cloud/Cloud.h"

#include <algorithm>
#include <ctime>

#include "core/common/Error.h"
#include "core/ciphertext/InputLayout.h"
#include "core/deniable/GuideKey.h"
#include "core/deniable/QueryFile.h"
#include "core/ciphertext/SchemeParams.h"

namespace led {
namespace {

void requireFits(const Classifier& model, const Query& query, const std::vector<std::string>& classNames) {
  const ModelInfo& info = model.info();
  const Phrase what(LED_PHRASE("led", "the cloud's model (%1)"), {info.describe()});
  if (!info.scheme || info.scheme->scheme != query.scheme)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 was not trained on %2 ciphertexts"), {what, schemeName(query.scheme)}});
  if (info.imageShape != query.plainShape)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 takes images of %2, the query holds %3"), {what, info.imageShape.text(), query.plainShape.text()}});
  if (info.input != inputShapeOf(query.parts[0].front().shape, info.layout))
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 takes another input layout than the query's ciphertexts"), {what}});
  if (info.classNames != classNames) fail(ErrorKind::Mismatch, LED_PHRASE("led", "the cloud's models do not share one set of class names"));
}

// Mean of the set's probabilities on the part's ciphertexts, member by member.
std::vector<float> classify(const std::vector<const Classifier*>& set, const std::vector<Ciphertext>& part) {
  std::vector<float> mean;
  for (std::size_t m = 0; m < set.size(); ++m) {
    const ModelInfo& info = set[m]->info();
    std::vector<float> input(info.input.size());
    layOutCiphertext(part[m], info.layout, input.data());
    const std::vector<float> p = set[m]->probabilities(input.data(), 1);
    if (mean.empty()) mean.assign(p.size(), 0.0f);
    for (std::size_t c = 0; c < p.size(); ++c) mean[c] += p[c] / float(set.size());
  }
  return mean;
}

AnswerSlot topSlot(const std::vector<float>& probabilities) {
  const auto best = std::max_element(probabilities.begin(), probabilities.end());
  return {int(best - probabilities.begin()), std::clamp(*best, 0.0f, 1.0f)};
}

std::string utcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

}  // namespace

CloudResult answerQuery(const Query& query, const PadEntry& entry, const CloudModels& models, RandomSource& random) {
  if (entry.index != query.padIndex)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the query was garbled with pad entry %1, not %2"), {std::to_string(query.padIndex), std::to_string(entry.index)}});
  if (models.size() != 1 && models.size() != 2)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the cloud holds one model set (normal process) or two (deniable process)"));
  const std::vector<std::string> classNames = models.front().empty() ? std::vector<std::string>{} : models.front().front()->info().classNames;
  for (const auto& set : models) {
    if (set.size() != query.members())
      fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the query carries %1 ciphertexts per part, the cloud's model set has %2 models"), {std::to_string(query.members()), std::to_string(set.size())}});
    for (const Classifier* model : set) requireFits(*model, query, classNames);
  }

  CloudResult r;
  r.recoveredGuide = openGuide(query.garbledGuide, entry.key);
  if (!readGuide(r.recoveredGuide, r.shape))
    fail(ErrorKind::Mismatch, LED_PHRASE("led", "the pad entry does not open the query's guide to a triangle or a square: user and cloud pads disagree"));
  const int real = guidePart(r.shape);
  for (int part = 0; part < 2; ++part) {
    CloudPart& out = r.parts[std::size_t(part)];
    if (models.size() == 1 && part != real) {
      out.decoy = true;
      const double classes = double(classNames.size());
      out.slot = {int(random.below(classNames.size())), float(1.0 / classes + random.unit() * (1.0 - 1.0 / classes))};
      continue;
    }
    out.probabilities = classify(models[models.size() == 1 ? 0 : std::size_t(part)], query.parts[std::size_t(part)]);
    out.slot = topSlot(out.probabilities);
  }
  const std::string digest = queryDigest(query);
  r.answer = sealAnswer({r.parts[0].slot, r.parts[1].slot}, entry, digest, classNames);
  r.logLine = utcNow() + " query " + digest.substr(0, 16) + " pad " + std::to_string(entry.index) + " answer " + answerSlotsHex(r.answer);
  return r;
}

}  // namespace led
