// led evaluate misuse: visual privacy and model mis-usability (Sharma & Chen) of the keyed models that
// led evaluate table1 left in a folder, against its plain model.
#include <QDir>
#include <QJsonArray>

#include "cli/CliSupport.h"
#include "common/Error.h"
#include "data/DatasetSource.h"
#include "keys/KeyFile.h"
#include "learn/VisualPrivacy.h"

namespace led::cli {

int misuseCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addOptions({
      {"out-dir", "A folder of led evaluate table1: plain.ledmodel and SCHEME-N.ledmodel with SCHEME-N.ledkey.", "folder"},
      {"dataset", "The dataset the models were trained on (default fashion-mnist).", "source", "fashion-mnist"},
      {"limit-test", "Use only the first n test images.", "n", "0"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led evaluate misuse --out-dir DIR: visual privacy and model mis-usability of every keyed model in DIR.", args,
                      exitCode))
    return exitCode;
  return guarded([&] {
    if (!parser.isSet("out-dir")) usageError("--out-dir is required");
    const QDir dir(parser.value("out-dir"));
    const Classifier plain = Classifier::load(toStd(dir.filePath("plain.ledmodel")));
    const Dataset test = loadDataset(toStd(parser.value("dataset"))).test.head(std::size_t(parser.value("limit-test").toULongLong()));
    QJsonArray rows;
    if (!parser.isSet("json")) printLine("| model | examiner accuracy on ciphertexts | visual privacy | mis-usability (on plain images) |\n|---|---:|---:|---:|");
    for (const QString& file : dir.entryList({"*-*.ledmodel"}, QDir::Files, QDir::Name)) {
      const QString stem = file.chopped(QString(".ledmodel").size());
      if (!dir.exists(stem + ".ledkey")) continue;
      const Key key = readKeyFile(toStd(dir.filePath(stem + ".ledkey")));
      const PrivacyMeasures m = measurePrivacy(plain, Classifier::load(toStd(dir.filePath(file))), key, test);
      rows.append(QJsonObject{{"model", stem}, {"examiner_accuracy", m.examinerAccuracy}, {"visual_privacy", m.visualPrivacy},
                              {"misusability", m.misusability}});
      if (!parser.isSet("json"))
        printLine(QString("| %1 | %2 % | %3 | %4 % |").arg(stem).arg(100 * m.examinerAccuracy, 0, 'f', 2).arg(m.visualPrivacy, 0, 'f', 4)
                      .arg(100 * m.misusability, 0, 'f', 2));
    }
    if (rows.isEmpty()) fail(ErrorKind::InvalidArgument, toStd(dir.path()) + " holds no keyed model with its key (SCHEME-N.ledmodel and .ledkey)");
    if (parser.isSet("json")) printJson(QJsonObject{{"models", rows}, {"test_images", int(test.size())}});
    return int(kOk);
  });
}

}  // namespace led::cli
