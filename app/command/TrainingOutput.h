#pragma once
// What both training commands (led train, led-cloud train) write besides their models: an ensemble's
// member files named alike, and each epoch as the same JSON object.
#include <string>

#include "app/command/Output.h"
#include "core/shared/learn/Trainer.h"

namespace led::cli {

// out.ledmodel, out-2.ledmodel, ... (index 0 is out itself), with `extension` in place of out's own:
// memberPath("m.ledmodel", 1, ".ledkey") is "m-2.ledkey".
std::string memberPath(const std::string& output, int index, const char* extension);

// {"epoch", "train_loss", "train_accuracy", "test_loss", "test_accuracy", "seconds", "data_seconds", "digest"}
Json epochJson(const EpochMetrics& m);

}  // namespace led::cli
