// led attack cpa | jigsaw | rmt-regression | fr: recover keys and images the way an attacker would. The attacks that
// train networks (itn, gan, table) need LibTorch and are in RestorationCommands.cpp.
#include <algorithm>
#include <chrono>
#include <cmath>

#include "app/command/Validators.h"
#include "app/led/KeyCommand.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/user/attacks/ChosenPlaintext.h"
#include "core/user/attacks/FeatureReconstruction.h"
#include "core/user/attacks/SchemeAudit.h"
#include "core/user/attacks/Jigsaw.h"
#include "core/user/attacks/MarginalKeyRecovery.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/attacks/RmtRegression.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/metrics/ImageQuality.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

Image imageAt(const std::string& path, const std::string& size) {
  Image image = readImage(path);
  return size.empty() ? image : conformTo(std::move(image), shapeFrom(size));
}

std::string decibels(double db) { return std::isinf(db) ? "inf" : format("%.2f", db); }

class Cpa : public KeyCommand {
 public:
  Cpa() : KeyCommand("The secret key the encryption oracle uses (le to succeed; ele to see it fail).", true) {}

  void defineOptions(CLI::App& app) override {
    app.add_flag("--per-image-keys", perImage_, "The oracle draws a fresh key of the same kind for every image.");
    app.add_option("--image", image_, "A photo to decrypt with the recovered key.");
    app.add_option("-o,--output", output_, "Write the photo decrypted with the recovered key here.");
  }

  Json runWithKey(const std::optional<Key>& key) override {
    const Key& secret = *key;
    KeySpec assumed = secret.spec();
    assumed.params.scheme = SchemeId::Le;  // the attacker assumes le's structure with the public options
    const auto cipher = std::shared_ptr<const Cipher>(makeCipher(secret));
    auto random = std::make_shared<OsRandom>();
    const bool perImage = perImage_;
    const EncryptionOracle oracle = [cipher, random, perImage, &secret](const Image& image) {
      return perImage ? makeCipher(generateKey(secret.spec(), *random))->encrypt(image) : cipher->encrypt(image);
    };
    const ChosenPlaintextResult r = recoverLeKey(oracle, assumed);
    const bool exact = r.key && r.key->fingerprint() == secret.fingerprint();
    Json out{{"scheme", schemeName(secret.scheme())},
             {"queries", r.queries},
             {"recovered", bool(r.key)},
             {"exact", exact},
             {"reason", r.reason}};
    if (r.key && !image_.empty()) {
      const Image photo = conformTo(readImage(image_), secret.spec().shape);
      const Image decrypted = makeCipher(*r.key)->decrypt(cipher->encrypt(photo));
      if (!output_.empty()) writeImage(output_, decrypted);
      out["psnr_of_attackers_decryption"] = decibels(psnr(decrypted, photo));
    }
    if (!r.key) resultIsFailure();
    return out;
  }

  std::string text(const Json& r) const override {
    const int queries = r["queries"];
    if (!r["recovered"].get<bool>())
      return format("attack failed (chosen images used: %d): %s", queries, r["reason"].get<std::string>().c_str());
    return format("recovered the %s key (chosen images used: %d): %s", r["scheme"].get<std::string>().c_str(), queries,
                  r["exact"].get<bool>() ? "exactly the secret key (same fingerprint)" : "a key that differs from the secret one");
  }

 private:
  std::string image_, output_;
  bool perImage_ = false;
};

