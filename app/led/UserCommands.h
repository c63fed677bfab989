#pragma once
// The commands of led, the user's program. Those that need LibTorch (LearningCommands.h) run in
// led-learn, a helper beside led that led hands the command line to, so that every other command starts
// without loading LibTorch.
#include <vector>

#include "app/command/Command.h"

namespace led::cli {

CommandInfo keygenCommand();
std::vector<CommandInfo> cryptCommands();
CommandInfo infoCommand();
CommandInfo traceCommand();
CommandInfo padNewCommand();
CommandInfo kitNewCommand();
std::vector<CommandInfo> queryCommands();
CommandInfo fakeKeyCommand();
CommandInfo deniabilityTestCommand();
std::vector<CommandInfo> attackCommands();
std::vector<CommandInfo> measureCommands();
CommandInfo benchSchemesCommand();
CommandInfo benchServiceCommand();
CommandInfo datasetEncryptCommand();

// The commands that need LibTorch, made where LibTorch is linked (led-learn: LearningCommands.h). In led
// they are all empty and their command lines go to led-learn.
struct LearningMakers {
  CommandMaker train, predict, familiarity, table1, models, misuse, sweep, benchTrain, benchQuery, demoCloud, report, attackItn, attackGan,
      attackTable;
};

// The whole program, one entry per command, each saying whether it needs LibTorch.
Program userProgram(const LearningMakers& learning = {});

}  // namespace led::cli
