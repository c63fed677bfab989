// led evaluate familiarity: how a model's out-of-distribution score holds. The share of a dataset's test
// images that pass the bound the model keeps (measured after training on its own held-out images), and
// for each photo given, its distance to the model's classes and whether the model calls it unfamiliar.
#include <algorithm>

#include "app/command/Validators.h"
#include "app/led/KeyCommand.h"
#include "app/led/LearningCommands.h"
#include "core/shared/common/Error.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/models/Familiarity.h"
#include "core/user/models/Prediction.h"

namespace led::cli {
namespace {

class FamiliarityEvaluation : public KeyCommand {
 public:
  FamiliarityEvaluation() : KeyCommand("The key the model was trained with (none for a plain model).", false) {}

  void defineOptions(CLI::App& app) override {
    app.add_option("photos", photos_, "Photos that should be caught as unlike anything the model learned.");
    app.add_option("-m,--model", model_, "Model file (trained by this version: it keeps its bound).")->required();
    app.add_option("--dataset", dataset_, "The dataset whose test images should pass (default fashion-mnist).");
    app.add_option("--limit", limit_, "How many of its test images (default all).")->check(wholeNumber(0, 10000000));
  }

  Json runWithKey(const std::optional<Key>& key) override {
    const Classifier model = Classifier::load(model_);
    const std::optional<led::Familiarity>& bound = model.info().familiarity;
    if (!bound)
      fail(ErrorKind::InvalidArgument,
           {LED_PHRASE("led", "%1 keeps no familiarity bound: it was made before models measured one; train it again"), {model_}});
    const Dataset test = loadDataset(dataset_).test.head(limit_);
    const std::vector<double> distances = familiarityDistances(model, *bound, test, key);
    const std::size_t images = distances.size();
    const auto passing = std::count_if(distances.begin(), distances.end(), [&](double d) { return d <= bound->bound; });
    Json photos = Json::array();
    for (const std::string& path : photos_) {
      const Prediction p = predict(model, key, readImage(path));
      photos.push_back({{"photo", path}, {"distance", p.familiarity}, {"caught", p.caution.unfamiliar}});
    }
    return {{"model", model.info().describe()},
            {"bound", bound->bound},
            {"calibrated_on", bound->heldOut},
            {"pass_share_wanted", bound->passShare},
            {"dataset", test.name},
            {"test_images", images},
            {"passing", double(passing) / double(std::max<std::size_t>(1, images))},
            {"photos", photos}};
  }

  std::string text(const Json& r) const override {
    std::string lines = format("%s\nbound %.3f (set so that %.0f %% of %zu held-out images pass)\n%.1f %% of %zu images of the %s pass\n",
                               r["model"].get<std::string>().c_str(), r["bound"].get<double>(), 100 * r["pass_share_wanted"].get<double>(),
                               r["calibrated_on"].get<std::size_t>(), 100 * r["passing"].get<double>(), r["test_images"].get<std::size_t>(),
                               r["dataset"].get<std::string>().c_str());
    for (const Json& photo : r["photos"])
      lines += format("%s: distance %.3f, %s\n", photo["photo"].get<std::string>().c_str(), photo["distance"].get<double>(),
                      photo["caught"].get<bool>() ? "caught (does not look like anything the model learned)" : "passes");
    return lines;
  }

 private:
  std::vector<std::string> photos_;
  std::string model_, dataset_ = "fashion-mnist";
  std::size_t limit_ = 0;
};

}  // namespace

std::unique_ptr<Command> makeFamiliarityCommand() { return std::make_unique<FamiliarityEvaluation>(); }

}  // namespace led::cli
