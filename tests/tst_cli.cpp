// The `led` tool as a script would use it: exit codes, JSON, folders round-tripped exactly.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"
#include "app/command/Roff.h"
#include "app/led/UserCommands.h"
#include "core/user/imageio/ImageFile.h"
#include "core/shared/learn/Classifier.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/project/AuditFolder.h"
#include "core/user/project/ProjectFile.h"
#include "core/user/project/SessionFolder.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

struct Run {
  int code = -1;
  QByteArray out;
  QByteArray err;
  QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runProgram(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  p.waitForFinished(120000);
  return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

Run runLed(const QStringList& args) { return runProgram(LED_CLI_PATH, args); }
Run runCloud(const QStringList& args) { return runProgram(LED_CLOUD_PATH, args); }

// A copy of `from` with the byte at `offset` flipped.
bool damagedCopy(const QString& from, const QString& to, qint64 offset) {
  QFile file(to);
  if (!QFile::copy(from, to) || !file.open(QIODevice::ReadWrite) || !file.seek(offset)) return false;
  const char flipped = char(~file.read(1).at(0));
  return file.seek(offset) && file.write(&flipped, 1) == 1;
}

}  // namespace

class TestCli : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  OsRandom os_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  // The manual page and the shell completion are written from the registry: every command of led's is
  // in both (led-learn, which holds them all, answers for led), with options a LibTorch command has.
  void manualAndCompletionFollowTheRegistry() {
    const Run manual = runLed({"--manual", LED_CLI_MD});
    const Run bash = runLed({"--completion", "bash"});
    const Run zsh = runLed({"--completion", "zsh"});
    QCOMPARE(manual.code, 0);
    QCOMPARE(bash.code, 0);
    QCOMPARE(zsh.code, 0);
    const cli::Program program = cli::userProgram();
    QVERIFY(program.commands.size() > 30);
    for (const cli::CommandInfo& command : program.commands) {
      std::string words;
      for (const std::string& word : command.path) words += (words.empty() ? "" : " ") + word;
      const QByteArray heading = ".SS \"" + QByteArray::fromStdString(cli::roffText("led " + words)) + "\"";
      const QByteArray entry = "\"" + QByteArray::fromStdString(words) + "\")";
      QVERIFY2(manual.out.contains(heading), heading.constData());
      QVERIFY2(bash.out.contains(entry), entry.constData());
      QVERIFY2(zsh.out.contains(entry), entry.constData());
    }
    QVERIFY(manual.out.contains("\\fB\\-\\-answer\\-key\\-out\\fR"));
    QVERIFY(manual.out.contains("\\fB\\-\\-epochs\\fR"));  // led train's, from LibTorch's side
    QVERIFY(manual.out.contains(".SH EXAMPLES") && manual.out.contains("led query compose \\-\\-kit"));
    QVERIFY(bash.out.contains("complete -o filenames -F _led led"));
    const Run cloud = runCloud({"--manual"});
    QCOMPARE(cloud.code, 0);
    QVERIFY(cloud.out.contains(".SS \"led\\-cloud serve\""));
    QCOMPARE(runLed({"--completion", "fish"}).code, 2);
  }

  // Without --target and --other (or an image), the window's photographs, as its pages start with them.
  void theDemoCloudStartsFromTheWindowsPhotos() {
    const Run demo = runLed({"demo", "cloud", "-o", path("demo-defaults"), "--json"});
    QVERIFY2(demo.code == 0, demo.err.constData());
    const QJsonArray photos = demo.json()["photos"].toArray();
    QVERIFY(photos.at(0).toString().endsWith("/dog.jpg") && photos.at(1).toString().endsWith("/cat.png"));
    QVERIFY(QFile::exists(path("demo-defaults/part1-1.ledmodel")));
    const Run trace = runLed({"trace", "--scheme", "etc", "-o", path("dog-steps"), "--json"});  // the Scramble page's start
    QVERIFY2(trace.code == 0, trace.err.constData());
    QVERIFY(QDir(path("dog-steps")).entryList({"*.png"}).size() >= 3);
  }

