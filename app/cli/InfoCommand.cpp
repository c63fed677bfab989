// led info: what a file is, read and checked as the program would use it.
#include <QFile>
#include <QJsonArray>

#include "cli/CliSupport.h"
#include "deniable/Answer.h"
#include "deniable/GuideKeyFile.h"
#include "deniable/GuidePad.h"
#include "deniable/QueryFile.h"
#include "image/ImageFile.h"
#include "keys/KeyFile.h"
#include "learn/Classifier.h"
#include "project/ProjectFile.h"
#include "schemes/CiphertextFile.h"

namespace led::cli {
namespace {

QJsonObject shapeJson(const ImageShape& s) {
  return QJsonObject{{"height", s.height}, {"width", s.width}, {"channels", s.channels}};
}

QJsonObject describe(const std::string& path) {
  QFile file(QString::fromStdString(path));
  QByteArray head;
  if (file.open(QIODevice::ReadOnly)) head = file.read(8);
  if (head.startsWith("LEDKEY")) return keyJson(readKeyFile(path));
  if (head.startsWith("LEDCIPH")) {
    const CiphertextRecord r = readCiphertextFile(path);
    return QJsonObject{{"kind", "ciphertext"},
                       {"scheme", QString::fromStdString(schemeName(r.scheme))},
                       {"plain_image", shapeJson(r.plainShape)},
                       {"layout", shapeJson(r.ciphertext.shape)},
                       {"samples", r.ciphertext.real ? "real" : "bytes"}};
  }
  if (head.startsWith("LEDTORCH")) {  // a model or a checkpoint: a LibTorch archive in the envelope
    const Classifier model = Classifier::load(path);
    const ModelInfo& m = model.info();
    QJsonArray classes;
    for (const std::string& c : m.classNames) classes.append(QString::fromStdString(c));
    return QJsonObject{{"kind", "model"},
                       {"description", QString::fromStdString(m.describe())},
                       {"architecture", QString::fromStdString(m.architecture)},
                       {"scheme", m.scheme ? QString::fromStdString(m.scheme->text()) : QString("plain")},
                       {"key_fingerprint", QString::fromStdString(formatFingerprint(m.keyFingerprint))},
                       {"dataset", QString::fromStdString(m.dataset)},
                       {"image", shapeJson(m.imageShape)},
                       {"parameters", qint64(model.parameterCount())},
                       {"classes", classes}};
  }
  if (head.startsWith("LEDQUERY")) {
    const Query q = readQueryFile(path);
    return QJsonObject{{"kind", "query"}, {"pad_index", qint64(q.padIndex)}, {"guide_side", q.garbledGuide.width()},
                       {"scheme", QString::fromStdString(schemeName(q.scheme))}, {"image", shapeJson(q.plainShape)},
                       {"members", qint64(q.members())}};
  }
  if (head.startsWith("LEDPAD")) {
    const GuidePad pad = GuidePad::read(path);
    return QJsonObject{{"kind", "guide pad"}, {"guide_side", pad.side()}, {"first_unused", qint64(pad.firstIndex())},
                       {"entries_left", qint64(pad.remaining())}, {"fixed_key", pad.fixed()}};
  }
  if (head.startsWith("LEDANSWR")) {
    const Answer a = readAnswerFile(path);
    QJsonArray classes;
    for (const std::string& c : a.classNames) classes.append(QString::fromStdString(c));
    return QJsonObject{{"kind", "answer"}, {"pad_index", qint64(a.padIndex)}, {"classes", classes}};
  }
  if (head.startsWith("LEDANSK")) return QJsonObject{{"kind", "answer key"}, {"pad_index", qint64(readAnswerKeyFile(path).padIndex)}};
  if (head.startsWith("LEDGKEY")) {
    const GuideKeyRecord g = readGuideKeyFile(path);
    return QJsonObject{{"kind", "guide key"}, {"pad_index", qint64(g.padIndex)}, {"guide_side", g.side}};
  }
  if (head.startsWith("LEDPROJ")) {  // the desktop application's working state: entries as text
    QJsonObject entries;
    for (const auto& [name, value] : readProjectFile(path).values) entries[QString::fromStdString(name)] = QString::fromStdString(value);
    return QJsonObject{{"kind", "project"}, {"entries", entries}};
  }
  const Image image = readImage(path);
  return QJsonObject{{"kind", "image"}, {"image", shapeJson(image.shape)}};
}

}  // namespace

int infoCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("file", "Key, ciphertext, model, checkpoint, query, guide pad, answer, answer key, guide key, project or image file.");
  parser.addOption({"json", "Print as JSON."});
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led info: describe any file of the program (a key, ciphertext, model, checkpoint, query, guide pad, answer, answer key, guide key, project) or an image.", args, exitCode)) return exitCode;
  return guarded([&] {
    if (parser.positionalArguments().size() != 1) usageError("give exactly one file");
    const std::string path = toStd(parser.positionalArguments()[0]);
    QJsonObject info = describe(path);
    info["file"] = QString::fromStdString(path);
    if (parser.isSet("json")) {
      printJson(info);
      return kOk;
    }
    for (auto it = info.begin(); it != info.end(); ++it) {
      QString value = it.value().toVariant().toString();
      if (it.key() == "entries") {
        const QJsonObject entries = it.value().toObject();
        for (auto e = entries.begin(); e != entries.end(); ++e) printLine(QString("%1 = %2").arg(e.key(), e.value().toString()));
        continue;
      }
      if (it.value().isObject()) {
        const QJsonObject o = it.value().toObject();
        value = QString("%1x%2x%3").arg(o["width"].toInt()).arg(o["height"].toInt()).arg(o["channels"].toInt());
      } else if (it.value().isArray()) {
        QStringList names;
        for (const auto& t : it.value().toArray()) names << (t.isObject() ? t.toObject()["name"].toString() : t.toString());
        value = names.join(", ");
      }
      printLine(QString("%1: %2").arg(it.key(), -16).arg(value));
    }
    return kOk;
  });
}

}  // namespace led::cli
