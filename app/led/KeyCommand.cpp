#include "app/led/KeyCommand.h"

#include "core/user/keyfile/KeyFile.h"

namespace led::cli {

void KeyCommand::define(CLI::App& app) {
  keyOption_ = app.add_option("-k,--key", path_, help_);
  if (required_) keyOption_->required();
  defineOptions(app);
}

Json KeyCommand::run() { return runWithKey(path_.empty() ? std::nullopt : std::optional<Key>(readKeyFile(path_))); }

}  // namespace led::cli