  void helpAndUsage() {
    QCOMPARE(runLed({"--help"}).code, 0);
    QVERIFY(runLed({"--help"}).out.contains("keygen"));
    QCOMPARE(runLed({}).code, 2);
    const Run unknown = runLed({"frobnicate"});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains("unknown command"));
    QCOMPARE(runLed({"keygen", "--help"}).code, 0);
    QCOMPARE(runLed({"keygen", "--size", "32x32x3"}).code, 2);  // no --output
    QCOMPARE(runLed({"keygen", "--scheme", "aes", "--size", "32x32x3", "-o", path("x")}).code, 2);
  }

  void keygenInfoJson() {
    const Run made = runLed({"keygen", "--scheme", "ele", "--size", "32x32x3", "-o", path("k.ledkey"), "--json"});
    QCOMPARE(made.code, 0);
    const QJsonObject key = made.json();
    QCOMPARE(key["scheme"].toString(), QString("ele"));
    QCOMPARE(key["seeded"].toBool(), false);
    const Run info = runLed({"info", path("k.ledkey"), "--json"});
    QCOMPARE(info.code, 0);
    QCOMPARE(info.json()["fingerprint"], key["fingerprint"]);
    QCOMPARE(info.json()["image"].toObject()["width"].toInt(), 32);
  }

  void infoReadsProjects() {
    Project project;
    project.set("scramble.image", "sample:dog");
    project.set("train.epochs", "7");
    writeProjectFile(path("p.ledproj").toStdString(), project);
    const Run info = runLed({"info", path("p.ledproj"), "--json"});
    QCOMPARE(info.code, 0);
    QCOMPARE(info.json()["kind"].toString(), QString("project"));
    QCOMPARE(info.json()["entries"].toObject()["train.epochs"].toString(), QString("7"));
    const Run text = runLed({"info", path("p.ledproj")});
    QVERIFY(text.out.contains("scramble.image = sample:dog"));
    QFile file(path("p.ledproj"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() - 5);
    file.close();
    const Run damaged = runLed({"info", path("p.ledproj")});
    QCOMPARE(damaged.code, 1);
    QVERIFY(damaged.err.contains("p.ledproj"));
    QCOMPARE(damaged.err.count('\n'), 1);
  }

  // led info reads what a project keeps beside it (the cloud session, the audit) without LibTorch, and
  // names a damaged file there.
  void infoReadsAProjectsSessionAndAudit() {
    StreamRandom random(40);
    const ImageShape shape{16, 16, 3};
    KeptSession session;
    Dataset named;
    named.name = "photos";
    named.shape = shape;
    named.classNames = {"cat", "dog"};
    std::vector<Classifier> models;
    for (int set = 0; set < 2; ++set) {
      session.keys[std::size_t(set)].push_back(generateKey({SchemeParams::defaults(SchemeId::Le), shape}, random));
      models.emplace_back(modelInfoFor("baseline", named, session.keys[std::size_t(set)].back()), 1);
    }
    session.pads.emplace_back("user-16-pad.ledpad", GuidePad::generate(16, 4, os_));
    session.pads.emplace_back("cloud-16-pad.ledpad", session.pads.front().second);
    session.log = {"a line"};
    writeSessionFolder(path("p-cloud").toStdString(), session,
                       [&](int set, int, const std::string& file) { models[std::size_t(set)].save(file); });
    KeptAudit audit{{}, "dog"};
    audit.audit.params = SchemeParams::defaults(SchemeId::Etc);
    audit.audit.plain = test::gradientImage({32, 32, 3});
    writeAuditFolder(path("p-audit").toStdString(), audit);
    Project project;
    project.set("query.session", path("p-cloud").toStdString());
    project.set("evaluate.audit.folder", path("p-audit").toStdString());
    writeProjectFile(path("p.ledproj").toStdString(), project);

    const Run info = runLed({"info", path("p.ledproj"), "--json"});
    QCOMPARE(info.code, 0);
    const QJsonObject kept = info.json()["session"].toObject();
    QCOMPARE(kept["kind"].toString(), QString("cloud session"));
    QCOMPARE(kept["members"].toInt(), 1);
    QCOMPARE(kept["model_keys"].toArray()[1].toString(), QString::fromStdString(session.keys[1][0].shortFingerprint()));
    QCOMPARE(kept["pads"].toArray()[0].toObject()["entries_left"].toInt(), 4);
    QCOMPARE(info.json()["audit"].toObject()["scheme"].toString(), QString::fromStdString(audit.audit.params.text()));
    QCOMPARE(runLed({"info", path("p-cloud"), "--json"}).json()["log_lines"].toInt(), 1);
    QVERIFY(runLed({"info", path("p.ledproj")}).out.contains("cloud session"));
    QFile model(path("p-cloud/part1-model0.ledmodel"));
    QVERIFY(model.open(QIODevice::ReadWrite));
    model.resize(model.size() - 10);
    model.close();
    const Run damaged = runLed({"info", path("p.ledproj")});
    QCOMPARE(damaged.code, 1);
    QVERIFY2(damaged.err.contains("part1-model0.ledmodel"), damaged.err.constData());
  }

  void seededKeyIsMarkedAndReproducible() {
    const Run a = runLed({"keygen", "--seed", "7", "--size", "8x8x1", "-o", path("s1.ledkey"), "--json"});
    const Run b = runLed({"keygen", "--seed", "7", "--size", "8x8x1", "-o", path("s2.ledkey"), "--json"});
    QCOMPARE(a.code, 0);
    QVERIFY(a.err.contains("seeded demo key"));
    QCOMPARE(a.json()["fingerprint"], b.json()["fingerprint"]);
    QCOMPARE(a.json()["seeded"].toBool(), true);
  }

  void folderRoundTripIsExact() {
    // A folder with a sub-folder and a non-image file, for every exact scheme.
    QDir(dir_.path()).mkpath("plain/sub");
    const ImageShape shape{20, 30, 3};
    for (int i = 0; i < 4; ++i)
      writeImage(path(QString(i < 2 ? "plain/%1.png" : "plain/sub/%1.bmp").arg(i)).toStdString(),
                 test::randomImage(shape, std::uint64_t(i)));
    QFile notes(path("plain/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    for (const QString scheme : {"le", "ele", "etc", "pe", "rmt"}) {
      const QString key = path(scheme + ".ledkey"), enc = path("enc-" + scheme), dec = path("dec-" + scheme);
      QStringList keygen{"keygen", "--scheme", scheme, "--size", "30x20x3", "-o", key};
      if (scheme == "rmt")
        keygen << "--noise"
               << "0";
      QCOMPARE(runLed(keygen).code, 0);
      const Run encrypted = runLed({"encrypt", "-k", key, path("plain"), "-o", enc, "--json"});
      QCOMPARE(encrypted.code, 0);
      QCOMPARE(encrypted.json()["count"].toInt(), 4);
      QCOMPARE(runLed({"decrypt", "-k", key, enc, "-o", dec}).code, 0);
      for (int i = 0; i < 4; ++i) {
        const QString rel = QString(i < 2 ? "%1" : "sub/%1").arg(i);
        const Image original = readImage(path("plain/" + rel + (i < 2 ? ".png" : ".bmp")).toStdString());
        const Image back = readImage(QDir(dec).filePath(rel + ".png").toStdString());
        QVERIFY2(back.data == original.data, qPrintable(scheme + " " + rel));
        if (scheme != "rmt") QVERIFY(readImage(QDir(enc).filePath(rel + ".png").toStdString()).data != original.data);
      }
    }
  }

  void badInputsGiveOneSentenceAndExitOne() {
    writeImage(path("img.png").toStdString(), test::randomImage({16, 16, 3}, 1));
    QCOMPARE(runLed({"keygen", "--size", "16x16x3", "-o", path("le.ledkey")}).code, 0);
    // Corrupted key.
    QVERIFY(damagedCopy(path("le.ledkey"), path("bad.ledkey"), 40));
    Run r = runLed({"encrypt", "-k", path("bad.ledkey"), path("img.png"), "-o", path("o.png")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("damaged"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    // Key for another image size.
    QCOMPARE(runLed({"keygen", "--size", "32x32x3", "-o", path("big.ledkey")}).code, 0);
    r = runLed({"encrypt", "-k", path("big.ledkey"), path("img.png"), "-o", path("o.png")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("32x32x3"));
    // A lossy output format would destroy the ciphertext.
    r = runLed({"encrypt", "-k", path("le.ledkey"), path("img.png"), "-o", path("o.jpg")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("lossy"));
    // A .ledc made with another scheme.
    QCOMPARE(runLed({"keygen", "--scheme", "etc", "--size", "16x16x3", "-o", path("etc.ledkey")}).code, 0);
    QCOMPARE(runLed({"encrypt", "-k", path("etc.ledkey"), path("img.png"), "-o", path("etc.ledc")}).code, 0);
    r = runLed({"decrypt", "-k", path("le.ledkey"), path("etc.ledc"), "-o", path("back.png")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("was encrypted with etc"), r.err.constData());
    // Truncated image.
    QFile img(path("img.png"));
    QVERIFY(img.open(QIODevice::ReadOnly));
    const QByteArray half = img.readAll().left(200);
    QFile cut(path("cut.png"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(half);
    cut.close();
    r = runLed({"encrypt", "-k", path("le.ledkey"), path("cut.png"), "-o", path("o.png")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("truncated"));
    QVERIFY(!QFile::exists(path("o.png")));
  }

  // Every command that holds a key reads it first, the same way: one sentence, exit 1, nothing written.
  void everyKeyCommandRefusesADamagedKeyAlike() {
    writeImage(path("kc.png").toStdString(), test::randomImage({28, 28, 1}, 2));
    QCOMPARE(runLed({"keygen", "--size", "28x28x1", "-o", path("kc.ledkey")}).code, 0);
    QVERIFY(damagedCopy(path("kc.ledkey"), path("kc-bad.ledkey"), 48));
    const QString key = path("kc-bad.ledkey"), out = path("kc-out");
    const QList<QStringList> commands{{"encrypt", path("kc.png"), "-o", out},
                                      {"decrypt", path("kc.png"), "-o", out},
                                      {"trace", path("kc.png"), "-o", out},
                                      {"attack", "cpa"},
                                      {"dataset", "encrypt", "-o", out, "--limit-train", "10", "--limit-test", "10"},
                                      {"train", "-o", out, "--limit-train", "10", "--limit-test", "10", "--epochs", "1"},
                                      {"predict", path("kc.png"), "-m", path("nowhere.ledmodel")}};
    for (QStringList args : commands) {
      args << "-k" << key;
      const Run r = runLed(args);
      QVERIFY2(r.code == 1 && r.err.contains("damaged") && r.err.count('\n') == 1, qPrintable(args.join(' ') + ": " + r.err));
      QVERIFY2(!QFileInfo::exists(out), qPrintable(args.join(' ')));
    }
  }

  // The text a person reads is made from the value --json prints: what one says, the other says.
  void textAndJsonAreOneResult() {
    const QStringList test{"deniability", "test", "--keys", "50", "--seed", "4"};
    const Run json = runLed(test + QStringList{"--json"}), text = runLed(test);
    QCOMPARE(json.code, 0);
    QCOMPARE(text.code, 0);
    QVERIFY(!text.out.startsWith('{'));
    QVERIFY2(text.out.contains(json.json()["verdict"].toString().toUtf8()), text.out.constData());
    for (const auto& row : json.json()["rows"].toArray()) {
      const QJsonObject r = row.toObject();
      QVERIFY(
          text.out.contains(QString("| %1 | %2 |").arg(r["statistic"].toString()).arg(r["ks_distance"].toDouble(), 0, 'f', 4).toUtf8()));
    }
    const Run made = runLed({"keygen", "--size", "8x8x1", "-o", path("t.ledkey"), "--json"});
    const Run shown = runLed({"info", path("t.ledkey")});
    QVERIFY(shown.out.contains(("fingerprint     : " + made.json()["fingerprint"].toString()).toUtf8()));
    // A failed attack is a result too: printed whole, then exit 1.
    QCOMPARE(runLed({"keygen", "--scheme", "ele", "--size", "16x16x3", "-o", path("cpa-ele.ledkey")}).code, 0);
    const Run failed = runLed({"attack", "cpa", "-k", path("cpa-ele.ledkey"), "--json"});
    QCOMPARE(failed.code, 1);
    QCOMPARE(failed.json()["recovered"].toBool(true), false);
    QVERIFY(runLed({"attack", "cpa", "-k", path("cpa-ele.ledkey")}).out.startsWith("attack failed"));
  }

  void traceWritesEveryStep() {
    const Run r =
        runLed({"trace", LED_SAMPLES_DIR "/cat.png", "--scheme", "etc", "--block", "16", "--seed", "1", "-o", path("trace"), "--json"});
    QCOMPARE(r.code, 0);
    const QJsonArray steps = r.json()["steps"].toArray();
    QCOMPARE(steps.size(), 5);
    for (const auto& s : steps) QVERIFY(QFile::exists(s.toObject()["file"].toString()));
  }

  // The two parties: the user exports an encrypted dataset, the cloud trains on it without the key, the
  // user predicts with the model and the key.
  void exportTrainOnTheCloudPredict() {
    QCOMPARE(runLed({"keygen", "--scheme", "le", "--size", "28x28x1", "-o", path("cloud.ledkey")}).code, 0);
    const Run exported = runLed({"dataset", "encrypt", "-k", path("cloud.ledkey"), "-o", path("cloud-data"), "--copies", "2",
                                 "--limit-train", "600", "--limit-test", "200", "--shard-size", "200", "--json"});
    QCOMPARE(exported.code, 0);
    QCOMPARE(exported.json()["shards"].toInt(), 7);
    const Run info = runLed({"info", path("cloud-data"), "--json"});
    QCOMPARE(info.json()["kind"].toString(), QString("encrypted dataset"));
    QCOMPARE(info.json()["key_fingerprint"].toString(), runLed({"info", path("cloud.ledkey"), "--json"}).json()["fingerprint"].toString());
    const Run trained =
        runCloud({"train", "--data", path("cloud-data"), "--epochs", "1", "--batch", "32", "-o", path("cloud.ledmodel"), "--json"});
    QVERIFY2(trained.code == 0, trained.err.constData());
    QCOMPARE(trained.json()["models"].toArray().size(), 1);
    const Run predicted =
        runLed({"predict", "-m", path("cloud.ledmodel"), "-k", path("cloud.ledkey"), LED_SAMPLES_DIR "/dog.jpg", "--json"});
    QVERIFY2(predicted.code == 0, predicted.err.constData());
    QCOMPARE(predicted.json()["predictions"].toArray()[0].toObject()["top"].toArray().size(), 3);
    QCOMPARE(runLed({"dataset", "encrypt", "-o", path("nokey")}).code, 2);
    QFile shard(path("cloud-data/train-c000-s001.npy"));
    QVERIFY(shard.open(QIODevice::ReadWrite));
    shard.seek(200);  // an image byte, flipped: any value written in place could be the one there
    const char flipped = char(~shard.read(1).at(0));
    shard.seek(200);
    shard.write(&flipped, 1);
    shard.close();
    const Run damaged = runCloud({"train", "--data", path("cloud-data"), "--epochs", "1", "-o", path("x.ledmodel")});
    QCOMPARE(damaged.code, 1);
    QVERIFY2(damaged.err.contains("train-c000-s001.npy"), damaged.err.constData());
  }

  void trainPredictEvaluateOnATinySubset() {
    QCOMPARE(runLed({"keygen", "--scheme", "le", "--size", "28x28x1", "-o", path("fm.ledkey")}).code, 0);
    const Run trained = runLed({"train", "--key", path("fm.ledkey"), "--epochs", "2", "--batch", "32", "--limit-train", "1000",
                                "--limit-test", "200", "--seed", "1", "-o", path("fm.ledmodel"), "--json"});
    QCOMPARE(trained.code, 0);
    QCOMPARE(trained.json()["history"].toArray().size(), 2);
    QVERIFY2(trained.err.contains("epoch 2/2"), trained.err.constData());  // progress leaves stdout to the JSON
    QVERIFY(trained.json()["test_accuracy"].toDouble() > 0.3);
    const Run info = runLed({"info", path("fm.ledmodel"), "--json"});
    QCOMPARE(info.code, 0);
    QCOMPARE(info.json()["kind"].toString(), QString("model"));
    QCOMPARE(info.json()["key_fingerprint"].toString(), runLed({"info", path("fm.ledkey"), "--json"}).json()["fingerprint"].toString());
    // Predict the cat photo: three labels with probabilities that sum to at most 1.
    const Run predicted = runLed({"predict", "-m", path("fm.ledmodel"), "-k", path("fm.ledkey"), LED_SAMPLES_DIR "/cat.png", "--json"});
    QCOMPARE(predicted.code, 0);
    const QJsonArray top = predicted.json()["predictions"].toArray()[0].toObject()["top"].toArray();
    QCOMPARE(top.size(), 3);
    double total = 0;
    for (const auto& t : top) total += t.toObject()["probability"].toDouble();
    QVERIFY(total > 0 && total <= 1.0001);
    QVERIFY(top[0].toObject()["probability"].toDouble() >= top[1].toObject()["probability"].toDouble());
    // The cat is a colour photo and the model knows gray clothes: the answer says so, and names what the model knows.
    const QJsonObject cat = predicted.json()["predictions"].toArray()[0].toObject();
    QVERIFY(cat["colour_dropped"].toBool());
    QCOMPARE(cat["unsure"].toBool(), top[0].toObject()["probability"].toDouble() < 0.9);
    QCOMPARE(predicted.json()["classes"].toArray().size(), 10);
    // Without the key, or with a key file given as the model: one sentence, exit 1.
    Run r = runLed({"predict", "-m", path("fm.ledmodel"), LED_SAMPLES_DIR "/cat.png"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("give that key"));
    r = runLed({"predict", "-m", path("fm.ledkey"), LED_SAMPLES_DIR "/cat.png"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("not an LED Studio model"));
    r = runLed({"train", "--dataset", "cifar10:" + path("nowhere"), "-o", path("x.ledmodel")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("not a cifar-10-batches-bin folder"));
    // Table 1 and Fig. 7 on a tiny subset.
    const Run table = runLed({"evaluate", "table1", "--models", "2", "--epochs", "1", "--limit-train", "500", "--limit-test", "100",
                              "--out-dir", path("t1"), "--json"});
    QCOMPARE(table.code, 0);
    QCOMPARE(table.json()["rows"].toArray().size(), 4);
    QCOMPARE(table.json()["ensemble_sum"].toArray().size(), 2);
    for (const char* file : {"table1.csv", "table1.md", "models.csv", "models.png", "le-2.ledkey"})
      QVERIFY(QFile::exists(path("t1/") + file));
    QVERIFY(readImage(path("t1/models.png").toStdString()).width() > 100);
    // A second run reuses the models it finds.
    QVERIFY(runLed({"evaluate", "models", "--out-dir", path("t1"), "--limit-test", "100"}).out.startsWith("models,sum,vote"));
    // Visual privacy and mis-usability of the two le models against the plain one.
    const Run misuse = runLed({"evaluate", "misuse", "--out-dir", path("t1"), "--limit-test", "200", "--json"});
    QCOMPARE(misuse.code, 0);
    QCOMPARE(misuse.json()["models"].toArray().size(), 2);
    for (const auto& row : misuse.json()["models"].toArray()) {
      QVERIFY(row.toObject()["visual_privacy"].toDouble() > 0.5);
      QVERIFY(row.toObject()["misusability"].toDouble() < 0.5);
    }
    QCOMPARE(runLed({"evaluate", "misuse", "--out-dir", path("nowhere")}).code, 1);
    QCOMPARE(runLed({"train", "--weight-decay", "-1", "-o", path("wd.ledmodel")}).code, 2);
    QCOMPARE(runLed({"train", "--pixel-noise", "65", "-o", path("noise.ledmodel")}).code, 2);
    QCOMPARE(runLed({"evaluate", "table1", "--pixel-noise", "x", "--out-dir", path("t2")}).code, 2);
  }

  void deniabilityTestSeparatesTheConstructions() {
    const Run uniform = runLed({"deniability", "test", "--mode", "uniform", "--keys", "300", "--seed", "2", "--json"});
    QCOMPARE(uniform.code, 0);
    QCOMPARE(uniform.json()["rows"].toArray().size(), 4);
    QVERIFY(uniform.json()["indistinguishable"].toBool());
    const Run paper = runLed({"deniability", "test", "--mode", "paper", "--keys", "300", "--seed", "2", "--json"});
    QVERIFY(!paper.json()["indistinguishable"].toBool());
    QCOMPARE(runLed({"deniability", "test", "--mode", "clever"}).code, 2);
    const Run pad = runLed({"pad", "new", "--entries", "5", "-o", path("user.ledpad"), "--json"});
    QCOMPARE(pad.code, 0);
    QCOMPARE(pad.json()["entries"].toInt(), 5);
    QVERIFY(QFile::exists(path("user.ledpad")));
  }

  void deniableQueryRoundTripFromTheShell() {
    for (const char* k : {"k0", "k1"}) {
      QCOMPARE(runLed({"keygen", "--scheme", "le", "--size", "28x28x1", "-o", path(QString(k) + ".ledkey")}).code, 0);
      QCOMPARE(runLed({"train", "--key", path(QString(k) + ".ledkey"), "--epochs", "1", "--batch", "32", "--limit-train", "300",
                       "--limit-test", "50", "--seed", "1", "-o", path(QString(k) + ".ledmodel")})
                   .code,
               0);
    }
    QCOMPARE(runLed({"pad", "new", "--entries", "3", "-o", path("user.ledpad")}).code, 0);
    QVERIFY(QFile::copy(path("user.ledpad"), path("cloud.ledpad")));
    const QString dog = LED_SAMPLES_DIR "/dog.jpg", cat = LED_SAMPLES_DIR "/cat.png";
    const Run composed = runLed({"query", "compose", "--target", dog, "--other", cat, "--part0-keys", path("k0.ledkey"), "--part1-keys",
                                 path("k1.ledkey"), "--pad", path("user.ledpad"), "-o", path("q.ledq"), "--answer-key-out", path("q.ledak"),
                                 "--guide-key-out", path("true.ledgk"), "--json"});
    QCOMPARE(composed.code, 0);
    QVERIFY(composed.err.contains("Demos only"));
    const int b = composed.json()["coin"].toInt();
    const QString kb = path(b == 0 ? "k0" : "k1"), kf = path(b == 0 ? "k1" : "k0");
    const Run answered =
        runCloud({"answer", "--query", path("q.ledq"), "--pad", path("cloud.ledpad"), "--part0-models", path("k0.ledmodel"),
                  "--part1-models", path("k1.ledmodel"), "-o", path("q.ledans"), "--log", path("cloud.log"), "--json"});
    QCOMPARE(answered.code, 0);
    QFile log(path("cloud.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    QCOMPARE(logText.count('\n'), 1);
    QVERIFY(!logText.contains("triangle") && !logText.contains("square") && !logText.contains("part"));

    const auto topLabel = [&](const QString& image, const QString& key) {
      return runLed({"predict", "-m", key + ".ledmodel", "-k", key + ".ledkey", image, "--json"})
          .json()["predictions"]
          .toArray()[0]
          .toObject()["top"]
          .toArray()[0]
          .toObject()["label"]
          .toString();
    };
    const Run honest =
        runLed({"query", "open", "--query", path("q.ledq"), "--guide-key", path("true.ledgk"), "--model-keys", kb + ".ledkey", "--answer",
                path("q.ledans"), "--answer-key", path("q.ledak"), "--image-out", path("true.png"), "--json"});
    QCOMPARE(honest.code, 0);
    QCOMPARE(honest.json()["guide"].toString(), QString(b == 0 ? "triangle" : "square"));
    QCOMPARE(honest.json()["part"].toInt(), b);
    QCOMPARE(honest.json()["answer"].toObject()["label"].toString(), topLabel(dog, kb));

    const QString claim = b == 0 ? "square" : "triangle";
    QCOMPARE(runLed({"fake-key", "--query", path("q.ledq"), "--claim", claim, "-o", path("fake.ledgk")}).code, 0);
    const Run lie = runLed({"query", "open", "--query", path("q.ledq"), "--guide-key", path("fake.ledgk"), "--model-keys", kf + ".ledkey",
                            "--answer", path("q.ledans"), "--answer-key", path("q.ledak"), "--image-out", path("fake.png"), "--json"});
    QCOMPARE(lie.code, 0);
    QCOMPARE(lie.json()["guide"].toString(), claim);
    QCOMPARE(lie.json()["part"].toInt(), 1 - b);
    QCOMPARE(lie.json()["answer"].toObject()["label"].toString(), topLabel(cat, kf));
    QVERIFY(readImage(path("true.png").toStdString()).data != readImage(path("fake.png").toStdString()).data);
    const Run both = runLed({"query", "read", "--answer", path("q.ledans"), "--answer-key", path("q.ledak"), "--json"});
    QCOMPARE(both.json()["parts"].toArray().size(), 2);
    // led info knows every file of the round.
    const QStringList files{"q.ledq", "cloud.ledpad", "q.ledans", "q.ledak", "true.ledgk"};
    const QStringList kinds{"query", "guide pad", "answer", "answer key", "guide key"};
    for (int i = 0; i < files.size(); ++i) {
      const Run info = runLed({"info", path(files[i]), "--json"});
      QCOMPARE(info.code, 0);
      QCOMPARE(info.json()["kind"].toString(), kinds[i]);
      const Run text = runLed({"info", path(files[i])});  // as a person reads it: never an abort
      QVERIFY2(text.code == 0 && text.out.contains(kinds[i].toUtf8()), (files[i] + ": " + text.err).toUtf8().constData());
    }
    QCOMPARE(runLed({"info", path("q.ledq"), "--json"}).json()["members"].toInt(), 1);

    // Used pad entries, wrong keys and damaged files: one sentence, exit 1.
    Run r = runCloud({"answer", "--query", path("q.ledq"), "--pad", path("cloud.ledpad"), "--part0-models", path("k0.ledmodel"),
                      "--part1-models", path("k1.ledmodel"), "-o", path("again.ledans")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("never used twice"));
    QCOMPARE(runLed({"keygen", "--scheme", "le", "--size", "32x32x3", "-o", path("big.ledkey")}).code, 0);
    r = runLed({"query", "open", "--query", path("q.ledq"), "--guide-key", path("fake.ledgk"), "--model-keys", path("big.ledkey")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("32x32x3"));
    test::writeBytes(path("cut.ledq"), {'L', 'E', 'D', 'Q'});
    r = runCloud(
        {"answer", "--query", path("cut.ledq"), "--pad", path("cloud.ledpad"), "--models", path("k0.ledmodel"), "-o", path("x.ledans")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(runLed({"query", "compose", "--process", "maybe"}).code, 2);
  }

  void attacksAndPrivacyFromTheShell() {
    QCOMPARE(runLed({"keygen", "--scheme", "le", "--size", "32x32x3", "-o", path("cpa-le.ledkey")}).code, 0);
    QCOMPARE(runLed({"keygen", "--scheme", "ele", "--size", "32x32x3", "-o", path("cpa-ele.ledkey")}).code, 0);
    Run r =
        runLed({"attack", "cpa", "--key", path("cpa-le.ledkey"), "--image", LED_SAMPLES_DIR "/cat.png", "-o", path("cpa.png"), "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json()["exact"].toBool());
    QCOMPARE(r.json()["queries"].toInt(), 96);
    QCOMPARE(r.json()["psnr_of_attackers_decryption"].toString(), QString("inf"));
    r = runLed({"attack", "cpa", "--key", path("cpa-ele.ledkey"), "--json"});
    QCOMPARE(r.code, 1);
    QVERIFY(!r.json()["recovered"].toBool());
    r = runLed({"attack", "jigsaw", LED_SAMPLES_DIR "/cat.png", "--size", "256x256x3", "--block", "16", "-o", path("jig.png"), "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["pieces"].toInt(), 256);
    QVERIFY(r.json()["seconds"].toDouble() < 60);
    QCOMPARE(readImage(path("jig.png").toStdString()).width(), 256);
    r = runLed({"evaluate", "privacy", LED_SAMPLES_DIR "/dog.jpg", "--size", "64x64x3", "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["schemes"].toArray().size(), 6);
    for (const auto& row : r.json()["schemes"].toArray()) QVERIFY(row.toObject()["ssim"].toDouble() < 0.5);
    r = runLed({"evaluate", "privacy", "--dataset", "fashion-mnist", "--limit", "50", "--blocks", "2,7", "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["images"].toInt(), 50);
    QCOMPARE(r.json()["schemes"].toArray().size(), 11);  // five block schemes at two sizes, pe at 1
    QCOMPARE(r.json()["schemes"].toArray()[1].toObject()["block"].toInt(), 7);
    QCOMPARE(runLed({"evaluate", "privacy", "--dataset", "fashion-mnist", "--blocks", "2.5"}).code, 2);
    QCOMPARE(runLed({"evaluate", "privacy"}).code, 2);
    const Run quality = runLed({"evaluate", "jpeg", LED_SAMPLES_DIR "/cat.png", "--qualities", "50,high"});
    QVERIFY(quality.code != 0);
    QVERIFY2(quality.err.contains("--qualities"), quality.err.constData());
    r = runLed({"attack", "jigsaw", LED_SAMPLES_DIR "/cat.png", "--size", "128x128x3", "--block", "16", "--etc", "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json()["turned_and_negated"].toBool());
    QVERIFY(r.json()["direct"].toDouble() >= 0 && r.json()["direct"].toDouble() <= 1);
    QCOMPARE(runLed({"attack", "sideways"}).code, 2);
  }

  // The restoration attacks: fr on one image in led itself; itn, gan and the table in led-learn, with
  // their measures as JSON, CSV and a picture grid.
  void restorationAttacksFromTheShell() {
    Run r = runLed({"attack", "fr", LED_SAMPLES_DIR "/dog.jpg", "--size", "64x64x3", "--scheme", "pe", "-o", path("fr.png"), "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json()["advanced"].toObject()["ssim"].toDouble() > r.json()["ciphertext"].toObject()["ssim"].toDouble());
    QCOMPARE(r.json()["threshold_ssim"].toDouble(), 0.5);
    QCOMPARE(readImage(path("fr.png").toStdString()).width(), 64);
    r = runLed({"attack", "itn", "--scheme", "le", "--public", "300", "--victims", "40", "--epochs", "1", "--seed", "2", "--grid",
                path("itn.png"), "--json"});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = r.json()["rows"].toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject()["attack"].toString(), QString("ciphertext"));
    QCOMPARE(rows[1].toObject()["attack"].toString(), QString("itn"));
    QCOMPARE(rows[1].toObject()["images"].toInt(), 40);
    QVERIFY(readImage(path("itn.png").toStdString()).height() > 56);
    r = runLed({"attack", "table", "--schemes", "pe,le", "--attacks", "fr", "--victims", "30", "--csv", path("table.csv"), "--grid",
                path("table.png")});
    QCOMPARE(r.code, 0);
    QFile csv(path("table.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts).size(), 1 + 2 * 2);
    QCOMPARE(runLed({"attack", "table", "--attacks", "fr,magic"}).code, 2);
    QCOMPARE(runLed({"attack", "itn", "--victims", "0"}).code, 2);
    r = runLed({"attack", "gan", "--victims", "20000"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("10000") && r.err.contains("20000"), r.err.constData());
  }

  void reportWritesOneSelfContainedHtmlFile() {
    Run r = runLed({"report", LED_SAMPLES_DIR "/dog.jpg", "--scheme", "le", "--size", "64x64x3", "-o", path("report.html"), "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["attacks"].toArray().size(), 4);
    QVERIFY(r.json()["attacks"].toArray()[0].toObject()["succeeded"].toBool());
    QCOMPARE(r.json()["attacks"].toArray()[3].toObject()["name"].toString(), QString("feature reconstruction (FR)"));
    QFile html(path("report.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray text = html.readAll();
    QVERIFY(text.startsWith("<!DOCTYPE html>") && text.contains("data:image/png;base64,"));
    r = runLed({"report", LED_SAMPLES_DIR "/dog.jpg", "--scheme", "rmt", "--size", "32x32x3", "-o", path("rmt.html"), "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["key_bits"].toString(), QString("inf"));
    // Every scheme as one table: a row per attack, its details ending in the verdict's measure.
    r = runLed({"report", LED_SAMPLES_DIR "/dog.jpg", "--all-schemes", "--size", "32x32x3", "--csv", path("all.csv")});
    QCOMPARE(r.code, 0);
    QFile all(path("all.csv"));
    QVERIFY(all.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(all.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 6 * 4);
    QVERIFY(rows.filter("Verdict:").size() >= 3);
    QCOMPARE(runLed({"report", LED_SAMPLES_DIR "/dog.jpg", "--all-schemes", "-o", path("x.html")}).code, 2);
    QCOMPARE(runLed({"report", LED_SAMPLES_DIR "/dog.jpg"}).code, 2);
    QCOMPARE(runLed({"report", LED_SAMPLES_DIR "/dog.jpg", "--all-schemes", "--csv", path("a.csv"), "--learned-on", "fashion-mnist"}).code,
             2);
    QCOMPARE(runLed({"report", path("report.html"), "-o", path("x.html")}).code, 1);  // not an image
  }

  void sweepWritesItsTableAndThreeCurves() {
    const Run r = runLed({"evaluate", "sweep", "--blocks", "4,7", "--noises", "0", "--epochs", "1", "--limit-train", "600", "--limit-test",
                          "200", "--seed", "3", "--target", "0", "--out-dir", path("sweep"), "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["points"].toArray().size(), 2);
    // A pick only from an examiner that learnt enough to measure privacy (halfway from chance to perfect).
    const bool informative = r.json()["examiner_accuracy_on_plain"].toDouble() >= 0.55;
    QCOMPARE(r.json()["examiner_informative"].toBool(), informative);
    QCOMPARE(r.json().contains("pick"), informative);
    const Run text = runLed({"evaluate", "sweep", "--blocks", "4", "--noises", "0", "--epochs", "1", "--limit-train", "300", "--limit-test",
                             "100", "--seed", "3", "--target", "0", "--out-dir", path("sweep3")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("no recommendation: the plain examiner scores only"), text.out.constData());  // 300 images: near chance
    QVERIFY(r.err.contains("seeded"));
    QVERIFY(QFileInfo(path("sweep/sweep.csv")).size() > 40);
    for (const char* png : {"accuracy.png", "visual-privacy.png", "misusability.png"})
      QVERIFY(readImage(path("sweep/%1").arg(png).toStdString()).width() > 100);
    QCOMPARE(runLed({"evaluate", "sweep", "--blocks", "4,x", "--out-dir", path("sweep2")}).code, 2);
    QCOMPARE(runLed({"evaluate", "sweep", "--blocks", "65", "--out-dir", path("sweep2")}).code, 1);
    QCOMPARE(runLed({"evaluate", "sweep", "--scheme", "le", "--noises", "10", "--out-dir", path("sweep2")}).code, 1);
  }

  // The cloud reads a square guide (b = 1) as fast as a triangle: medians of interleaved runs, each shape
  // first every other run. Reading the triangle first and stopping there made the square take 1.9 times as long.
  void benchQueryTimesBothGuideShapesAlike() {
    const Run r = runLed({"bench", "query", "--runs", "500", "--json"});
    QCOMPARE(r.code, 0);
    const double triangle = r.json()["read_triangle_us"].toDouble(), square = r.json()["read_square_us"].toDouble();
    QVERIFY(triangle > 0 && square > 0);
    QVERIFY2(square / triangle < 1.5 && triangle / square < 1.5,
             qPrintable(QString("triangle %1 us, square %2 us").arg(triangle).arg(square)));
    QVERIFY(r.json()["round_ms"].toDouble() > 0);
  }

  void benchTrainReportsThroughputAndPreparationShare() {
    const Run r = runLed({"bench", "train", "--steps", "3", "--batch", "32", "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json()["images_per_second"].toDouble() > 0);
    const double share = r.json()["prepare_share"].toDouble();
    QVERIFY(share > 0 && share < 1);
  }

  void benchPrintsEverySchemeAtBothShapes() {
    const Run r = runLed({"bench", "schemes", "--seconds", "0.01", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = r.json()["rows"].toArray();
    QCOMPARE(rows.size(), 12);
    for (const auto& row : rows) QVERIFY(row.toObject()["encrypt_per_second"].toDouble() > 0);
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
