// led trace: the Scramble page's pipeline as files, one PNG per step, plus a JSON description.
#include <algorithm>
#include <filesystem>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

class Trace : public Command {
 public:
  void define(CLI::App& app) override {
    scheme_.add(app);
    app.add_option("image", image_, "The image to encrypt step by step.")->required();
    app.add_option("-k,--key", key_, "Key file; without it a fresh key is made for the image.");
    seed_.add(app, "DEMO ONLY: make the fresh key reproducibly from this number.");
    app.add_option("-o,--output", output_, "Folder for the step images.")->required();
  }

  const char* jsonHelp() const override { return "Print the steps as JSON."; }

  int run() override {
    const Image plain = readImage(image_);
    const Key key = !key_.empty() ? readKeyFile(key_) : generateKey({scheme_.params(), plain.shape}, *seed_.random(true));
    makeFolder(output_);
    Json steps = Json::array();
    int index = 0;
    for (const TraceStep& step : schemeFor(key.scheme()).trace(plain, key)) {
      std::string title = step.title;
      std::replace(title.begin(), title.end(), ' ', '-');
      const std::string file = (std::filesystem::path(output_) / format("%02d-%s.png", ++index, title.c_str())).string();
      writeImage(file, step.image);
      steps.push_back({{"title", step.title}, {"explanation", render(step.explanation)}, {"file", file}, {"grid", step.grid}});
      if (!json_) printLine(file + "  " + render(step.explanation));
    }
    if (json_) printJson({{"key", key.shortFingerprint()}, {"parameters", key.spec().params.text()}, {"steps", steps}});
    return kOk;
  }

 private:
  SchemeOptions scheme_;
  SeedOption seed_;
  std::string image_, key_, output_;
};

}  // namespace

CommandInfo traceCommand() {
  return {{"trace"}, "write every step of an encryption as images", [] { return std::make_unique<Trace>(); }};
}

}  // namespace led::cli
