// led predict: the top labels of an image (or every image in a folder), encrypted locally with the
// model's key before the model sees it.
#include <algorithm>
#include <filesystem>

#include "app/command/Validators.h"
#include "app/led/KeyCommand.h"
#include "app/led/LearningCommands.h"
#include "core/user/imageio/ImageFile.h"
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

class Predict : public KeyCommand {
 public:
  Predict() : KeyCommand("The key the model was trained with (none for a plain model).", false) {}

  void defineOptions(CLI::App& app) override {
    app.add_option("image", image_, "An image, or a folder of images.")->required();
    app.add_option("-m,--model", model_, "Model file.")->required();
    app.add_option("--top", top_, "How many labels to show (default 3).")->check(wholeNumber(1, 1000));
  }

  Json runWithKey(const std::optional<Key>& key) override {
    const Classifier model = Classifier::load(model_);
    requireModelKey(model.info(), fingerprintOf(key));
    Json results = Json::array();
    for (const std::string& path : imagesAt(image_)) {
      const Prediction p = predict(model, key, readImage(path));
      Json labels = Json::array();
      for (int i = 0; i < std::min<int>(top_, int(p.ranking.size())); ++i) {
        const int c = p.ranking[std::size_t(i)];
        labels.push_back(
            {{"label", model.info().classNames[std::size_t(c)]}, {"class", c}, {"probability", p.probabilities[std::size_t(c)]}});
      }
      results.push_back({{"image", path},
                         {"top", labels},
                         {"familiarity", p.familiarity},
                         {"unfamiliar", p.caution.unfamiliar},
                         {"unsure", p.caution.unsure},
                         {"colour_dropped", p.caution.colourDropped}});
    }
    const std::optional<Familiarity>& familiar = model.info().familiarity;
    return {{"model", model.info().describe()},     {"familiarity_bound", familiar ? Json(familiar->bound) : Json()},
            {"dataset", model.info().dataset},      {"classes", model.info().classNames},
            {"sure_probability", kSureProbability}, {"predictions", results}};
  }

  std::string text(const Json& r) const override {
    std::string lines;
    for (const Json& prediction : r["predictions"]) {
      lines += prediction["image"].get<std::string>() + " ";
      // An unfamiliar photo is said first: its labels are only the nearest of the model's classes.
      if (prediction["unfamiliar"].get<bool>()) lines += "does not look like anything the model learned; nearest:";
      for (const Json& label : prediction["top"])
        lines += format("%s %s %.1f %%", &label == &prediction["top"].front() ? "" : ",", label["label"].get<std::string>().c_str(),
                        100.0 * label["probability"].get<double>());
      if (prediction["unsure"].get<bool>()) lines += format("  (unsure: below %.0f %%)", 100 * r["sure_probability"].get<double>());
      if (prediction["colour_dropped"].get<bool>()) lines += "  (a colour photo for a model of gray images)";
      lines += "\n";
    }
    lines += format("The model knows %zu classes of %s; any image gets one of them.", r["classes"].size(),
                    r["dataset"].get<std::string>().c_str());
    if (r["familiarity_bound"].is_null())
      lines += "\nThis model was made without a familiarity bound: train it again to have unfamiliar photos told.";
    return lines;
  }

 private:
  std::string image_, model_;
  int top_ = 3;
};

}  // namespace

std::unique_ptr<Command> makePredictCommand() { return std::make_unique<Predict>(); }

}  // namespace led::cli
