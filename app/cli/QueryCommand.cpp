// led query compose | open | read: the user's side of the deniable query (SPEC.md section 3).
#include <QFileInfo>
#include <QJsonArray>

#include "cli/CliSupport.h"
#include "common/Error.h"
#include "deniable/GuideKeyFile.h"
#include "deniable/Opening.h"
#include "deniable/QueryFile.h"
#include "image/ImageFile.h"
#include "keys/KeyFile.h"

namespace led::cli {
namespace {

std::vector<Key> keysFrom(const QCommandLineParser& parser, const QString& option) {
  std::vector<Key> keys;
  for (const QString& path : parser.value(option).split(',', Qt::SkipEmptyParts)) keys.push_back(readKeyFile(toStd(path)));
  if (keys.empty()) usageError("--" + toStd(option) + " takes one key file per ensemble member, separated by commas");
  return keys;
}

QJsonObject slotJson(const Answer& answer, const AnswerSlot& slot) {
  return QJsonObject{{"label", QString::fromStdString(answer.classNames[std::size_t(slot.label)])},
                     {"class", slot.label},
                     {"confidence", double(slot.confidence)}};
}

int compose(const QCommandLineParser& parser) {
  requireOptions(parser, {"pad", "target", "other", "output", "answer-key-out"});
  const QString process = parser.value("process");
  if (process != "deniable" && process != "normal") usageError("--process is deniable or normal");
  const bool deniable = process == "deniable";
  if (deniable && (!parser.isSet("part0-keys") || !parser.isSet("part1-keys")))
    usageError("the deniable process needs --part0-keys and --part1-keys (the keys of the two parts' models)");
  if (!deniable && !parser.isSet("keys")) usageError("the normal process needs --keys (the keys of your model)");
  const Image target = readImage(toStd(parser.value("target"))), other = readImage(toStd(parser.value("other")));
  std::array<std::vector<Key>, 2> partKeys;
  std::vector<Key> keys;
  if (deniable) partKeys = {keysFrom(parser, "part0-keys"), keysFrom(parser, "part1-keys")};
  else keys = keysFrom(parser, "keys");

  const PadEntry entry = GuidePad::takeNext(toStd(parser.value("pad")));  // erased from the pad before use
  OsRandom random;
  const ComposedQuery c = deniable ? composeDeniable(target, other, partKeys, entry, random)
                                   : composeNormal(target, other, keys, entry, random);
  writeAnswerKeyFile(toStd(parser.value("answer-key-out")), {entry.index, entry.answerKey});
  writeQueryFile(toStd(parser.value("output")), c.query);
  if (parser.isSet("guide-key-out")) {
    warn("--guide-key-out keeps the true guide key: whoever finds that file can open the query honestly. Demos only.");
    writeGuideKeyFile(toStd(parser.value("guide-key-out")), {entry.index, c.guide.width(), entry.key});
  }
  const qint64 bytes = QFileInfo(parser.value("output")).size();
  if (parser.isSet("json")) {
    printJson(QJsonObject{{"query", parser.value("output")},      {"process", process},
                          {"coin", c.coin},                      {"pad_index", double(entry.index)},
                          {"members", int(c.query.members())},   {"bytes", double(bytes)},
                          {"answer_key", parser.value("answer-key-out")}});
  } else {
    printLine(QString("%1 (%2 process, pad entry %3, %4 ciphertexts per part, %5 bytes)")
                  .arg(parser.value("output"), process)
                  .arg(entry.index)
                  .arg(c.query.members())
                  .arg(bytes));
    printLine(QString("coin b = %1: your image is part %1 (remember it; it is saved nowhere)").arg(c.coin));
  }
  return int(kOk);
}

int open(const QCommandLineParser& parser) {
  requireOptions(parser, {"query", "guide-key", "model-keys"});
  if (parser.isSet("answer") != parser.isSet("answer-key")) usageError("--answer and --answer-key go together");
  const Query query = readQueryFile(toStd(parser.value("query")));
  const GuideKeyRecord guideKey = readGuideKeyFile(toStd(parser.value("guide-key")));
  if (guideKey.side != query.garbledGuide.width())
    fail(ErrorKind::Mismatch, "the guide key is for a " + std::to_string(guideKey.side) + "-pixel guide, the query's is " +
                                  std::to_string(query.garbledGuide.width()));
  std::optional<Answer> answer;
  std::optional<AnswerKeyRecord> answerKey;
  if (parser.isSet("answer")) {
    answer = readAnswerFile(toStd(parser.value("answer")));
    answerKey = readAnswerKeyFile(toStd(parser.value("answer-key")));
  }
  const Opening o = openQuery(query, guideKey.key, keysFrom(parser, "model-keys"), answer ? &*answer : nullptr,
                              answerKey ? &answerKey->key : nullptr);
  if (parser.isSet("guide-out")) writeImage(toStd(parser.value("guide-out")), o.guide);
  if (!o.shape) {
    fail(ErrorKind::Mismatch, "this guide key opens the query's guide to neither a triangle nor a square: the opening shows a lie" +
                                  std::string(parser.isSet("guide-out") ? " (see --guide-out)" : ""));
  }
  if (parser.isSet("image-out")) writeImage(toStd(parser.value("image-out")), o.images.front());
  QJsonObject out{{"guide", QString::fromStdString(guideShapeName(*o.shape))}, {"part", o.part}};
  if (o.slot) out["answer"] = slotJson(*answer, *o.slot);
  if (parser.isSet("json")) {
    printJson(out);
  } else {
    printLine(QString("guide: %1 -> part %2").arg(QString::fromStdString(guideShapeName(*o.shape))).arg(o.part));
    if (parser.isSet("image-out")) printLine("image: " + parser.value("image-out"));
    if (o.slot)
      printLine(QString("label: %1 (%2 %)")
                    .arg(QString::fromStdString(answer->classNames[std::size_t(o.slot->label)]))
                    .arg(100.0 * o.slot->confidence, 0, 'f', 1));
  }
  return int(kOk);
}

int read(const QCommandLineParser& parser) {
  if (!parser.isSet("answer") || !parser.isSet("answer-key")) usageError("--answer and --answer-key are required");
  const Answer answer = readAnswerFile(toStd(parser.value("answer")));
  const AnswerKeyRecord key = readAnswerKeyFile(toStd(parser.value("answer-key")));
  QJsonArray parts;
  for (int part = 0; part < 2; ++part) {
    const AnswerSlot slot = openAnswerSlot(answer, part, key.key);
    parts.append(slotJson(answer, slot));
    if (!parser.isSet("json"))
      printLine(QString("part %1: %2 (%3 %)")
                    .arg(part)
                    .arg(QString::fromStdString(answer.classNames[std::size_t(slot.label)]))
                    .arg(100.0 * slot.confidence, 0, 'f', 1));
  }
  if (parser.isSet("json")) printJson(QJsonObject{{"parts", parts}});
  return int(kOk);
}

}  // namespace

int queryCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("what", "compose, open or read");
  parser.addOptions({
      {"process", "compose: deniable (default) or normal.", "process", "deniable"},
      {"target", "compose: the real image.", "image"},
      {"other", "compose: the fake image (deniable) or the decoy, any natural image (normal).", "image"},
      {"part0-keys", "compose, deniable: model keys of part 0, one per ensemble member (k0[,k0b,...]).", "keys"},
      {"part1-keys", "compose, deniable: model keys of part 1, as many as part 0.", "keys"},
      {"keys", "compose, normal: the keys of your model (k[,kb,...]).", "keys"},
      {"pad", "compose: your guide pad; its next entry is erased and used.", "pad"},
      {{"o", "output"}, "compose: the query file to write (.ledq).", "query"},
      {"answer-key-out", "compose: where to keep the query's answer key (.ledak), to read the answer.", "file"},
      {"guide-key-out", "compose: also keep the true guide key (.ledgk). Demos only: it defeats deniability.", "file"},
      {"query", "open: the query file.", "query"},
      {"guide-key", "open: a guide key file (.ledgk), honest or fake.", "file"},
      {"model-keys", "open: the model keys revealed for the part, one per ensemble member.", "keys"},
      {"answer", "open, read: the cloud's answer (.ledans).", "file"},
      {"answer-key", "open, read: the answer key (.ledak).", "file"},
      {"image-out", "open: write the decrypted image here.", "image"},
      {"guide-out", "open: write the opened guide here.", "image"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led query compose | open | read: compose a deniable query, open it with revealed keys, read the answer.", args,
                      exitCode))
    return exitCode;
  return guarded([&] {
    const QStringList what = parser.positionalArguments();
    if (what == QStringList{"compose"}) return compose(parser);
    if (what == QStringList{"open"}) return open(parser);
    if (what == QStringList{"read"}) return read(parser);
    usageError("the command is 'led query compose', 'led query open' or 'led query read'");
  });
}

}  // namespace led::cli
