// led encrypt / led decrypt: one image or a whole folder (recursively, mirrored into the output folder).
#include <algorithm>
#include <filesystem>

#include "app/command/Validators.h"
#include "app/led/KeyCommand.h"
#include "app/led/UserCommands.h"
#include "core/shared/common/Error.h"
#include "core/user/imageio/CiphertextFile.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

namespace fs = std::filesystem;

enum class Direction { Encrypt, Decrypt };

bool isInput(const std::string& path, Direction direction) {
  return isImagePath(path) || (direction == Direction::Decrypt && isCiphertextPath(path));
}

// (input, output) pairs: the file itself, or every input file under a folder, mirrored.
std::vector<std::pair<std::string, std::string>> plan(const std::string& input, const std::string& output, Direction direction,
                                                      const std::string& suffix) {
  if (!fs::is_directory(input)) return {{input, output}};
  if (fs::exists(output) && !fs::is_directory(output))
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 is a file; encrypting a folder needs an output folder"), {output}});
  std::vector<std::pair<std::string, std::string>> jobs;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(input)) {
    if (!entry.is_regular_file() || !isInput(entry.path().string(), direction)) continue;
    fs::path relative = fs::relative(entry.path(), input);
    relative.replace_extension(suffix);
    jobs.emplace_back(entry.path().string(), (fs::path(output) / relative).string());
  }
  std::sort(jobs.begin(), jobs.end());
  if (jobs.empty()) fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 holds no image files"), {input}});
  return jobs;
}

class Crypt : public KeyCommand {
 public:
  explicit Crypt(Direction direction)
      : KeyCommand(direction == Direction::Encrypt ? "The key to encrypt with." : "The key the images were encrypted with.", true),
        direction_(direction) {}

  void defineOptions(CLI::App& app) override {
    const bool encrypting = direction_ == Direction::Encrypt;
    app.add_option("input", input_, encrypting ? "Image file or folder of images." : "Ciphertext (.png, .bmp, .ledc) or folder.")
        ->required();
    app.add_option("-o,--output", output_, "Output file, or output folder when the input is a folder.")->required();
    app.add_option("--format", format_,
                   encrypting ? "Folder output format: png (default; not for rmt) or ledc." : "Folder output format: png (default) or bmp.")
        ->check(oneOf(encrypting ? std::vector<std::string>{"png", "ledc"} : std::vector<std::string>{"png", "bmp"}));
  }

  const char* jsonHelp() const override { return "Print what was written as JSON."; }

  Json runWithKey(const std::optional<Key>& key) override {
    const bool encrypting = direction_ == Direction::Encrypt;
    const auto cipher = makeCipher(*key);
    const std::string suffix = !format_.empty() ? format_ : encrypting && cipher->realValued() ? "ledc" : "png";
    const auto jobs = plan(input_, output_, direction_, "." + suffix);
    Json files = Json::array();
    for (const auto& [in, out] : jobs) {
      if (fs::path(out).has_parent_path()) fs::create_directories(fs::path(out).parent_path());
      try {
        if (encrypting)
          saveCiphertext(out, {cipher->spec().params.scheme, cipher->spec().shape, cipher->encrypt(readImage(in))});
        else
          writeImage(out, cipher->decrypt(loadCiphertext(in, cipher->spec().params.scheme)));
      } catch (const Error& e) {
        if (jobs.size() == 1) throw;  // the sentence names the file already
        fail(e.kind(), {LED_PHRASE("led", "%1: %2"), {in, e.sentence()}});
      }
      files.push_back({{"input", in}, {"output", out}});
    }
    return {{"command", encrypting ? "encrypt" : "decrypt"}, {"key", key->shortFingerprint()}, {"count", jobs.size()}, {"files", files}};
  }

  std::string text(const Json& r) const override {
    return format("%sed %zu file(s) with key %s", r["command"].get<std::string>().c_str(), r["count"].get<std::size_t>(),
                  r["key"].get<std::string>().c_str());
  }

 private:
  Direction direction_;
  std::string input_, output_, format_;
};

}  // namespace

std::vector<CommandInfo> cryptCommands() {
  return {{{"encrypt"}, "encrypt images or folders of images", [] { return std::make_unique<Crypt>(Direction::Encrypt); }},
          {{"decrypt"}, "decrypt images, .ledc files or folders", [] { return std::make_unique<Crypt>(Direction::Decrypt); }}};
}

}  // namespace led::cli