class JigsawAttack : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("image", image_, "The image to scramble into pieces and solve.")->required();
    app.add_option("--block", block_, "Piece size (default 8).")->check(wholeNumber(2, 1024));
    app.add_option("--size", size_, "Conform the image to WIDTHxHEIGHTxCHANNELS first (e.g. 256x256x3).")->check(imageSize());
    app.add_flag("--etc", etc_,
                 "Also turn, mirror and negate every piece at random, as EtC's steps 2 and 3 do (its colour-order step is not attacked).");
    app.add_option("--scrambled-out", scrambledOut_, "Write the scrambled image here.");
    app.add_option("-o,--output", output_, "Write the reassembled image here.");
  }

  Json run() override {
    const Image image = imageAt(image_, size_);
    const JigsawFreedom freedom{etc_, etc_};
    OsRandom random;
    const JigsawExperiment e = runJigsawExperiment(image, block_, freedom, random);
    if (!output_.empty()) writeImage(output_, e.solved);
    if (!scrambledOut_.empty()) writeImage(scrambledOut_, e.scrambled);
    const JigsawScores& s = e.scores;
    return {{"pieces", e.pieces}, {"block", block_},          {"turned_and_negated", freedom.orientation}, {"seconds", e.seconds},
            {"direct", s.direct}, {"neighbour", s.neighbour}, {"largest_component", s.largestComponent}};
  }

  std::string text(const Json& r) const override {
    const int block = r["block"];
    return format("%d pieces of %dx%d%s solved in %.2f s: direct %.3f, neighbour %.3f, largest component %.3f", r["pieces"].get<int>(),
                  block, block, r["turned_and_negated"].get<bool>() ? ", turned, mirrored and negated as EtC does," : "",
                  r["seconds"].get<double>(), r["direct"].get<double>(), r["neighbour"].get<double>(),
                  r["largest_component"].get<double>());
  }

 private:
  std::string image_, size_, scrambledOut_, output_;
  int block_ = 8;
  bool etc_ = false;
};

class RmtRegressionAttack : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--known", known_, "The known plain image (textured: flat blocks cannot be inverted).")->required();
    app.add_option("--image", image_, "The image to decrypt.")->required();
    app.add_option("--noise", noise_, "rmt's noise level (default 0).")->check(realNumber(0, 255));
    app.add_option("--block", block_, "Block size (default 8).")->check(wholeNumber(1, 1024));
    app.add_option("--size", size_, "Conform the images to WIDTHxHEIGHTxCHANNELS first.")->check(imageSize());
    app.add_option("-o,--output", output_, "Write the attacker's decryption here.");
  }

  Json run() override {
    const Image known = imageAt(known_, size_);
    SchemeParams params = SchemeParams::defaults(SchemeId::Rmt);
    params.blockSize = block_;
    params.noise = noise_;
    OsRandom random;
    const KeySpec spec{params, known.shape};
    spec.validate();
    const Key secret = generateKey(spec, random);
    const auto cipher = makeCipher(secret);
    const RmtRegressionResult r = recoverRmtKey(known, cipher->encrypt(known), spec);
    const Image other = conformTo(readImage(image_), known.shape);
    const Ciphertext c = cipher->encrypt(other);
    const Image attacker = makeCipher(r.key)->decrypt(c), owner = cipher->decrypt(c);
    if (!output_.empty()) writeImage(output_, attacker);
    const double pa = psnr(attacker, other), po = psnr(owner, other);
    return {{"noise", params.noise},         {"block", params.blockSize},       {"orthogonality_error", r.worstOrthogonality},
            {"psnr_attacker", decibels(pa)}, {"psnr_key_holder", decibels(po)}, {"singular_blocks", r.singularBlocks}};
  }

  std::string text(const Json& r) const override {
    std::string line =
        format("rmt M=%d noise %g: from one known pair, the attacker decrypts another image at %s dB (the key holder: %s dB)",
               r["block"].get<int>(), r["noise"].get<double>(), r["psnr_attacker"].get<std::string>().c_str(),
               r["psnr_key_holder"].get<std::string>().c_str());
    if (const int singular = r["singular_blocks"])
      line += format(" (%d flat block-channels of the known image could be inverted only in part)", singular);
    return line;
  }

 private:
  std::string known_, image_, size_, output_;
  double noise_ = 0;
  int block_ = 8;
};

