// Learning on encrypted images: the key-absorption identity, learning on tiny subsets, exact resume,
// cancelling, and model files that refuse what does not fit.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <chrono>
#include <cmath>

#include "TestSupport.h"
#include "core/user/data/FashionMnist.h"
#include "core/user/data/ModelInput.h"
#include "core/user/data/PhotoDataset.h"
#include "core/user/models/Familiarity.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/models/Prediction.h"
#include "core/user/privacy/Calibration.h"
#include "core/user/models/Ensemble.h"
#include "core/user/models/KeyAbsorption.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

const DatasetSplit& fashion() {
  static const DatasetSplit split = loadFashionMnist(defaultFashionMnistFolder());
  return split;
}

TrainConfig tinyConfig(int epochs) {
  TrainConfig c;
  c.epochs = epochs;
  c.batchSize = 64;
  c.seed = 1;
  c.threads = 1;
  return c;
}

Preparation tinyPreparation(std::size_t trainImages = 2000, std::size_t testImages = 500) {
  Preparation p;
  p.trainLimit = trainImages;
  p.testLimit = testImages;
  return p;
}

Key leKey(const ImageShape& shape, std::uint64_t seed) {
  StreamRandom random(seed);
  return generateKey({SchemeParams::defaults(SchemeId::Le), shape}, random);
}

std::vector<float> prepared(const ModelInput& input, const std::vector<Image>& images) {
  std::vector<float> out(images.size() * input.shape().size());
  for (std::size_t i = 0; i < images.size(); ++i) input.prepare(images[i], out.data() + i * input.shape().size());
  return out;
}

double maxAbsDifference(const std::vector<float>& a, const std::vector<float>& b) {
  double worst = 0;
  for (std::size_t i = 0; i < a.size(); ++i) worst = std::max(worst, double(std::abs(a[i] - b[i])));
  return worst;
}

}  // namespace

