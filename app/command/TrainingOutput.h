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

// "epoch 3/10  train loss 0.4321 accuracy 84.10 %  test loss ...  12.3 s (data 4.0 %)": an epoch for people.
std::string epochText(const EpochMetrics& m, int epochs);

// What a stopped training kept: "cancelled; CHECKPOINT holds the last finished epoch".
std::string cancelledText(const std::string& checkpoint);

// {"epoch", "train_loss", "train_accuracy", "test_loss", "test_accuracy", "seconds", "data_seconds", "digest"}
Json epochJson(const EpochMetrics& m);

}  // namespace led::cli
