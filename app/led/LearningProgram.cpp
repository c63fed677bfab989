#include "app/led/LearningCommands.h"
#include "app/led/UserCommands.h"

namespace led::cli {

Program learningProgram() {
  LearningMakers m;
  m.train = makeTrainCommand;
  m.predict = makePredictCommand;
  m.familiarity = makeFamiliarityCommand;
  m.table1 = makeTable1Command;
  m.models = makeModelsCommand;
  m.misuse = makeMisuseCommand;
  m.sweep = makeSweepCommand;
  m.benchTrain = makeBenchTrainCommand;
  m.benchQuery = makeBenchQueryCommand;
  m.demoCloud = makeDemoCloudCommand;
  m.report = makeReportCommand;
  m.attackItn = makeItnAttackCommand;
  m.attackGan = makeGanAttackCommand;
  m.attackTable = makeAttackTableCommand;
  return userProgram(m);
}

}  // namespace led::cli
