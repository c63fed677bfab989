// led evaluate privacy: how much of a picture each scheme's ciphertext keeps (SSIM, PSNR) and its key space.
#include <QJsonArray>

#include "cli/CliSupport.h"
#include "image/ImageFile.h"
#include "image/Resize.h"
#include "metrics/ImageQuality.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {

int privacyCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("image", "The plain image (a photo, or one Fashion-MNIST picture).");
  parser.addOptions({
      {"size", "Conform the image to WIDTHxHEIGHTxCHANNELS first, e.g. 32x32x3.", "WxHxC"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led evaluate privacy IMAGE: SSIM and PSNR of every scheme's ciphertext against the image, and key spaces.", args,
                      exitCode))
    return exitCode;
  return guarded([&] {
    if (parser.positionalArguments().size() != 1) usageError("give one image");
    Image image = readImage(toStd(parser.positionalArguments()[0]));
    if (parser.isSet("size")) image = conformTo(std::move(image), parseSize(parser.value("size")));
    OsRandom random;
    QJsonArray rows;
    if (!parser.isSet("json")) printLine("| scheme | SSIM | PSNR (dB) | key space (bits) |\n|---|---:|---:|---:|");
    for (SchemeId id : allSchemes()) {
      const KeySpec spec{SchemeParams::defaults(id), image.shape};
      const Key key = generateKey(spec, random);
      const auto cipher = makeCipher(key);
      // What a person sees of the ciphertext, at the plain image's size (etc-gray lays its planes side by side).
      const Image seen = conformTo(cipher->encrypt(image).view(), cipher->paddedShape());
      const Image plain = padByEdgeReplication(image, spec.params.blockSize);
      const double s = ssim(seen, plain), p = psnr(seen, plain), bits = schemeFor(id).keySpaceBits(spec);
      rows.append(QJsonObject{{"scheme", QString::fromStdString(schemeName(id))}, {"ssim", s}, {"psnr", p}, {"key_bits", bits}});
      if (!parser.isSet("json"))
        printLine(QString("| %1 | %2 | %3 | %4 |").arg(QString::fromStdString(schemeName(id))).arg(s, 0, 'f', 4).arg(p, 0, 'f', 2).arg(bits, 0, 'f', 0));
    }
    if (parser.isSet("json")) printJson(QJsonObject{{"image", parser.positionalArguments()[0]}, {"shape", QString::fromStdString(image.shape.text())}, {"schemes", rows}});
    return int(kOk);
  });
}

}  // namespace led::cli
