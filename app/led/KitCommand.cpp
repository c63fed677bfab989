// led kit new: classroom kits for students of a cloud run with led-cloud serve, each with the class's
// model keys, a guide pad of its own and the cloud's address; the cloud's copies of the pads go into the
// service's pad folder, where it finds them while it runs. Run again for late students: they get the next
// numbers, and no kit handed out is replaced.
#include <filesystem>
#include <tuple>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/user/project/ClassroomKit.h"

namespace led::cli {
namespace {

class KitNew : public Command {
 public:
  void define(CLI::App& app) override {
    keys_.add(app, "the cloud's models were trained with");
    app.add_option("--cloud", cloud_, "The cloud's address the students send to (http://HOST:PORT).")->required();
    app.add_option("--cloud-pads", cloudPads_, "The service's pad folder (led-cloud serve --pads): the cloud's copies go there.")
        ->required();
    app.add_option("--students", students_, "How many kits (default 1).")->check(wholeNumber(1, 1000));
    app.add_option("--entries", entries_, "Queries each student can send (default 100).")->check(wholeNumber(1, 100000));
    app.add_option("--side", side_, "Guide canvas side: 16 (default) or 32.")->check(oneOf({"16", "32"}));
    app.add_option("-o,--output", output_,
                   "Folder for the kits (student-1, student-2, ...; numbered on after the students the cloud's pad folder has).")
        ->required();
  }

  Json run() override {
    ClassroomKit kit;
    kit.cloud = cloud_;
    std::tie(kit.process, kit.keys) = keys_.read();
    makeFolder(output_);
    Json kits = Json::array();
    for (const std::string& name : newStudentNames(cloudPads_, students_)) {  // a late student's kit never replaces one
      const std::string dir = (std::filesystem::path(output_) / name).string();
      writeClassroomKit(dir, name, kit, entries_, side_, cloudPads_);
      kits.push_back(dir);
    }
    return {{"kits", kits}, {"cloud", cloud_}, {"cloud_pads", cloudPads_}, {"entries", entries_}};
  }

  std::string text(const Json& r) const override {
    std::string lines;
    for (const Json& kit : r["kits"]) {
      const std::filesystem::path dir = kit.get<std::string>();
      const std::string cloudPad =
          (std::filesystem::path(r["cloud_pads"].get<std::string>()) / (dir.filename().string() + ".ledpad")).string();
      lines += dir.string() + " (its pad's cloud copy: " + cloudPad + ")\n";
    }
    return lines + format("%d queries each, sent to %s", r["entries"].get<int>(), r["cloud"].get<std::string>().c_str());
  }

 private:
  PartKeyOptions keys_;
  std::string cloud_, cloudPads_, output_;
  int students_ = 1, side_ = 16;
  std::uint32_t entries_ = 100;
};

}  // namespace

CommandInfo kitNewCommand() {
  return {
      {"kit", "new"}, "classroom kits: the class's model keys, a pad each, the cloud's address", [] { return std::make_unique<KitNew>(); }};
}

}  // namespace led::cli
