// led predict: the top labels of an image (or every image in a folder), encrypted locally with the
// model's key before the model sees it.
#include <algorithm>
#include <filesystem>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/LearningCommands.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/models/Prediction.h"

namespace led::cli {
namespace {

std::vector<std::string> imagesAt(const std::string& input) {
  if (!std::filesystem::is_directory(input)) return {input};
  std::vector<std::string> images;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(input))
    if (entry.is_regular_file() && isImagePath(entry.path().string())) images.push_back(entry.path().string());
  std::sort(images.begin(), images.end());
  return images;
}

class Predict : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("image", image_, "An image, or a folder of images.")->required();
    app.add_option("-m,--model", model_, "Model file.")->required();
    app.add_option("-k,--key", key_, "The key the model was trained with (none for a plain model).");
    app.add_option("--top", top_, "How many labels to show (default 3).")->check(wholeNumber(1, 1000));
  }

  int run() override {
    const Classifier model = Classifier::load(model_);
    const std::optional<Key> key = key_.empty() ? std::nullopt : std::optional<Key>(readKeyFile(key_));
    requireModelKey(model.info(), fingerprintOf(key));
    Json results = Json::array();
    for (const std::string& path : imagesAt(image_)) {
      const Prediction p = predict(model, key, readImage(path));
      Json labels = Json::array();
      std::string text;
      for (int i = 0; i < std::min<int>(top_, int(p.ranking.size())); ++i) {
        const int c = p.ranking[std::size_t(i)];
        const std::string& name = model.info().classNames[std::size_t(c)];
        labels.push_back({{"label", name}, {"class", c}, {"probability", p.probabilities[std::size_t(c)]}});
        text += format("%s%s %.1f %%", i ? ", " : "", name.c_str(), 100.0 * p.probabilities[std::size_t(c)]);
      }
      results.push_back({{"image", path}, {"top", labels}, {"unsure", p.caution.unsure}, {"colour_dropped", p.caution.colourDropped}});
      if (p.caution.unsure) text += format("  (unsure: below %.0f %%)", 100 * kSureProbability);
      if (p.caution.colourDropped) text += "  (a colour photo for a model of gray images)";
      if (!json_) printLine(path + "  " + text);
    }
    if (json_)
      printJson({{"model", model.info().describe()},
                 {"dataset", model.info().dataset},
                 {"classes", model.info().classNames},
                 {"predictions", results}});
    else
      printLine(format("The model knows %zu classes of %s; any image gets one of them.", model.info().classNames.size(),
                       model.info().dataset.c_str()));
    return kOk;
  }

 private:
  std::string image_, model_, key_;
  int top_ = 3;
};

}  // namespace

std::unique_ptr<Command> makePredictCommand() { return std::make_unique<Predict>(); }

}  // namespace led::cli
