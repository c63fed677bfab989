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
CommandInfo reportCommand();
CommandInfo benchSchemesCommand();
CommandInfo benchServiceCommand();
CommandInfo datasetEncryptCommand();

// The whole program: every command, those that need LibTorch without `make` (forwarded to led-learn).
Program userProgram();

}  // namespace led::cli
