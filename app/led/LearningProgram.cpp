#include <map>

#include "app/led/LearningCommands.h"
#include "app/led/UserCommands.h"

namespace led::cli {

Program learningProgram() {
  const std::map<std::vector<std::string>, std::function<std::unique_ptr<Command>()>> made{
      {{"train"}, makeTrainCommand},         {{"predict"}, makePredictCommand},        {{"evaluate", "table1"}, makeTable1Command},
      {{"evaluate", "models"}, makeModelsCommand}, {{"evaluate", "misuse"}, makeMisuseCommand}, {{"evaluate", "sweep"}, makeSweepCommand},
      {{"bench", "train"}, makeBenchTrainCommand}, {{"bench", "query"}, makeBenchQueryCommand}, {{"demo", "cloud"}, makeDemoCloudCommand}};
  Program p = userProgram();
  for (CommandInfo& c : p.commands)
    if (!c.make) c.make = made.at(c.path);
  return p;
}

}  // namespace led::cli
