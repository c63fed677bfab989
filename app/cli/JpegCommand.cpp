// led evaluate jpeg: Kiya's rate-distortion curve, encrypt -> JPEG -> decrypt beside plain JPEG.
#include <QJsonArray>

#include "cli/CliSupport.h"
#include "common/Error.h"
#include "common/NumberList.h"
#include "image/ImageFile.h"
#include "image/Resize.h"
#include "metrics/JpegRobustness.h"
#include "metrics/LineChart.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {

int jpegCommand(const QStringList& args) {
  QCommandLineParser parser;
  addSchemeOptions(parser);
  parser.addPositionalArgument("image", "The plain image.");
  parser.addOptions({
      {"size", "Conform the image to WIDTHxHEIGHTxCHANNELS first.", "WxHxC"},
      {"qualities", "JPEG qualities (default 10,20,...,100).", "list", "10,20,30,40,50,60,70,80,90,100"},
      {"out-dir", "Write jpeg.csv and jpeg.png (the curve) here.", "folder"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led evaluate jpeg IMAGE: PSNR against bits per pixel, encrypt -> JPEG -> decrypt beside plain JPEG (use --scheme etc).",
                      args, exitCode))
    return exitCode;
  return guarded([&] {
    if (parser.positionalArguments().size() != 1) usageError("give one image");
    Image image = readImage(toStd(parser.positionalArguments()[0]));
    if (parser.isSet("size")) image = conformTo(std::move(image), parseSize(parser.value("size")));
    const std::vector<int> qualities = parseWholeNumberList(toStd(parser.value("qualities")), "--qualities");
    OsRandom random;
    const Key key = generateKey({schemeParamsFrom(parser), image.shape}, random);
    const JpegCurve curve = jpegRateDistortion(image, key, qualities);
    QString csv = "quality,plain_bpp,plain_psnr,encrypted_bpp,encrypted_psnr\n";
    QJsonArray rows;
    for (std::size_t i = 0; i < qualities.size(); ++i) {
      const RatePoint &p = curve.plain[i], &e = curve.encrypted[i];
      csv += QString("%1,%2,%3,%4,%5\n").arg(p.quality).arg(p.bitsPerPixel, 0, 'f', 4).arg(p.psnr, 0, 'f', 2).arg(e.bitsPerPixel, 0, 'f', 4).arg(e.psnr, 0, 'f', 2);
      rows.append(QJsonObject{{"quality", p.quality}, {"plain_bpp", p.bitsPerPixel}, {"plain_psnr", p.psnr}, {"encrypted_bpp", e.bitsPerPixel},
                              {"encrypted_psnr", e.psnr}});
    }
    if (parser.isSet("out-dir")) {
      const QString dir = parser.value("out-dir");
      writeTextFile(dir + "/jpeg.csv", csv);
      writeLineChart(toStd(dir + "/jpeg.png"), "JPEG rate-distortion", "bits per pixel", "PSNR (dB)",
                     rateDistortionSeries(curve, schemeName(key.scheme()) + ", then JPEG, then decrypted"));
    }
    if (parser.isSet("json")) printJson(QJsonObject{{"scheme", QString::fromStdString(schemeName(key.scheme()))}, {"points", rows}});
    else printLine(csv.trimmed());
    return int(kOk);
  });
}

}  // namespace led::cli
