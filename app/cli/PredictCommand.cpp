// led predict: the top labels of an image (or every image in a folder), encrypted locally with the
// model's key before the model sees it.
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

#include "cli/CliSupport.h"
#include "image/ImageFile.h"
#include "keys/KeyFile.h"
#include "learn/Prediction.h"

namespace led::cli {

int predictCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("image", "An image, or a folder of images.");
  parser.addOptions({
      {{"m", "model"}, "Model file.", "model"},
      {{"k", "key"}, "The key the model was trained with (none for a plain model).", "key"},
      {"top", "How many labels to show (default 3).", "n", "3"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led predict: label images with a trained model, encrypting them locally.", args, exitCode)) return exitCode;
  return guarded([&] {
    if (parser.positionalArguments().size() != 1) usageError("give exactly one image or folder");
    if (!parser.isSet("model")) usageError("--model is required");
    const int top = parser.value("top").toInt();
    if (top < 1) usageError("--top takes a positive whole number");
    const Classifier model = Classifier::load(toStd(parser.value("model")));
    const std::optional<Key> key = parser.isSet("key") ? std::optional<Key>(readKeyFile(toStd(parser.value("key")))) : std::nullopt;
    requireModelKey(model.info(), key);

    QStringList images;
    const QString input = parser.positionalArguments()[0];
    if (QFileInfo(input).isDir()) {
      QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
      while (it.hasNext()) {
        const QString path = it.next();
        if (isImagePath(toStd(path))) images << path;
      }
      images.sort();
    } else {
      images << input;
    }
    QJsonArray results;
    for (const QString& path : images) {
      const Prediction p = predict(model, key, readImage(toStd(path)));
      QJsonArray labels;
      QStringList text;
      for (int i = 0; i < std::min<int>(top, int(p.ranking.size())); ++i) {
        const int c = p.ranking[std::size_t(i)];
        const QString name = QString::fromStdString(model.info().classNames[std::size_t(c)]);
        labels.append(QJsonObject{{"label", name}, {"class", c}, {"probability", double(p.probabilities[std::size_t(c)])}});
        text << QString("%1 %2 %").arg(name).arg(100.0 * p.probabilities[std::size_t(c)], 0, 'f', 1);
      }
      results.append(QJsonObject{{"image", path}, {"top", labels}});
      if (!parser.isSet("json")) printLine(path + "  " + text.join(", "));
    }
    if (parser.isSet("json")) printJson(QJsonObject{{"model", QString::fromStdString(model.info().describe())}, {"predictions", results}});
    return kOk;
  });
}

}  // namespace led::cli
