// Bad input, format by format: every file the program reads, made valid by its own writer and then
// damaged in every way we can name (truncated at many offsets, single bytes flipped, empty, wrong
// version, and, for checksummed files, bodies altered and re-sealed so the parser itself is tried).
// Each attempt must load or throw led::Error: never another exception, a crash or a hang. The table of
// tries per format is printed (docs/hardening.md quotes it).
#include <QTemporaryDir>
#include <QDir>
#include <QProcess>
#include <QTest>
#include <sys/resource.h>
#include <functional>
#include <map>

#include "TestSupport.h"
#include "core/shared/common/AtomicFile.h"
#include "core/user/data/Cifar10.h"
#include "core/user/data/Idx.h"
#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/user/query/Compose.h"
#include "core/shared/deniable/Query.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/project/ProjectFile.h"
#include "core/user/data/FashionMnist.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/shared/crypto/Sha256.h"
#include "core/shared/modelfile/ScriptSource.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/imageio/CiphertextFile.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

struct Tally {
  int tried = 0, cleanErrors = 0, loaded = 0;
  QStringList wrong;  // anything but a load or a led::Error
};

// A checksummed envelope: magic (8), version (4), body, SHA-256 of what precedes it (32).
constexpr std::size_t kHeader = 12, kDigest = 32;

void reseal(std::vector<std::uint8_t>& bytes) {
  const auto digest = Sha256::of(bytes.data(), bytes.size() - kDigest);
  std::copy(digest.begin(), digest.end(), bytes.end() - std::ptrdiff_t(kDigest));
}

void idxFile(const QString& path, std::uint32_t magic, const std::vector<std::uint32_t>& dims, std::size_t dataBytes) {
  std::vector<std::uint8_t> bytes;
  const auto put = [&](std::uint32_t v) {
    for (int s = 24; s >= 0; s -= 8) bytes.push_back(std::uint8_t(v >> s));
  };
  put(magic);
  for (std::uint32_t d : dims) put(d);
  for (std::size_t i = 0; i < dataBytes; ++i) bytes.push_back(std::uint8_t(i * 7));
  test::writeBytes(path, bytes);
}

}  // namespace

