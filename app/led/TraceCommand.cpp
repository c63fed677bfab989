// led trace: the Scramble page's pipeline as files, one PNG per step, plus a JSON description.
#include <algorithm>
#include <filesystem>

#include "app/led/KeyCommand.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

class Trace : public KeyCommand {
 public:
  Trace() : KeyCommand("The key to encrypt with; without it a fresh key is made for the image.", false) {}

  void defineOptions(CLI::App& app) override {
    scheme_.add(app);
    app.add_option("image", image_, "The image to encrypt step by step (default: the bundled dog.jpg, as the Scramble page).");
    seed_.add(app, "DEMO ONLY: make the fresh key reproducibly from this number.");
    app.add_option("-o,--output", output_, "Folder for the step images.")->required();
  }

  const char* jsonHelp() const override { return "Print the steps as JSON."; }

  Json runWithKey(const std::optional<Key>& given) override {
    if (image_.empty()) image_ = bundledSample("dog.jpg");
    const Image plain = readImage(image_);
    const Key key = given ? *given : generateKey({scheme_.params(), plain.shape}, *seed_.random(true));
    makeFolder(output_);
    Json steps = Json::array();
    int index = 0;
    for (const TraceStep& step : schemeFor(key.scheme()).trace(plain, key)) {
      std::string title = step.title;
      std::replace(title.begin(), title.end(), ' ', '-');
      const std::string file = (std::filesystem::path(output_) / format("%02d-%s.png", ++index, title.c_str())).string();
      writeImage(file, step.image);
      steps.push_back({{"title", step.title}, {"explanation", render(step.explanation)}, {"file", file}, {"grid", step.grid}});
    }
    return {{"key", key.shortFingerprint()}, {"parameters", key.spec().params.text()}, {"steps", steps}};
  }

  std::string text(const Json& r) const override {
    std::string lines;
    for (const Json& step : r["steps"]) lines += step["file"].get<std::string>() + "  " + step["explanation"].get<std::string>() + "\n";
    return lines + "key " + r["key"].get<std::string>() + ", " + r["parameters"].get<std::string>();
  }

 private:
  SchemeOptions scheme_;
  SeedOption seed_;
  std::string image_, output_;
};

}  // namespace

CommandInfo traceCommand() {
  return {{"trace"}, "write every step of an encryption as images", [] { return std::make_unique<Trace>(); }};
}

}  // namespace led::cli
