#include "core/cloud/answering/Cloud.h"

#include <algorithm>

#include "core/shared/common/Error.h"
#include "core/shared/deniable/QueryProof.h"
#include "core/shared/ciphertext/InputLayout.h"
#include "core/shared/ciphertext/SchemeParams.h"
#include "core/shared/deniable/GuideKey.h"
#include "core/shared/deniable/LogLine.h"
#include "core/shared/deniable/QueryFile.h"

namespace led {
namespace {

void requireFits(const Classifier& model, const Query& query, const std::vector<std::string>& classNames) {
  const ModelInfo& info = model.info();
  const Phrase what(LED_PHRASE("led", "the cloud's model (%1)"), {info.describe()});
  if (!info.scheme || info.scheme->scheme != query.scheme)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 was not trained on %2 ciphertexts"), {what, schemeName(query.scheme)}});
  if (info.imageShape != query.plainShape)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "%1 takes images of %2, the query holds %3"), {what, info.imageShape.text(), query.plainShape.text()}});
  if (info.input != inputShapeOf(query.parts[0].front().shape, info.layout))
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 takes another input layout than the query's ciphertexts"), {what}});
  if (info.classNames != classNames) fail(ErrorKind::Mismatch, LED_PHRASE("led", "the cloud's models do not share one set of class names"));
}

AnswerSlot topSlot(const std::vector<float>& probabilities) {
  const auto best = std::max_element(probabilities.begin(), probabilities.end());
  return {int(best - probabilities.begin()), std::clamp(*best, 0.0f, 1.0f)};
}

}  // namespace

void requireModelsFit(const Query& query, const CloudModels& models) {
  if (models.sets() == 0)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the cloud holds one model set (normal process) or two (deniable process)"));
  for (std::size_t s = 0; s < models.sets(); ++s) {
    const CloudModels::Set& set = models.set(s);
    if (set.size() != query.members())
      fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the query carries %1 ciphertexts per part, the cloud's model set has %2 models"),
                                 {std::to_string(query.members()), std::to_string(set.size())}});
    for (const Classifier* model : set) requireFits(*model, query, models.classNames());
  }
}

RecoveredQuery recoverQueryGuide(const Query& query, PadEntry entry) {
  if (entry.pad != query.pad) fail(ErrorKind::Mismatch, LED_PHRASE("led", "the query was composed with another guide pad than this one"));
  if (entry.index != query.padIndex)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the query was garbled with pad entry %1, not %2"),
                               {std::to_string(query.padIndex), std::to_string(entry.index)}});
  RecoveredQuery recovered{query, std::move(entry), {}, GuideShape::Triangle};
  recovered.recoveredGuide = openGuide(query.garbledGuide, recovered.entry.key);
  if (!readGuide(recovered.recoveredGuide, recovered.shape))
    fail(ErrorKind::Mismatch,
         LED_PHRASE("led", "the pad entry does not open the query's guide to a triangle or a square: user and cloud pads disagree"));
  return recovered;
}

std::vector<std::array<std::vector<float>, 2>> classifyParts(const std::vector<const Query*>& queries, const CloudModels& models) {
  std::vector<std::array<std::vector<float>, 2>> out(queries.size());
  for (std::size_t s = 0; s < models.sets(); ++s)
    for (std::size_t m = 0; m < models.set(s).size(); ++m) {
      const Classifier& model = *models.set(s)[m];
      const std::size_t inputSize = model.info().input.size();
      // The rows of this model: (query, part) for every part its set classifies.
      std::vector<std::pair<std::size_t, int>> rows;
      for (std::size_t q = 0; q < queries.size(); ++q)
        for (int part = 0; part < 2; ++part)
          if (models.setOf(part) == s) rows.emplace_back(q, part);
      std::vector<float> inputs(rows.size() * inputSize);
      for (std::size_t r = 0; r < rows.size(); ++r)
        layOutCiphertext(queries[rows[r].first]->parts[std::size_t(rows[r].second)][m], model.info().layout, inputs.data() + r * inputSize);
      const std::vector<float> p = model.probabilities(inputs.data(), rows.size());
      const std::size_t classes = p.size() / std::max<std::size_t>(1, rows.size());
      for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<float>& mean = out[rows[r].first][std::size_t(rows[r].second)];
        if (mean.empty()) mean.assign(classes, 0.0f);
        for (std::size_t c = 0; c < classes; ++c) mean[c] += p[r * classes + c] / float(models.set(s).size());
      }
    }
  return out;
}

CloudResult finishAnswer(const RecoveredQuery& recovered, const std::array<std::vector<float>, 2>& probabilities, const CloudModels& models,
                         RandomSource& random) {
  const std::vector<std::string>& classNames = models.classNames();
  CloudResult r;
  r.recoveredGuide = recovered.recoveredGuide;
  r.shape = recovered.shape;
  const int real = guidePart(r.shape);
  for (int part = 0; part < 2; ++part) {
    CloudPart& out = r.parts[std::size_t(part)];
    if (models.process() == QueryProcess::Normal && part != real) {
      out.decoy = true;  // classified all the same; its label is drawn at random
      const double classes = double(classNames.size());
      out.slot = {int(random.below(classNames.size())), float(1.0 / classes + random.unit() * (1.0 - 1.0 / classes))};
      continue;
    }
    out.probabilities = probabilities[std::size_t(part)];
    out.slot = topSlot(out.probabilities);
  }
  r.answer = sealAnswer({r.parts[0].slot, r.parts[1].slot}, recovered.entry, queryDigest(recovered.query), classNames);
  r.logLine = formatLogLine(logEntryOf(r.answer, recovered.entry.pad));
  return r;
}

CloudResult answerQuery(const Query& query, const PadEntry& entry, const CloudModels& models, RandomSource& random) {
  return answerRecovered(recoverQueryGuide(query, entry), models, random);
}

CloudResult answerRecovered(const RecoveredQuery& recovered, const CloudModels& models, RandomSource& random) {
  requireModelsFit(recovered.query, models);
  return finishAnswer(recovered, classifyParts({&recovered.query}, models).front(), models, random);
}

TakenEntry takeQueryEntry(const std::string& padPath, const Query& query) {
  TakenEntry taken;
  GuidePad::take(padPath, query.padIndex, [&](const PadEntry& entry) {
    if (!queryProves(query, entry.answerKey)) return false;
    taken.outcome = EntryTaken::GuideUnopened;
    try {
      taken.recovered = recoverQueryGuide(query, entry);
    } catch (const Error&) {
      return false;
    }
    taken.outcome = EntryTaken::Spent;
    return true;
  });
  return taken;
}

std::string refusalSentence(EntryTaken outcome, const Query& query) {
  const std::string entry = std::to_string(query.padIndex);
  if (outcome == EntryTaken::Unproven) return "the query does not prove it was composed with pad entry " + entry + ": nothing was spent";
  return "pad entry " + entry +
         " does not open the query's guide to a triangle or a square (user and cloud pads disagree): nothing was spent";
}

}  // namespace led
