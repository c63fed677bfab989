#pragma once
// The base of the user's commands that hold one key (-k/--key): encrypt, decrypt, trace, predict,
// train, dataset encrypt, attack cpa. The option is declared once and the key file is read and checked
// once, before the command's own work, so that a corrupted key, or one of another scheme or size, is
// refused with the same sentence by every command, and before anything is written.
#include <optional>
#include <string>

#include "app/command/Command.h"
#include "core/user/keys/Key.h"

namespace led::cli {

class KeyCommand : public Command {
 public:
  void define(CLI::App& app) final;
  Json run() final;

 protected:
  // help: what the key does in this command; required: whether the command can run without one.
  KeyCommand(std::string help, bool required) : help_(std::move(help)), required_(required) {}
  // The command's own options, declared after --key.
  virtual void defineOptions(CLI::App& app) = 0;
  // The command's work; `key` is present whenever the key is required.
  virtual Json runWithKey(const std::optional<Key>& key) = 0;
  // --key itself, for options that exclude it or need it.
  CLI::Option* keyOption() const { return keyOption_; }

 private:
  std::string help_;
  bool required_;
  std::string path_;
  CLI::Option* keyOption_ = nullptr;
};

}  // namespace led::cli
