// led demo cloud: what the Query page's "Set Up the Cloud" does, as files: fresh model keys (OS CSPRNG)
// and baseline models that tell the two photos apart, trained in seconds; the models go to the cloud
// (led-cloud serve or answer), the keys stay with the user (led query compose, led kit new).
#include <filesystem>

#include "app/command/Command.h"
#include "app/command/Interrupt.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/LearningCommands.h"
#include "app/led/Options.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/models/DemoCloud.h"

namespace led::cli {
namespace {

class DemoCloudCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--target", target_, "The real image (a photo; its file name names its class; default: the bundled dog.jpg).");
    app.add_option("--other", other_, "The fake image, or the decoy for the normal process (default: the bundled cat.png).");
    app.add_option("--process", process_, "deniable (default: a model set for each part) or normal (one).")
        ->check(oneOf({"deniable", "normal"}));
    app.add_option("--members", members_, "Models per set: an ensemble (default 1).")->check(wholeNumber(1, 5));
    app.add_option("-o,--output", output_, "Folder for the keys (partP-M.ledkey) and the models (partP-M.ledmodel).")->required();
  }

  Json run() override {
    if (target_.empty()) target_ = bundledSample("dog.jpg");
    if (other_.empty()) other_ = bundledSample("cat.png");
    const std::array<Image, 2> photos{readImage(target_), readImage(other_)};
    const std::array<std::string, 2> names{std::filesystem::path(target_).stem().string(), std::filesystem::path(other_).stem().string()};
    const int sets = process_ == "deniable" ? 2 : 1;
    StopOnInterrupt interrupt;
    OsRandom random;
    const DemoCloud cloud = trainDemoCloud(
        photos, names, sets, members_, random, [](const DemoCloudProgress&) {}, interrupt.requested());
    makeFolder(output_);
    Json keys = Json::array(), models = Json::array();
    std::array<std::string, 2> modelLists;
    for (int set = 0; set < sets; ++set)
      for (int m = 0; m < members_; ++m) {
        const std::string stem = (std::filesystem::path(output_) / ("part" + std::to_string(set) + "-" + std::to_string(m + 1))).string();
        writeKeyFile(stem + ".ledkey", cloud.keys[std::size_t(set)][std::size_t(m)]);
        cloud.models[std::size_t(set)][std::size_t(m)].save(stem + ".ledmodel");
        keys.push_back(stem + ".ledkey");
        models.push_back(stem + ".ledmodel");
        modelLists[std::size_t(set)] += (m ? "," : "") + stem + ".ledmodel";
      }
    const std::string serve = sets == 2
                                  ? "led-cloud serve --part0-models " + modelLists[0] + " --part1-models " + modelLists[1] + " --pads PADS"
                                  : "led-cloud serve --models " + modelLists[0] + " --pads PADS";
    return {{"photos", {target_, other_}}, {"keys", keys},      {"models", models}, {"process", process_},
            {"members", members_},         {"folder", output_}, {"serve", serve}};
  }

  std::string text(const Json& r) const override {
    return format("%zu keys (the user's) and %zu models (the cloud's) for %s and %s in %s\nthe cloud: %s", r["keys"].size(),
                  r["models"].size(), r["photos"][0].get<std::string>().c_str(), r["photos"][1].get<std::string>().c_str(),
                  r["folder"].get<std::string>().c_str(), r["serve"].get<std::string>().c_str());
  }

 private:
  std::string target_, other_, process_ = "deniable", output_;
  int members_ = 1;
};

}  // namespace

std::unique_ptr<Command> makeDemoCloudCommand() { return std::make_unique<DemoCloudCommand>(); }

}  // namespace led::cli
