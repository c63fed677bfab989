#include "app/command/StepBenchOptions.h"

#include <algorithm>
#include <thread>

#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "core/shared/modelfile/ModelInfo.h"

namespace led::cli {

void StepBenchOptions::add(CLI::App& app) {
  threads_ = int(std::max(1u, std::thread::hardware_concurrency()));
  app.add_option("--architecture", architecture_, "The model (default baseline).")->check(oneOf(architectures()));
  app.add_option("--batch", batch_, "Batch size (default 128).")->check(wholeNumber(1, 1 << 20));
  app.add_option("--steps", steps_, "Steps to time (default 50).")->check(wholeNumber(1, 100000));
  app.add_option("--threads", threads_, "CPU threads (default: all cores).")->check(wholeNumber(1, 1024));
}

Json StepBenchOptions::result(const TrainBenchResult& r, const std::string& scheme, const std::string& subject,
                              const std::string& preparing) const {
  return {{"images_per_second", r.imagesPerSecond},
          {"model_images_per_second", r.modelImagesPerSecond},
          {"prepare_share", r.prepareShare},
          {"threads", r.threads},
          {"device", r.device},
          {"batch", batch_},
          {"steps", steps_},
          {"architecture", architecture_},
          {"scheme", scheme},
          {"subject", subject},
          {"preparing", preparing}};
}

std::string StepBenchOptions::text(const Json& r) {
  return format("%s on %s, %s with %d thread(s), batch %d, %d timed steps after 3 warm-up steps\n",
                r["architecture"].get<std::string>().c_str(), r["subject"].get<std::string>().c_str(),
                r["device"].get<std::string>().c_str(), r["threads"].get<int>(), r["batch"].get<int>(), r["steps"].get<int>()) +
         format("training, whole steps:          %.0f images/s\n", r["images_per_second"].get<double>()) +
         format("training, model only:           %.0f images/s\n", r["model_images_per_second"].get<double>()) +
         format("%s: %.2f %% of step time", r["preparing"].get<std::string>().c_str(), 100 * r["prepare_share"].get<double>());
}

}  // namespace led::cli
