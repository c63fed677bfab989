#pragma once
// The cloud of the deniable query (docs/specification.md, section 3.4), as its own component: it receives only a
// query, its own models and its half of the guide pad. It recovers the guide, reads the shape, classifies
// both parts with the models of each part's keys, and answers with two encrypted label slots in part
// order and one log line. Neither the answer nor the log holds the shape or a plaintext label.
// The steps are separate so that the service can answer many queries with one forward pass per model
// (core/cloud/service/QueryBatcher.h); answerQuery is the same steps for one query.
#include <array>
#include <string>
#include <vector>

#include "core/cloud/answering/CloudModels.h"
#include "core/shared/deniable/CloudView.h"
#include "core/shared/deniable/Query.h"
#include "core/shared/learn/Classifier.h"

namespace led {

// Mismatch unless the models fit the query (scheme, image size, input layout, class names, ensemble
// size): checked before a pad entry is spent on the query.
void requireModelsFit(const Query& query, const CloudModels& models);

// A query whose guide the cloud recovered with its pad entry.
struct RecoveredQuery {
  Query query;  // its own copy: a batch that outlives the request still has it
  PadEntry entry;
  Image recoveredGuide;
  GuideShape shape = GuideShape::Triangle;
};

// Mismatch when the entry is not the query's or does not open the guide to a shape.
RecoveredQuery recoverQueryGuide(const Query& query, PadEntry entry);

// Both parts of every query, each part with its set (a normal user's one set classifies both, so that
// the work does not depend on which part is real): one forward pass per model for all of them.
// result[q][part]: the probabilities averaged over the set.
std::vector<std::array<std::vector<float>, 2>> classifyParts(const std::vector<const Query*>& queries, const CloudModels& models);

// The slots, the sealed answer and the log line of one recovered query.
CloudResult finishAnswer(const RecoveredQuery& recovered, const std::array<std::vector<float>, 2>& probabilities, const CloudModels& models,
                         RandomSource& random);

// All the steps for one query.
CloudResult answerQuery(const Query& query, const PadEntry& entry, const CloudModels& models, RandomSource& random);
// All the steps after the guide was recovered (takeQueryEntry).
CloudResult answerRecovered(const RecoveredQuery& recovered, const CloudModels& models, RandomSource& random);

// The cloud takes the entry a query names from its copy of the pad at `padPath`, and spends it only
// when the query proves it was made with that entry (shared/deniable/QueryProof.h) and the entry opens its
// guide; both are checked under the pad's lock. Mismatch when the entry was used already or does not
// exist; otherwise a refused query spends nothing.
enum class EntryTaken { Spent, Unproven, GuideUnopened };
struct TakenEntry {
  EntryTaken outcome = EntryTaken::Unproven;
  RecoveredQuery recovered;  // with Spent
};
TakenEntry takeQueryEntry(const std::string& padPath, const Query& query);
// Why a query's entry was not spent, as a sentence.
std::string refusalSentence(EntryTaken outcome, const Query& query);

}  // namespace led
