#pragma once
// The commands of led-cloud, the cloud's program. It holds models, its copies of guide pads and its log,
// and nothing that could decrypt: it links no scheme and reads no key file.
#include "app/command/Command.h"

namespace led::cli {

CommandInfo answerCommand();
CommandInfo trainCommand();
CommandInfo benchTrainCommand();
CommandInfo serveCommand();

}  // namespace led::cli