class FeatureReconstructionAttack : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("image", image_, "The image the victim encrypts (under a fresh key the attacker never sees).")->required();
    app.add_option("--size", size_, "Conform the image to WIDTHxHEIGHTxCHANNELS first (e.g. 32x32x3).")->check(imageSize());
    scheme_.add(app, "pe");
    seed_.add(app, "Draw the victim's key from this seed (reproducible demos; the key is then no secret).");
    app.add_option("--ciphertext-out", ciphertextOut_, "Write the ciphertext, as a person sees it, here.");
    app.add_option("--basic-out", basicOut_, "Write the basic reconstruction here.");
    app.add_option("-o,--output", output_, "Write the advanced reconstruction here (the closest of its global colour orders and flips).");
  }
  const char* jsonHelp() const override { return "Print the SSIM and PSNR of the ciphertext and of both reconstructions as JSON."; }

  Json run() override {
    const SchemeParams params = scheme_.params();
    const Image plain = padByEdgeReplication(imageAt(image_, size_), params.blockSize);
    const KeySpec spec{params, plain.shape};
    spec.validate();
    const Ciphertext c = makeCipher(generateKey(spec, *seed_.random(true)))->encrypt(plain);
    const Image seen = conformTo(c.view(), plain.shape), basic = reconstructFeaturesBasic(seen);
    const Image advanced = closestGlobalVariant(reconstructFeaturesAdvanced(seen), plain);
    for (const auto& [path, image] : {std::pair{ciphertextOut_, &seen}, {basicOut_, &basic}, {output_, &advanced}})
      if (!path.empty()) writeImage(path, *image);
    const auto measured = [&plain](const Image& image) {
      return Json{{"ssim", ssim(image, plain)}, {"psnr", decibels(psnr(image, plain))}};
    };
    return {{"scheme", params.text()},
            {"ciphertext", measured(seen)},
            {"basic", measured(basic)},
            {"advanced", measured(advanced)},
            {"reads_the_picture", ssim(advanced, plain) >= kRecognisableSsim},
            {"threshold_ssim", kRecognisableSsim}};
  }

  std::string text(const Json& r) const override {
    const auto ssimOf = [&r](const char* what) { return r[what]["ssim"].get<double>(); };
    const auto psnrOf = [&r](const char* what) { return r[what]["psnr"].get<std::string>(); };
    return format(
               "fr on %s: the ciphertext SSIM %.3f; basic SSIM %.3f (%s dB); advanced SSIM %.3f (%s dB), up to one colour order and "
               "flip pattern for the whole picture\n",
               r["scheme"].get<std::string>().c_str(), ssimOf("ciphertext"), ssimOf("basic"), psnrOf("basic").c_str(), ssimOf("advanced"),
               psnrOf("advanced").c_str()) +
           format("verdict: %s (the advanced reconstruction's SSIM against %.2f)",
                  r["reads_the_picture"].get<bool>() ? "reads the picture" : "fails", r["threshold_ssim"].get<double>());
  }

 private:
  std::string image_, size_, ciphertextOut_, basicOut_, output_;
  SchemeOptions scheme_;
  SeedOption seed_;
};

// The cloud's statistical attack: it holds `count` of the user's images under one fresh key (drawn
// here from the OS generator, never shown to the attack) and public images of the same domain (the
// dataset's training images; the victim's are its test images). The scores use what the attacker does
// not have, and say so: the key share needs the key, SSIM and PSNR the plain images.
class StatsAttack : public Command {
 public:
  void define(CLI::App& app) override {
    scheme_.add(app, "pe");
    addDatasetOption(app, dataset_);
    app.add_option("--count", count_, "The user's images encrypted under the one key (default 1000).")->check(wholeNumber(1, 100000));
    app.add_option("--public", public_, "Public images the cloud compares with (default 10000).")->check(wholeNumber(1, 100000));
  }

