// led keygen: a key for a scheme, its parameters and an image shape, from the OS CSPRNG.

#include "cli/CliSupport.h"
#include "image/ImageFile.h"
#include "keys/KeyFile.h"
#include "random/RandomSource.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {

int keygenCommand(const QStringList& args) {
  QCommandLineParser parser;
  addSchemeOptions(parser);
  parser.addOptions({
      {"size", "Shape of the images the key is for, WIDTHxHEIGHTxCHANNELS (e.g. 32x32x3).", "WxHxC"},
      {"like", "Make the key for images shaped like this one.", "image"},
      {{"o", "output"}, "Key file to write (owner-only permissions).", "key"},
      {"seed", "DEMO ONLY: derive the key from this number, reproducibly. Never for real secrets.", "n"},
      {"json", "Print the key's description as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led keygen: make a key for a scheme and an image shape.", args, exitCode)) return exitCode;
  return guarded([&] {
    const SchemeParams params = schemeParamsFrom(parser);
    if (parser.isSet("size") == parser.isSet("like")) usageError("give exactly one of --size and --like");
    if (!parser.isSet("output")) usageError("--output is required");
    const ImageShape shape = parser.isSet("size") ? parseSize(parser.value("size")) : readImage(toStd(parser.value("like"))).shape;
    const Key key = generateKey({params, shape}, *randomSource(parser, true));
    writeKeyFile(toStd(parser.value("output")), key);
    if (parser.isSet("json")) {
      QJsonObject out = keyJson(key);
      out["file"] = parser.value("output");
      printJson(out);
    } else {
      printLine(QString("%1  %2 for %3 images, key space %4 -> %5")
                    .arg(QString::fromStdString(key.shortFingerprint()), QString::fromStdString(params.text()),
                         QString::fromStdString(shape.text()), keySpaceText(schemeFor(params.scheme).keySpaceBits(key.spec())),
                         parser.value("output")));
    }
    return kOk;
  });
}

}  // namespace led::cli
