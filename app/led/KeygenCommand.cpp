// led keygen: a key for a scheme, its parameters and an image shape, from the OS CSPRNG.
#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/KeyDescription.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

class Keygen : public Command {
 public:
  void define(CLI::App& app) override {
    scheme_.add(app);
    auto* size =
        app.add_option("--size", size_, "Shape of the images the key is for, WIDTHxHEIGHTxCHANNELS (e.g. 32x32x3).")->check(imageSize());
    auto* like = app.add_option("--like", like_, "Make the key for images shaped like this one.");
    size->excludes(like);
    app.add_option("-o,--output", output_, "Key file to write (owner-only permissions).")->required();
    seed_.add(app, "DEMO ONLY: derive the key from this number, reproducibly. Never for real secrets.");
  }

  const char* jsonHelp() const override { return "Print the key's description as JSON."; }

  Json run() override {
    const SchemeParams params = scheme_.params();
    if (size_.empty() == like_.empty()) usageError("give exactly one of --size and --like");
    const ImageShape shape = size_.empty() ? readImage(like_).shape : shapeFrom(size_);
    const Key key = generateKey({params, shape}, *seed_.random(true));
    writeKeyFile(output_, key);
    Json out = keyJson(key);
    out["file"] = output_;
    return out;
  }

  std::string text(const Json& r) const override { return keyText(r) + " -> " + r["file"].get<std::string>(); }

 private:
  SchemeOptions scheme_;
  SeedOption seed_;
  std::string size_, like_, output_;
};

}  // namespace

CommandInfo keygenCommand() {
  return {{"keygen"}, "make a key (OS CSPRNG; --seed only for demos)", [] { return std::make_unique<Keygen>(); }};
}

}  // namespace led::cli
