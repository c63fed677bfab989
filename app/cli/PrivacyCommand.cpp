// led evaluate privacy: how much of a picture each scheme's ciphertext keeps (SSIM, PSNR) and its key space,
// on one image or averaged over a dataset's test images, at each scheme's default block size or at those given.
#include <QJsonArray>

#include "attacks/SchemeAudit.h"
#include "cli/CliSupport.h"
#include "common/Error.h"
#include "common/NumberList.h"
#include "data/DatasetSource.h"
#include "image/ImageFile.h"
#include "image/Resize.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

// The block sizes to measure a scheme at: its default, or those asked for (pe has only 1).
std::vector<int> blockSizesFor(SchemeId id, const std::vector<int>& asked) {
  if (asked.empty() || id == SchemeId::Pe) return {SchemeParams::defaults(id).blockSize};
  return asked;
}

}  // namespace

int privacyCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("image", "The plain image (a photo, or one Fashion-MNIST picture); or give --dataset.", "[image]");
  parser.addOptions({
      {"size", "Conform the image to WIDTHxHEIGHTxCHANNELS first, e.g. 32x32x3.", "WxHxC"},
      {"dataset", "Average over this dataset's first --limit test images instead of one image (e.g. fashion-mnist).", "source"},
      {"limit", "With --dataset: how many test images (default 1000).", "n", "1000"},
      {"blocks", "Block sizes to measure every block scheme at, e.g. 2,4,8 (default: each scheme's own).", "list"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led evaluate privacy IMAGE | --dataset SOURCE: SSIM and PSNR of every scheme's ciphertext, and key spaces.", args,
                      exitCode))
    return exitCode;
  return guarded([&] {
    if (parser.positionalArguments().size() != (parser.isSet("dataset") ? 0 : 1)) usageError("give one image, or --dataset without an image");
    std::vector<int> asked;
    try {
      if (parser.isSet("blocks")) asked = parseWholeNumberList(toStd(parser.value("blocks")), "--blocks");
    } catch (const Error& e) {
      usageError(e.what());
    }
    std::vector<Image> images;
    QString source;
    if (parser.isSet("dataset")) {
      source = parser.value("dataset");
      const Dataset test = loadDataset(toStd(source)).test.head(std::size_t(std::max(1, parser.value("limit").toInt())));
      for (std::size_t i = 0; i < test.size(); ++i) images.push_back(test.image(i));
    } else {
      source = parser.positionalArguments()[0];
      images.push_back(readImage(toStd(source)));
    }
    if (parser.isSet("size"))
      for (Image& image : images) image = conformTo(std::move(image), parseSize(parser.value("size")));
    const ImageShape shape = images.front().shape;
    OsRandom random;
    QJsonArray rows;
    if (!parser.isSet("json")) printLine("| scheme | block | SSIM | PSNR (dB) | key space (bits) |\n|---|---:|---:|---:|---:|");
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
        const QString name = QString::fromStdString(schemeName(id));
        rows.append(QJsonObject{{"scheme", name}, {"block", m}, {"ssim", s}, {"psnr", p}, {"key_bits", std::isinf(bits) ? QJsonValue("inf") : QJsonValue(bits)}});
        if (!parser.isSet("json")) printLine(QString("| %1 | %2 | %3 | %4 | %5 |").arg(name).arg(m).arg(s, 0, 'f', 4).arg(p, 0, 'f', 2).arg(bits, 0, 'f', 0));
      }
    if (parser.isSet("json"))
      printJson(QJsonObject{{"source", source}, {"images", int(images.size())}, {"shape", QString::fromStdString(shape.text())}, {"schemes", rows}});
    return int(kOk);
  });
}

}  // namespace led::cli