class TestMalformed : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::map<QString, Tally> tallies_;

  QString path(const QString& name) const { return dir_.filePath(name); }

  // Writes `bytes` to `file` and reads it back with `read`; counts what happened.
  void attempt(Tally& t, const QString& file, const std::vector<std::uint8_t>& bytes, const std::function<void(const std::string&)>& read,
               bool mustFail, const QString& what) {
    test::writeBytes(file, bytes);
    ++t.tried;
    try {
      read(file.toStdString());
      ++t.loaded;
      if (mustFail) t.wrong << what + ": loaded";
    } catch (const Error& e) {
      ++t.cleanErrors;
      if (std::string(e.what()).empty()) t.wrong << what + ": an error without a sentence";
    } catch (const std::exception& e) {
      t.wrong << what + ": " + QString::fromLocal8Bit(e.what());
    }
  }

  // The damage every format gets; `sealed`: the file carries the envelope checksum, so every damaged
  // copy must be refused, and re-sealed body edits exercise the parser behind it.
  void damage(const QString& format, const QString& file, const std::function<void(const std::string&)>& read, bool sealed) {
    const std::vector<std::uint8_t> valid = readWholeFile(file.toStdString(), 1 << 28);
    read(file.toStdString());  // the valid file loads
    Tally& t = tallies_[format];
    const QString scratch = file + ".bad";
    attempt(t, scratch, {}, read, true, "empty");
    std::vector<std::size_t> cuts;
    for (std::size_t c = 1; c < std::min<std::size_t>(valid.size(), 64); ++c) cuts.push_back(c);
    for (std::size_t k = 1; k < 40; ++k) cuts.push_back(valid.size() * k / 40);
    cuts.push_back(valid.size() - 1);
    for (std::size_t c : cuts)
      attempt(t, scratch, {valid.begin(), valid.begin() + std::ptrdiff_t(c)}, read, true, QString("cut at %1").arg(c));
    StreamRandom random(std::hash<std::string>{}(format.toStdString()));
    for (int i = 0; i < 120; ++i) {
      std::vector<std::uint8_t> flipped = valid;
      const std::size_t at = std::size_t(random.below(flipped.size()));
      flipped[at] ^= std::uint8_t(1 + random.below(255));
      attempt(t, scratch, flipped, read, sealed, QString("byte %1 flipped").arg(at));
    }
    std::vector<std::uint8_t> longer = valid;
    longer.insert(longer.end(), 1000, 0xAB);
    attempt(t, scratch, longer, read, sealed, "trailing garbage");
    if (!sealed) return;
    std::vector<std::uint8_t> version = valid;
    version[8] ^= 0x7F;  // an unknown version, checksum made right
    reseal(version);
    attempt(t, scratch, version, read, true, "unknown version");
    for (int i = 0; i < 200; ++i) {
      std::vector<std::uint8_t> edited = valid;
      const std::size_t span = edited.size() - kHeader - kDigest;
      const std::size_t at = kHeader + std::size_t(random.below(std::min<std::size_t>(span, 4096)));  // the headers, where sizes live
      edited[at] = random.below(3) == 0 ? 0xFF : std::uint8_t(random.below(256));
      reseal(edited);
      attempt(t, scratch, edited, read, false, QString("body byte %1 set, re-sealed").arg(at));
    }
  }

 private slots:
  void keyFiles() {
    StreamRandom random(1);
    for (SchemeId id : allSchemes()) {
      const QString file = path(QString("k-%1.ledkey").arg(QString::fromStdString(schemeName(id))));
      writeKeyFile(file.toStdString(), generateKey({SchemeParams::defaults(id), {16, 16, 3}}, random));
      damage(
          "key (.ledkey)", file, [](const std::string& p) { readKeyFile(p); }, true);
    }
  }

  void ciphertextFiles() {
    StreamRandom random(2);
    for (SchemeId id : {SchemeId::Le, SchemeId::Rmt}) {
      const Key key = generateKey({SchemeParams::defaults(id), {16, 16, 3}}, random);
      const QString file = path("c.ledc");
      writeCiphertextFile(file.toStdString(), {key.scheme(), {16, 16, 3}, makeCipher(key)->encrypt(test::gradientImage({16, 16, 3}))});
      damage(
          "ciphertext (.ledc)", file, [](const std::string& p) { readCiphertextFile(p); }, true);
    }
  }

  void deniableFiles() {
    StreamRandom random(3);
    OsRandom os;  // a pad is never seeded
    const QString pad = path("p.ledpad");
    GuidePad::generate(16, 4, os).write(pad.toStdString());
    damage(
        "guide pad (.ledpad)", pad, [](const std::string& p) { GuidePad::read(p); }, true);
    const PadEntry entry = GuidePad::takeNext(pad.toStdString());
    const Key k = generateKey({SchemeParams::defaults(SchemeId::Le), {16, 16, 3}}, random);
    const ComposedQuery c = composeNormal(test::gradientImage({16, 16, 3}), test::randomImage({16, 16, 3}, 4), {k}, entry, random);
    const QString query = path("q.ledq"), answer = path("a.ledans"), answerKey = path("a.ledak"), guideKey = path("g.ledgk");
    writeQueryFile(query.toStdString(), c.query);
    damage(
        "query (.ledq)", query, [](const std::string& p) { readQueryFile(p); }, true);
    writeAnswerFile(answer.toStdString(),
                    sealAnswer({AnswerSlot{1, 0.5f}, AnswerSlot{2, 0.25f}}, entry, queryDigest(c.query), {"a", "b", "c"}));
    damage(
        "answer (.ledans)", answer, [](const std::string& p) { readAnswerFile(p); }, true);
    writeAnswerKeyFile(answerKey.toStdString(), {entry.index, entry.answerKey});
    damage(
        "answer key (.ledak)", answerKey, [](const std::string& p) { readAnswerKeyFile(p); }, true);
    writeGuideKeyFile(guideKey.toStdString(), {entry.index, 16, entry.key});
    damage(
        "guide key (.ledgk)", guideKey, [](const std::string& p) { readGuideKeyFile(p); }, true);
  }

  void projectFiles() {
    Project project;
    project.set("scramble.image", "/home/someone/photos/dog.png");
    project.set("scramble.key", "/home/someone/keys/dog.ledkey");
    project.set("train.epochs", "10");
    project.set("window.page", "Train");
    const QString file = path("p.ledproj");
    writeProjectFile(file.toStdString(), project);
    QCOMPARE(readProjectFile(file.toStdString()).values, project.values);
    damage(
        "project (.ledproj)", file, [](const std::string& p) { readProjectFile(p); }, true);
  }

  void modelsAndCheckpoints() {
    TrainConfig config;
    config.epochs = 1;
    config.seed = 5;
    config.threads = 1;
    config.checkpointPath = path("run.ledckpt").toStdString();
    const std::atomic<bool> never{false};
    const TrainResult r = trainOnImages(loadFashionMnist(defaultFashionMnistFolder()), std::nullopt, config, {{}, 0, 256, 64}, {}, never);
    r.model.save(path("m.ledmodel").toStdString());
    // Torch's own archive lies inside the checksummed envelope: damage is refused before torch sees it.
    // Re-sealed edits reach torch's reader, which must then fail as a led::Error too.
    const auto load = [](const std::string& p) { Classifier::load(p); };
    damage("model (.ledmodel)", path("m.ledmodel"), load, true);
    damage("checkpoint (.ledckpt)", path("run.ledckpt"), load, true);
  }

  void datasetFiles() {
    idxFile(path("images.idx"), 0x00000803, {3, 28, 28}, 3 * 28 * 28);
    damage(
        "IDX", path("images.idx"), [](const std::string& p) { readIdx(p, 3); }, false);
    idxFile(path("huge.idx"), 0x00000803, {0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF}, 16);  // claims 2^96 bytes
    Tally& t = tallies_["IDX"];
    attempt(
        t, path("huge.idx"), readWholeFile(path("huge.idx").toStdString(), 1 << 20), [](const std::string& p) { readIdx(p, 3); }, true,
        "enormous dimensions");
    std::vector<std::uint8_t> batch;
    for (int record = 0; record < 3; ++record) {
      batch.push_back(std::uint8_t(record));
      for (std::size_t i = 0; i + 1 < kCifarRecord; ++i) batch.push_back(std::uint8_t(i * 13 + record));
    }
    test::writeBytes(path("data_batch_1.bin"), batch);
    const std::vector<std::string> classes(10, "c");
    damage(
        "CIFAR-10 batch", path("data_batch_1.bin"), [&classes](const std::string& p) { readCifar10Batch(p, classes); }, false);
  }

  void images() {
    for (const char* extension : {".png", ".jpg", ".bmp"}) {
      const QString file = path(QString("i%1").arg(extension));
      test::writeBytes(file, encodeImage(test::gradientImage({32, 32, 3}), extension));
      damage(
          QString("image (%1)").arg(extension), file, [](const std::string& p) { readImage(p); }, false);
    }
  }

  // The stored corpus (tests/malformed/<format>/, made by make-corpus.py): every file must be refused
  // with the program's own error, in-process and, where `led info` reads the format, by the CLI with a
  // non-zero exit and one line on stderr.
  void storedCorpusIsRefused() {
    const std::vector<std::string> classes(10, "c");
    const std::map<QString, std::function<void(const std::string&)>> readers{
        {"key", [](const std::string& p) { readKeyFile(p); }},
        {"ciphertext", [](const std::string& p) { readCiphertextFile(p); }},
        {"query", [](const std::string& p) { readQueryFile(p); }},
        {"pad", [](const std::string& p) { GuidePad::read(p); }},
        {"answer", [](const std::string& p) { readAnswerFile(p); }},
        {"answer-key", [](const std::string& p) { readAnswerKeyFile(p); }},
        {"guide-key", [](const std::string& p) { readGuideKeyFile(p); }},
        {"project", [](const std::string& p) { readProjectFile(p); }},
        {"idx", [](const std::string& p) { readIdx(p, 3); }},
        {"cifar", [&classes](const std::string& p) { readCifar10Batch(p, classes); }},
        {"png", [](const std::string& p) { readImage(p); }},
        {"jpeg", [](const std::string& p) { readImage(p); }},
        {"bmp", [](const std::string& p) { readImage(p); }},
        {"model", [](const std::string& p) { Classifier::load(p); }},
        {"checkpoint", [](const std::string& p) { Classifier::load(p); }}};
    const QStringList viaInfo{"key",     "ciphertext", "query", "pad", "answer", "answer-key", "guide-key",
                              "project", "png",        "jpeg",  "bmp", "model",  "checkpoint"};
    int files = 0;
    QStringList accepted;
    for (const auto& [format, read] : readers) {
      const QDir folder(LED_MALFORMED_DIR "/" + format);
      const QStringList names = folder.entryList(QDir::Files);
      QVERIFY2(names.size() >= 3, qPrintable(format + ": the stored corpus is missing"));
      for (const QString& name : names) {
        const QString file = folder.filePath(name);
        ++files;
        bool refused = false;
        try {
          read(file.toStdString());
        } catch (const Error&) {
          refused = true;
        }
        if (!refused) accepted << format + "/" + name;
        if (!refused || !viaInfo.contains(format)) continue;
        QProcess led;
        led.start(LED_CLI_PATH, {"info", file});
        QVERIFY(led.waitForFinished(60000));
        const QByteArray err = led.readAllStandardError();
        QVERIFY2(led.exitStatus() == QProcess::NormalExit && led.exitCode() == 1, qPrintable(format + "/" + name));
        QVERIFY2(err.count('\n') == 1 && err.startsWith("led: error:"), qPrintable(format + "/" + name + ": " + err));
      }
    }
    QVERIFY2(accepted.isEmpty(), qPrintable("loaded without an error: " + accepted.join(", ")));
    qInfo("stored corpus: %d malformed files, all refused", files);
  }

  // The fuzz-model target's finding: a 140 KB model file (checksum intact) whose pickle announces a
  // 4 GB string; LibTorch reserved it before reading (19 s, 4.3 GB resident). Now refused before
  // LibTorch sees it, within a bounded amount of memory.
  void aPickleClaimingGigabytesIsRefusedCheaply() {
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    bool refused = false;
    try {
      Classifier::load(LED_FUZZ_REGRESSIONS "/model-pickle-claims-4gb.ledmodel");
    } catch (const Error& e) {
      refused = QString(e.what()).contains("not an LED Studio model file");
    }
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    QVERIFY(refused);
    QVERIFY2(after.ru_maxrss - before.ru_maxrss < 512 * 1024, "loading must not take gigabytes");  // kilobytes
  }

  // The fuzz-model target's second finding: a model file (checksum intact) whose class source has a
  // misspelt "__parameters__" made LibTorch 1.13's ScriptTypeParser crash (SEGV). Now refused before
  // LibTorch parses it; `led info` runs in its own process, so a crash would show as one.
  void aTorchScriptSourceLibTorchCrashedOnIsRefused() {
    const QString file = LED_FUZZ_REGRESSIONS "/model-torchscript-segv.ledmodel";
    QProcess led;
    led.start(LED_CLI_PATH, {"info", file});
    QVERIFY(led.waitForFinished(60000));
    const QByteArray err = led.readAllStandardError();
    QCOMPARE(led.exitStatus(), QProcess::NormalExit);
    QCOMPARE(led.exitCode(), 1);
    QVERIFY2(err.count('\n') == 1 && err.contains("is not an LED Studio model file"), err.constData());
    QVERIFY_THROWS_EXCEPTION(Error, Classifier::load(file.toStdString()));
  }

  // The check lets through every class source this program writes: models of every architecture,
  // plain and keyed (le's adaptation layer, the per-block layers), and their checkpoints.
  void everyArchitecturesModelPassesTheSourceCheck() {
    const DatasetSplit data = loadFashionMnist(defaultFashionMnistFolder());
    OsRandom random;
    const KeySpec le{SchemeParams::defaults(SchemeId::Le), data.train.shape}, etc{SchemeParams::defaults(SchemeId::Etc), data.train.shape};
    for (const char* architecture : {"baseline", "block-cnn", "paper-cnn", "resnet20"})
      for (const std::optional<Key>& key :
           {std::optional<Key>{}, std::optional<Key>{generateKey(le, random)}, std::optional<Key>{generateKey(etc, random)}}) {
        const std::string file = path("arch.ledmodel").toStdString();
        Classifier(modelInfoFor(architecture, data.test, key), 1).save(file);
        QCOMPARE(Classifier::load(file).info().architecture, std::string(architecture));
      }
  }

  void scriptSourcesOfAnotherFormAreRefused() {
    const std::string root =
        "class Module(Module):\n  __parameters__ = []\n  __buffers__ = []\n  weights : __torch__.___torch_mangle_0.Module\n";
    const std::string leaf =
        "class Module(Module):\n  __parameters__ = [\"weight\", ]\n  __buffers__ = []\n  __annotations__ = []\n"
        "  __annotations__[\"step/size\"] = Tensor\n  weight : Tensor\n  betas : Tuple[float, float]\n\n";
    const auto check = [](const std::map<int, std::string>& sources) { learn::requireKnownScriptSources(sources, "m.ledmodel"); };
    check({{learn::kRootScriptClass, root}, {0, leaf}});  // the form itself passes
    const auto replaced = [](std::string text, const std::string& from, const std::string& to) {
      text.replace(text.find(from), from.size(), to);
      return text;
    };
    const std::vector<std::map<int, std::string>> refused{
        {{0, leaf}},                                                                                  // no root class
        {{learn::kRootScriptClass, root}},                                                            // refers to a class not there
        {{learn::kRootScriptClass, root}, {0, replaced(leaf, "__parameters__", "__parteamers__")}},   // the fuzzer's finding
        {{learn::kRootScriptClass, replaced(root, "mangle_0", "mangle_00")}, {0, leaf}},              // not an index
        {{learn::kRootScriptClass, root}, {0, replaced(leaf, "weight : Tensor", "weight : float")}},  // a parameter not a Tensor
        {{learn::kRootScriptClass, root}, {0, replaced(leaf, "betas", "weight")}},                    // declared twice
        {{learn::kRootScriptClass, root}, {0, replaced(leaf, "Tuple[float, float]", "List[int]")}},   // a type never written
        {{learn::kRootScriptClass, root},
         {0, replaced(leaf, "Tensor\n  weight", "__torch__.___torch_mangle_0.Module\n  weight")}},  // a loop
        {{learn::kRootScriptClass, root}, {0, leaf + "  def forward(self):\n"}},                    // code
        {{learn::kRootScriptClass, root}, {0, leaf.substr(0, leaf.size() - 2)}},                    // the last line unfinished
        {{learn::kRootScriptClass, root}, {0, replaced(leaf, "  __buffers__ = []\n", "")}}};
    for (std::size_t i = 0; i < refused.size(); ++i) {
      bool thrown = false;
      try {
        check(refused[i]);
      } catch (const Error& e) {
        thrown = e.kind() == ErrorKind::BadFile;
      }
      QVERIFY2(thrown, qPrintable(QString("form %1 was let through").arg(i)));
    }
  }

  void cleanupTestCase() {
    int wrong = 0;
    qInfo("| format | damaged files tried | clean errors | loaded (damage a format cannot see) | other outcomes |");
    qInfo("|---|---:|---:|---:|---:|");
    for (const auto& [format, t] : tallies_) {
      qInfo("| %s | %d | %d | %d | %d |", qPrintable(format), t.tried, t.cleanErrors, t.loaded, int(t.wrong.size()));
      for (const QString& w : t.wrong) qWarning("%s: %s", qPrintable(format), qPrintable(w));
      wrong += int(t.wrong.size());
    }
    QCOMPARE(wrong, 0);
  }
};

QTEST_MAIN(TestMalformed)
#include "tst_malformed.moc"
