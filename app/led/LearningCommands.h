#pragma once
// The commands of led that need LibTorch: training, prediction and what measures models. They are
// compiled into led-learn only.
#include <memory>

#include "app/command/Command.h"

namespace led::cli {

std::unique_ptr<Command> makeTrainCommand();
std::unique_ptr<Command> makePredictCommand();
std::unique_ptr<Command> makeFamiliarityCommand();
std::unique_ptr<Command> makeTable1Command();
std::unique_ptr<Command> makeModelsCommand();
std::unique_ptr<Command> makeMisuseCommand();
std::unique_ptr<Command> makeSweepCommand();
std::unique_ptr<Command> makeBenchTrainCommand();
std::unique_ptr<Command> makeBenchQueryCommand();
std::unique_ptr<Command> makeDemoCloudCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeItnAttackCommand();
std::unique_ptr<Command> makeGanAttackCommand();
std::unique_ptr<Command> makeAttackTableCommand();

// userProgram() with every command made here.
Program learningProgram();

}  // namespace led::cli
