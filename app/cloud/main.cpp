// led-cloud: the cloud's side of LED. It answers queries and learns from encrypted datasets, and never
// holds a key that could decrypt what it is sent.
#include "app/cloud/CloudCommands.h"
#include "core/learn/TensorMemory.h"

int main(int argc, char** argv) {
  led::keepTensorMemory();
  led::cli::Program program;
  program.name = "led-cloud";
  program.description = "led-cloud: the cloud's side of learnable image encryption with deniability. It holds models, its copies of the "
                        "users' guide pads and its log; no key that could decrypt.";
  program.commands = {led::cli::answerCommand(), led::cli::serveCommand(), led::cli::trainCommand(), led::cli::benchTrainCommand()};
  program.groups = {{"bench", "measure speed"}};
  return led::cli::runProgram(program, argc, argv);
}
