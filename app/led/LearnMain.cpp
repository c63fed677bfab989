// led-learn: led's commands with LibTorch (training, prediction, evaluation with models). led hands it
// the command line; it runs the other commands too.
#include "app/led/LearningCommands.h"
#include "core/shared/learn/TensorMemory.h"

int main(int argc, char** argv) {
  led::keepTensorMemory();
  return led::cli::runProgram(led::cli::learningProgram(), argc, argv);
}
