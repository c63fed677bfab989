// led-cloud: the cloud's side of LED. It answers queries and learns from encrypted datasets, and never
// holds a key that could decrypt what it is sent.
#include <csignal>

#include "app/cloud/CloudCommands.h"
#include "core/shared/learn/TensorMemory.h"

int main(int argc, char** argv) {
  led::keepTensorMemory();
  // A client or rank that vanishes is an error on its socket, and a file-size limit an error on that
  // write (the log's append is then rolled back), not the end of the cloud.
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);
  led::cli::Program program;
  program.name = "led-cloud";
  program.description =
      "led-cloud: the cloud's side of learnable image encryption with deniability. It holds models, its copies of the "
      "users' guide pads and its log; no key that could decrypt.";
  program.commands = {led::cli::answerCommand(), led::cli::serveCommand(), led::cli::trainCommand(), led::cli::benchTrainCommand()};
  program.groups = {{"bench", "measure speed"}};
  return led::cli::runProgram(program, argc, argv);
}
