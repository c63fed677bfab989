#pragma once
// Training a classifier on what a BatchSource gives (ciphertexts laid out as model input, or plain
// images): a long job with a progress callback and a cancellation token, per-epoch metrics, checkpoints
// and resume. Needs no key: the user's side trains through it with its key at hand (user/models/ImageTraining.h),
// the cloud from an encrypted dataset. Torch-free interface.
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/shared/learn/Classifier.h"
#include "core/shared/training/BatchSource.h"
#include "core/shared/training/TrainConfig.h"

namespace led {

struct EpochMetrics {
  int epoch = 0;  // 1-based
  double trainLoss = 0, trainAccuracy = 0, testLoss = 0, testAccuracy = 0, seconds = 0;
  double dataSeconds = 0;  // of `seconds`, spent getting batches ready (reading, augmenting, encrypting, laying out)
  std::string digest;      // of the weights and buffers after the epoch ("3f9a-12c0-77de-01ab"), the same on every rank
};

struct TrainProgress {
  int epoch = 0, epochs = 0;
  std::size_t batch = 0, batches = 0;
  double loss = 0, accuracy = 0;  // running, this epoch
  double secondsLeft = 0;
};

struct TrainCallbacks {
  std::function<void(const TrainProgress&)> progress;  // a few times a second at most; rank 0 only
  std::function<void(const EpochMetrics&)> epochDone;  // every rank
};

struct TrainResult {
  Classifier model;
  std::vector<EpochMetrics> history;
  bool cancelled = false;
  std::string device;
  int rank = 0;  // of this process in a data-parallel run: rank 0 alone writes checkpoints and the model
};

struct Evaluation {
  double loss = 0;
  double accuracy = 0;
};

// "cuda" or "cpu, N threads": where training would run now.
std::string trainingDevice(const TrainConfig& config);

// info: the description of the model to train (its input must be the sources'). resumeFrom: a checkpoint
// of an earlier run of the same configuration (data-parallel: with any number of ranks up to its
// partitions; rank 0 reads it and hands it to the others). Cancelling stops within one batch (on every
// rank, when one is cancelled); the last checkpoint written stays intact. In a data-parallel run every
// rank calls train() with its own share of the same data; a rank that stops makes the others fail with
// a sentence naming it within the configured timeout.
TrainResult train(const BatchSource& trainSet, const BatchSource& testSet, const ModelInfo& info, const TrainConfig& config,
                  const TrainCallbacks& callbacks, const std::atomic<bool>& cancel, const std::string& resumeFrom = {});

// Loss and accuracy of a model on everything a source holds (no augmentation).
Evaluation evaluate(const Classifier& model, const BatchSource& data);

}  // namespace led
