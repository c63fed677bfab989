// led evaluate privacy | jpeg: measures that need no model. Privacy: how much of a picture each scheme's
// ciphertext keeps (SSIM, PSNR) and its key space, on one image or averaged over a dataset's test images.
// JPEG: Kiya's rate-distortion curve, encrypt -> JPEG -> decrypt beside plain JPEG.
#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/user/attacks/SchemeAudit.h"
#include "core/shared/common/NumberList.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/metrics/JpegRobustness.h"
#include "core/user/chart/LineChart.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

// The block sizes to measure a scheme at: its default, or those asked for (pe has only 1).
std::vector<int> blockSizesFor(SchemeId id, const std::vector<int>& asked) {
  if (asked.empty() || id == SchemeId::Pe) return {SchemeParams::defaults(id).blockSize};
  return asked;
}

class Privacy : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("image", image_, "The plain image (a photo, or one Fashion-MNIST picture); or give --dataset.");
    app.add_option("--size", size_, "Conform the image to WIDTHxHEIGHTxCHANNELS first, e.g. 32x32x3.")->check(imageSize());
    app.add_option("--dataset", dataset_,
                   "Average over this dataset's first --limit test images instead of one image (e.g. fashion-mnist).");
    app.add_option("--limit", limit_, "With --dataset: how many test images (default 1000).")->check(wholeNumber(1, 1000000));
    app.add_option("--blocks", blocks_, "Block sizes to measure every block scheme at, e.g. 2,4,8 (default: each scheme's own).")
        ->check(wholeList(1, 1024));
  }

  Json run() override {
    if (image_.empty() == dataset_.empty()) usageError("give one image, or --dataset without an image");
    const std::vector<int> asked = blocks_.empty() ? std::vector<int>{} : parseWholeNumberList(blocks_, "--blocks");
    std::vector<Image> images;
    if (!dataset_.empty()) {
      const Dataset test = loadDataset(dataset_).test.head(limit_);
      for (std::size_t i = 0; i < test.size(); ++i) images.push_back(test.image(i));
    } else {
      images.push_back(readImage(image_));
    }
    if (!size_.empty())
      for (Image& image : images) image = conformTo(std::move(image), shapeFrom(size_));
    const ImageShape shape = images.front().shape;
    OsRandom random;
    Json rows = Json::array();
    for (SchemeId id : allSchemes())
      for (int m : blockSizesFor(id, asked)) {
        SchemeParams params = SchemeParams::defaults(id);
        params.blockSize = m;
        const KeySpec spec{params, shape};
        const auto cipher = makeCipher(generateKey(spec, random));  // one key for all images, as a user would encrypt them
        double s = 0, p = 0;
        for (const Image& image : images) {
          const CiphertextQuality q = ciphertextQuality(image, cipher->encrypt(image), *cipher);
          s += q.ssim, p += q.psnr;
        }
        s /= double(images.size()), p /= double(images.size());
        const double bits = schemeFor(id).keySpaceBits(spec);
        rows.push_back({{"scheme", schemeName(id)}, {"block", m}, {"ssim", s}, {"psnr", p}, {"key_bits", numberOrInfinity(bits)}});
      }
    return {{"source", dataset_.empty() ? image_ : dataset_}, {"images", images.size()}, {"shape", shape.text()}, {"schemes", rows}};
  }

  std::string text(const Json& r) const override {
    return markdownTable(
        r["schemes"],
        {{"scheme", "scheme"}, {"block", "block"}, {"SSIM", "ssim", 4}, {"PSNR (dB)", "psnr"}, {"key space (bits)", "key_bits", 0}});
  }

 private:
  std::string image_, size_, dataset_, blocks_;
  std::size_t limit_ = 1000;
};

// The rate-distortion points as CSV, one line a quality.
std::string csvOf(const Json& points) {
  std::string csv = "quality,plain_bpp,plain_psnr,encrypted_bpp,encrypted_psnr";
  for (const Json& p : points)
    csv += format("\n%d,%.4f,%.2f,%.4f,%.2f", p["quality"].get<int>(), p["plain_bpp"].get<double>(), p["plain_psnr"].get<double>(),
                  p["encrypted_bpp"].get<double>(), p["encrypted_psnr"].get<double>());
  return csv;
}

class Jpeg : public Command {
 public:
  void define(CLI::App& app) override {
    scheme_.add(app);
    app.add_option("image", image_, "The plain image.")->required();
    app.add_option("--size", size_, "Conform the image to WIDTHxHEIGHTxCHANNELS first.")->check(imageSize());
    app.add_option("--qualities", qualities_, "JPEG qualities (default 10,20,...,100).")->check(wholeList(1, 100));
    app.add_option("--out-dir", outDir_, "Write jpeg.csv and jpeg.png (the curve) here.");
  }

  Json run() override {
    Image image = readImage(image_);
    if (!size_.empty()) image = conformTo(std::move(image), shapeFrom(size_));
    const std::vector<int> qualities = parseWholeNumberList(qualities_, "--qualities");
    OsRandom random;
    const Key key = generateKey({scheme_.params(), image.shape}, random);
    const JpegCurve curve = jpegRateDistortion(image, key, qualities);
    Json rows = Json::array();
    for (std::size_t i = 0; i < qualities.size(); ++i) {
      const RatePoint &p = curve.plain[i], &e = curve.encrypted[i];
      rows.push_back({{"quality", p.quality},
                      {"plain_bpp", p.bitsPerPixel},
                      {"plain_psnr", p.psnr},
                      {"encrypted_bpp", e.bitsPerPixel},
                      {"encrypted_psnr", e.psnr}});
    }
    if (!outDir_.empty()) {
      writeTextFile(outDir_ + "/jpeg.csv", csvOf(rows) + "\n");
      writeLineChart(outDir_ + "/jpeg.png", "JPEG rate-distortion", "bits per pixel", "PSNR (dB)",
                     rateDistortionSeries(curve, schemeName(key.scheme()) + ", then JPEG, then decrypted"));
    }
    return {{"scheme", schemeName(key.scheme())}, {"points", rows}};
  }

  std::string text(const Json& r) const override { return csvOf(r["points"]); }

 private:
  SchemeOptions scheme_;
  std::string image_, size_, qualities_ = "10,20,30,40,50,60,70,80,90,100", outDir_;
};

}  // namespace

std::vector<CommandInfo> measureCommands() {
  return {
      {{"evaluate", "privacy"}, "SSIM and PSNR of every scheme's ciphertext, and key spaces", [] { return std::make_unique<Privacy>(); }},
      {{"evaluate", "jpeg"}, "PSNR against bits per pixel through JPEG, encrypted and plain", [] { return std::make_unique<Jpeg>(); }}};
}

}  // namespace led::cli
