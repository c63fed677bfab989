#include "app/led/UserCommands.h"

namespace led::cli {

Program userProgram(const LearningMakers& learning) {
  Program p;
  p.name = "led";
  p.description = "led: learnable image encryption with deniability, from the command line (the user's side: it holds the keys).";
  for (CommandInfo c :
       std::vector<CommandInfo>{keygenCommand(), infoCommand(), traceCommand(), padNewCommand(), kitNewCommand(), fakeKeyCommand(),
                                deniabilityTestCommand(), benchSchemesCommand(), benchServiceCommand(), datasetEncryptCommand()})
    p.commands.push_back(std::move(c));
  for (const auto& group : {cryptCommands(), queryCommands(), attackCommands(), measureCommands()})
    p.commands.insert(p.commands.end(), group.begin(), group.end());
  const auto withLibTorch = [&p](std::vector<std::string> path, std::string summary, const CommandMaker& make) {
    p.commands.push_back({std::move(path), std::move(summary), make, true});
  };
  withLibTorch({"train"}, "train classifiers on plain images or on images you encrypt as they are fed", learning.train);
  withLibTorch({"predict"}, "label images with a trained model, encrypting them locally", learning.predict);
  withLibTorch({"evaluate", "familiarity"}, "a model's out-of-distribution bound: the test images that pass, the photos it catches",
               learning.familiarity);
  withLibTorch({"evaluate", "table1"}, "the LED paper's Table 1 and Fig. 7: plain, encrypted and ensembles", learning.table1);
  withLibTorch({"evaluate", "models"}, "the ensemble curve (Fig. 7) of the keyed models in a folder", learning.models);
  withLibTorch({"evaluate", "misuse"}, "visual privacy and model mis-usability of keyed models", learning.misuse);
  withLibTorch({"evaluate", "sweep"}, "accuracy, visual privacy and mis-usability over block sizes and noise levels", learning.sweep);
  withLibTorch({"bench", "train"}, "training speed, and the share of a step spent preparing batches", learning.benchTrain);
  withLibTorch({"bench", "query"}, "one deniable round: compose, the cloud's answer, the opening", learning.benchQuery);
  withLibTorch({"demo", "cloud"}, "model keys and demo models for two photos, as the Query page sets up its cloud", learning.demoCloud);
  withLibTorch({"report"}, "one HTML file with a scheme's privacy measures and every attack on it", learning.report);
  withLibTorch({"attack", "itn"}, "an inverse transformation network trained on public pairs restores a test set", learning.attackItn);
  withLibTorch({"attack", "gan"}, "a GAN's generator, trained on ciphertexts under one key, restores them", learning.attackGan);
  withLibTorch({"attack", "table"}, "every scheme against fr, itn and gan: the restoration table, as CSV and pictures",
               learning.attackTable);
  p.groups = {{"query", "compose a deniable query, open it with revealed keys, read the answer"},
              {"pad", "guide keys shared with the cloud, each used once"},
              {"kit", "what students need to query a classroom's cloud"},
              {"demo", "the desktop's demonstrations, as files"},
              {"deniability", "can fake guide keys be told from honest ones?"},
              {"attack",
               "chosen-plaintext key recovery, jigsaw solving, rmt regression, statistical key recovery, restoring images (fr, itn, gan)"},
              {"evaluate", "the paper's tables and privacy measures"},
              {"bench", "measure speed"},
              {"dataset", "encrypted datasets: what the cloud trains on without the key"}};
  return p;
}

}  // namespace led::cli
