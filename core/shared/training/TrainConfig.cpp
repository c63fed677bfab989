#include "core/shared/training/TrainConfig.h"

#include "core/shared/common/Error.h"
#include "core/shared/modelfile/ModelInfo.h"

namespace led {

void TrainConfig::validate() const {
  requireArchitecture(architecture);
  if (!(weightDecay >= 0)) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the weight decay cannot be negative"));
  if (epochs < 1 || batchSize < 1 || !(learningRate > 0))
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "epochs, batch size and learning rate must be positive"));
  if (partitions < 0 || partitions > 4096) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a run has from 1 to 4096 partitions"));
}

}  // namespace led