  Json run() override {
    const DatasetSplit data = loadDataset(dataset_);
    OsRandom random;
    const Key key = generateKey({scheme_.params(), data.test.shape}, random);
    const std::unique_ptr<Cipher> cipher = makeCipher(key);
    std::vector<Image> plains, ciphertexts, known;
    for (std::size_t i = 0; i < std::min<std::size_t>(count_, data.test.size()); ++i) {
      plains.push_back(data.test.image(i));
      ciphertexts.push_back(cipher->encrypt(plains.back()).view());
      if (!(ciphertexts.back().shape == plains.back().shape))
        usageError("the statistical attack compares ciphertexts with images of their shape, and " + scheme_.scheme() + " changes it");
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(public_, data.train.size()); ++i) known.push_back(data.train.image(i));
    const auto start = std::chrono::steady_clock::now();
    const MarginalRecovery recovery = recoverByMarginals(ciphertexts, known);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double ssimSum = 0, ssimMin = 1, psnrSum = 0;
    for (std::size_t i = 0; i < plains.size(); ++i) {
      const Image restored = restoreByMarginals(ciphertexts[i], recovery);
      const double s = ssim(restored, plains[i]);
      ssimSum += s;
      ssimMin = std::min(ssimMin, s);
      psnrSum += std::min(psnr(restored, plains[i]), 100.0);
    }
    Json out{{"scheme", scheme_.scheme()},   {"dataset", data.test.name},
             {"ciphertexts", plains.size()}, {"public_images", known.size()},
             {"seconds", seconds},           {"ssim_mean", ssimSum / double(plains.size())},
             {"ssim_min", ssimMin},          {"psnr_mean", psnrSum / double(plains.size())}};
    if (const KeyTable* mask = key.findTable("negative-positive"); mask && scheme_.scheme() == "pe") {
      std::size_t right = 0;
      for (std::size_t i = 0; i < mask->ints.size(); ++i) right += (mask->ints[i] != 0) == (recovery.negated[i] != 0);
      out["negation_share"] = double(right) / double(mask->ints.size());
    }
    return out;
  }

  std::string text(const Json& r) const override {
    std::string lines = format("%s on %s: %zu ciphertexts under one key, %zu public images, %.2f s", r["scheme"].get<std::string>().c_str(),
                               r["dataset"].get<std::string>().c_str(), r["ciphertexts"].get<std::size_t>(),
                               r["public_images"].get<std::size_t>(), r["seconds"].get<double>());
    if (r.contains("negation_share"))
      lines += format("\nnegations recovered: %.2f %% (scored with the victim's key)", 100.0 * r["negation_share"].get<double>());
    return lines + format("\nrestored: SSIM %.3f (worst %.3f), PSNR %.1f dB (scored against the plain images)",
                          r["ssim_mean"].get<double>(), r["ssim_min"].get<double>(), r["psnr_mean"].get<double>());
  }

 private:
  SchemeOptions scheme_;
  std::string dataset_ = "fashion-mnist";
  std::size_t count_ = 1000, public_ = 10000;
};

}  // namespace

std::vector<CommandInfo> attackCommands() {
  return {
      {{"attack", "cpa"}, "chosen-plaintext key recovery on le", [] { return std::make_unique<Cpa>(); }},
      {{"attack", "jigsaw"}, "solve block-scrambled pieces as a jigsaw puzzle", [] { return std::make_unique<JigsawAttack>(); }},
      {{"attack", "rmt-regression"}, "recover rmt's matrices from one known pair", [] { return std::make_unique<RmtRegressionAttack>(); }},
      {{"attack", "fr"},
       "feature reconstruction: edges from one ciphertext, no key, no training",
       [] { return std::make_unique<FeatureReconstructionAttack>(); }},
      {{"attack", "stats"}, "the cloud's statistical key recovery from many ciphertexts under one key (pe), no training", [] {
         return std::make_unique<StatsAttack>();
       }}};
}

}  // namespace led::cli