class TestLearning : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::atomic<bool> never_{false};

 private slots:
  void photoModelsTellTheDogFromTheCatUnderEncryption() {
    const std::vector<Image> photos{readImage(LED_SAMPLES_DIR "/dog.jpg"), readImage(LED_SAMPLES_DIR "/cat.png")};
    const ImageShape shape{32, 32, 3};
    StreamRandom random(21);
    const DatasetSplit data{photoDataset(photos, {"dog", "cat"}, shape, 150, random),
                            photoDataset(photos, {"dog", "cat"}, shape, 20, random)};
    QCOMPARE(data.train.size(), std::size_t(300));
    const Key key = leKey(shape, 22);
    TrainConfig config;
    config.epochs = 8;
    config.batchSize = 32;
    config.seed = 1;
    config.threads = 1;
    const TrainResult r = trainOnImages(data, key, config, {}, {}, never_);
    QVERIFY(r.history.back().testAccuracy > 0.9);
    QCOMPARE(predict(r.model, key, photos[0]).ranking[0], 0);
    QCOMPARE(predict(r.model, key, photos[1]).ranking[0], 1);
  }

  void keyAbsorptionIdentity_data() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("block");
    QTest::newRow("gray M=4") << 1 << 4;
    QTest::newRow("colour M=4") << 3 << 4;
    QTest::newRow("colour M=2") << 3 << 2;
  }
  void keyAbsorptionIdentity() {
    // A plain model's first layer, transformed with the le key, gives on ciphertexts exactly what the
    // plain model gives on plain images.
    QFETCH(int, channels);
    QFETCH(int, block);
    const ImageShape shape{16, 16, channels};
    Dataset d;
    d.name = "random";
    d.shape = shape;
    d.classNames = {"a", "b", "c"};
    const Classifier plain(modelInfoFor("baseline", d, std::nullopt), 5);
    StreamRandom random(9);
    SchemeParams p = SchemeParams::defaults(SchemeId::Le);
    p.blockSize = block;
    const Key key = generateKey({p, shape}, random);
    const Classifier absorbed = absorbLeKey(plain, key);
    std::vector<Image> images;
    for (std::uint64_t i = 0; i < 8; ++i) images.push_back(test::randomImage(shape, i));
    const ModelInput plainInput(nullptr, shape), cipherInput(makeCipher(key), shape);
    const auto expected = plain.probabilities(prepared(plainInput, images).data(), images.size());
    const auto actual = absorbed.probabilities(prepared(cipherInput, images).data(), images.size());
    QVERIFY2(maxAbsDifference(expected, actual) < 1e-4, qPrintable(QString::number(maxAbsDifference(expected, actual))));
    // The same layer built from another key does not fit these ciphertexts.
    const auto other =
        absorbLeKey(plain, generateKey({p, shape}, random)).probabilities(prepared(cipherInput, images).data(), images.size());
    QVERIFY(maxAbsDifference(expected, other) > 1e-3);
  }

  void plainModelLearns() {
    const TrainResult r = trainOnImages(fashion(), std::nullopt, tinyConfig(2), tinyPreparation(), {}, never_);
    QCOMPARE(int(r.history.size()), 2);
    QVERIFY(!r.cancelled);
    QVERIFY(r.history[1].trainLoss < r.history[0].trainLoss);
    QVERIFY2(r.history[1].testAccuracy > 0.6, qPrintable(QString::number(r.history[1].testAccuracy)));  // chance is 0.1
  }

  void leModelLearnsOnCiphertexts_data() {
    QTest::addColumn<QString>("architecture");
    QTest::newRow("baseline") << "baseline";
    QTest::newRow("block-cnn") << "block-cnn";
  }
  void leModelLearnsOnCiphertexts() {
    QFETCH(QString, architecture);
    const std::optional<Key> key = leKey({28, 28, 1}, 2);
    TrainConfig config = tinyConfig(2);
    config.architecture = architecture.toStdString();
    const TrainResult r = trainOnImages(fashion(), key, config, tinyPreparation(), {}, never_);
    QCOMPARE(r.model.info().architecture, architecture.toStdString());
    QCOMPARE(r.model.info().keyFingerprint, key->fingerprint());
    QCOMPARE(r.model.info().layout, InputLayout::NibblePlanes);
    QVERIFY(r.history[1].trainLoss < r.history[0].trainLoss);
    QVERIFY2(r.history[1].testAccuracy > 0.5, qPrintable(QString::number(r.history[1].testAccuracy)));
    // The same images evaluated through evaluate() agree with the trainer's last test figure.
    const Evaluation e = evaluateOnImages(r.model, fashion().test.head(500), key);
    QVERIFY(std::abs(e.accuracy - r.history[1].testAccuracy) < 1e-9);
  }

  void perBlockSchemeModelLearns() {
    StreamRandom random(3);
    const std::optional<Key> key = generateKey({SchemeParams::defaults(SchemeId::Ele), {28, 28, 1}}, random);
    const TrainResult r = trainOnImages(fashion(), key, tinyConfig(2), tinyPreparation(), {}, never_);
    QVERIFY(r.history[1].trainLoss < r.history[0].trainLoss);
    QVERIFY2(r.history[1].testAccuracy > 0.3, qPrintable(QString::number(r.history[1].testAccuracy)));
  }

  void calibrationMeasuresEverySettingAndPicksTheCheapest() {
    CalibrationPlan plan;
    plan.blockSizes = {2, 7};
    plan.noises = {0, 60};
    plan.training = tinyConfig(2);
    plan.preparation = tinyPreparation(1500, 300);
    StreamRandom keys(5);
    int points = 0, lastStep = -1;
    CalibrationCallbacks callbacks;
    callbacks.pointDone = [&](const CalibrationPoint&) { ++points; };
    callbacks.progress = [&](const CalibrationProgress& p) {
      QVERIFY(p.step >= lastStep);
      QCOMPARE(p.steps, 5);
      lastStep = p.step;
    };
    const CalibrationResult r = calibrate(fashion(), plan, keys, callbacks, never_);
    QVERIFY(!r.cancelled);
    QCOMPARE(points, 4);
    QCOMPARE(lastStep, 4);
    QVERIFY2(r.examinerAccuracy > 0.5, qPrintable(QString::number(r.examinerAccuracy)));
    for (const CalibrationPoint& p : r.points) {
      QCOMPARE(p.params.scheme, SchemeId::Rmt);
      QVERIFY(std::abs(p.privacy.visualPrivacy - (1 - p.privacy.examinerAccuracy)) < 1e-12);
      QVERIFY2(p.accuracy > 0.2, qPrintable(QString::fromStdString(p.params.text())));
    }
    QCOMPARE(r.points[1].params.noise, 60.0);
    QCOMPARE(r.points[2].params.blockSize, 7);
    // The pick: the most accurate setting at or above the target; none above 1.
    const auto pick = cheapestSettingFor(r.points, 0);
    QVERIFY(pick);
    for (const CalibrationPoint& p : r.points) QVERIFY(pick->accuracy >= p.accuracy);
    QVERIFY(!cheapestSettingFor(r.points, 1.01));
    QCOMPARE(r.classes, std::size_t(10));
  }

  // An examiner near chance makes every setting look private: no pick follows from it.
  void anExaminerNearChanceIsNotInformative() {
    QCOMPARE(informativeExaminerAccuracy(10), 0.55);
    QVERIFY(!examinerIsInformative(0.18, 10));
    QVERIFY(!examinerIsInformative(0.54, 10));
    QVERIFY(examinerIsInformative(0.56, 10));
    QVERIFY(!examinerIsInformative(0.74, 2));
    QVERIFY(examinerIsInformative(0.76, 2));
  }

  void calibrationRefusesABadSettingBeforeTraining() {
    CalibrationPlan plan;
    plan.blockSizes = {4, 65};  // blocks go up to 64
    plan.training = tinyConfig(1);
    plan.preparation = tinyPreparation();
    StreamRandom keys(6);
    bool trained = false;
    CalibrationCallbacks callbacks;
    callbacks.progress = [&](const CalibrationProgress&) { trained = true; };
    QVERIFY_THROWS_EXCEPTION(Error, calibrate(fashion(), plan, keys, callbacks, never_));
    QVERIFY(!trained);
    plan.blockSizes = {4};
    std::atomic<bool> cancel{false};
    callbacks.progress = [&](const CalibrationProgress&) { cancel = true; };
    const CalibrationResult r = calibrate(fashion(), plan, keys, callbacks, cancel);
    QVERIFY(r.cancelled);
    QVERIFY(r.points.empty());
  }

  void resumeEqualsAnUninterruptedSeededRun() {
    TrainConfig config = tinyConfig(3);
    const Preparation preparation = tinyPreparation(600, 200);
    const TrainResult whole = trainOnImages(fashion(), std::nullopt, config, preparation, {}, never_);

    config.checkpointPath = dir_.filePath("run.ledckpt").toStdString();
    std::atomic<bool> cancel{false};
    TrainCallbacks stopAfterTwo;
    stopAfterTwo.epochDone = [&](const EpochMetrics& m) { cancel = m.epoch == 2; };
    const TrainResult first = trainOnImages(fashion(), std::nullopt, config, preparation, stopAfterTwo, cancel);
    QVERIFY(first.cancelled);
    QCOMPARE(int(first.history.size()), 2);
    const TrainResult resumed = trainOnImages(fashion(), std::nullopt, config, preparation, {}, never_, config.checkpointPath);
    QCOMPARE(int(resumed.history.size()), 3);
    QCOMPARE(resumed.history[2].testAccuracy, whole.history[2].testAccuracy);
    QCOMPARE(resumed.history[2].trainLoss, whole.history[2].trainLoss);
    const Dataset probe = fashion().test.head(16);
    std::vector<Image> images;
    for (std::size_t i = 0; i < probe.size(); ++i) images.push_back(probe.image(i));
    const ModelInput input(nullptr, probe.shape);
    QCOMPARE(resumed.model.probabilities(prepared(input, images).data(), images.size()),
             whole.model.probabilities(prepared(input, images).data(), images.size()));
  }

  void cancelStopsPromptlyAndTheCheckpointLoads() {
    TrainConfig config = tinyConfig(5);
    config.checkpointPath = dir_.filePath("cancel.ledckpt").toStdString();
    std::atomic<bool> cancel{false};
    TrainCallbacks callbacks;
    int epochsDone = 0;
    callbacks.epochDone = [&](const EpochMetrics&) { ++epochsDone; };
    // Cancel in the middle of the second epoch.
    callbacks.progress = [&](const TrainProgress& p) {
      if (p.epoch == 2) cancel = true;
    };
    const auto started = std::chrono::steady_clock::now();
    const TrainResult r = trainOnImages(fashion(), std::nullopt, config, tinyPreparation(), callbacks, cancel);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    QVERIFY(r.cancelled);
    QCOMPARE(epochsDone, 1);
    QCOMPARE(int(r.history.size()), 1);
    QVERIFY2(seconds < 3 * r.history[0].seconds, "cancelling took longer than an epoch");
    const Classifier saved = Classifier::load(config.checkpointPath);
    QCOMPARE(saved.info().architecture, std::string("baseline"));
  }

  void ensembleSumsProbabilitiesAndCountsVotes() {
    TrainConfig config = tinyConfig(1);
    std::vector<TrainResult> runs;
    std::vector<std::optional<Key>> keys;
    for (std::uint64_t i = 0; i < 3; ++i) {
      keys.push_back(leKey({28, 28, 1}, 20 + i));
      config.seed = 30 + i;
      runs.push_back(trainOnImages(fashion(), keys.back(), config, tinyPreparation(1000), {}, never_));
    }
    const Dataset test = fashion().test.head(300);
    std::vector<EnsembleMember> members;
    for (std::size_t i = 0; i < runs.size(); ++i) members.push_back({&runs[i].model, keys[i]});
    const EnsembleCurve curve = evaluateEnsemble(members, test);
    QCOMPARE(curve.sum.size(), std::size_t(3));
    QCOMPARE(curve.sum[0], evaluateOnImages(runs[0].model, test, keys[0]).accuracy);
    QCOMPARE(curve.vote[0], curve.sum[0]);
    // One model three times: the same answers, by either rule.
    const EnsembleCurve same = evaluateEnsemble({members[0], members[0], members[0]}, test);
    QCOMPARE(same.sum[2], same.sum[0]);
    QCOMPARE(same.vote[2], same.sum[0]);
    // A member with the wrong key is refused.
    test::expectError(
        ErrorKind::Mismatch,
        [&] {
          evaluateEnsemble({{&runs[0].model, keys[1]}}, test);
        },
        "trained with key");
  }

  void modelFilesRoundTripAndRefuseWhatDoesNotFit() {
    const std::optional<Key> key = leKey({28, 28, 1}, 4);
    TrainConfig config = tinyConfig(1);
    const TrainResult r = trainOnImages(fashion(), key, config, tinyPreparation(300, 100), {}, never_);
    const std::string path = dir_.filePath("m.ledmodel").toStdString();
    r.model.save(path);
    const Classifier back = Classifier::load(path);
    QCOMPARE(back.info().text(), r.model.info().text());
    // The familiarity measure is kept: a class mean and a spread for each of the input's cells (two
    // nibble planes of 14x14), and a bound that 95 % of the 100 held-out images stay within.
    QVERIFY(back.info().familiarity);
    const Familiarity& f = *back.info().familiarity;
    QCOMPARE(f.variances.size(), std::size_t(2 * 14 * 14));
    QCOMPARE(f.classMeans.size(), std::size_t(10));
    QCOMPARE(f.heldOut, std::size_t(100));
    const std::vector<double> held = familiarityDistances(back, f, fashion().test.head(100), key);
    QCOMPARE(std::count_if(held.begin(), held.end(), [&](double d) { return d <= f.bound; }), 95);
    // A measure that does not fit the model's classes is refused with the rest of a damaged description.
    std::string damaged = back.info().text();
    damaged.erase(damaged.rfind("familiarity-mean="));
    test::expectError(
        ErrorKind::BadFile, [&] { ModelInfo::parse(damaged, "m.ledmodel"); }, "familiarity");
    QCOMPARE(evaluateOnImages(back, fashion().test.head(100), key).accuracy,
             evaluateOnImages(r.model, fashion().test.head(100), key).accuracy);
    // Another key, no key, garbage, truncation.
    test::expectError(
        ErrorKind::Mismatch,
        [&] {
          evaluateOnImages(back, fashion().test.head(10), leKey({28, 28, 1}, 5));
        },
        "trained with key");
    test::expectError(
        ErrorKind::Mismatch, [&] { evaluateOnImages(back, fashion().test.head(10), std::nullopt); }, "give that key");
    QFile garbage(dir_.filePath("garbage.ledmodel"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(1000, 'x'));
    garbage.close();
    test::expectError(
        ErrorKind::BadFile, [&] { Classifier::load(garbage.fileName().toStdString()); }, "not an LED Studio model");
    QFile whole(QString::fromStdString(path));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QFile cut(dir_.filePath("cut.ledmodel"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() / 2));
    cut.close();
    test::expectError(ErrorKind::BadFile, [&] { Classifier::load(cut.fileName().toStdString()); });
    // A checkpoint of another architecture cannot be resumed.
    TrainConfig other = config;
    other.architecture = "paper-cnn";
    other.checkpointPath.clear();
    test::expectError(
        ErrorKind::Mismatch, [&] { trainOnImages(fashion(), key, other, tinyPreparation(300, 100), {}, never_, path); },
        "is a checkpoint of baseline");
  }
};

QTEST_APPLESS_MAIN(TestLearning)
#include "tst_learning.moc"
