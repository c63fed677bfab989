// The ciphertext-only restoration attacks (feature reconstruction, the inverse transformation network,
// the GAN): each restores a weakly protected case and fails on a strong one, so each test can fail.
#include <QTest>
#include <algorithm>

#include "TestSupport.h"
#include "core/user/attacks/FeatureReconstruction.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/metrics/ImageQuality.h"
#include "core/user/restoration/AttackTable.h"
#include "core/user/restoration/LearnedAudit.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

// The bounds the tests hold the attacks to: a restoration that reads the picture, and one that does not.
constexpr double kRestored = 0.5;  // kRecognisableSsim, the audit's rule
constexpr double kNotRestored = 0.3;

Image photo() { return cropAndConform(readImage(LED_SAMPLES_DIR "/dog.jpg"), {64, 64, 3}); }

Ciphertext encrypted(const Image& plain, const SchemeParams& params, std::uint64_t seed) {
  StreamRandom random(seed);
  return makeCipher(generateKey({params, plain.shape}, random))->encrypt(plain);
}

double frSsim(const Image& plain, const SchemeParams& params) {
  const Image seen = conformTo(encrypted(plain, params, 3).view(), plain.shape);
  return ssim(closestGlobalVariant(reconstructFeaturesAdvanced(seen), plain), plain);
}

SchemeParams leWith(bool split, bool reverse, bool shuffle) {
  SchemeParams p = SchemeParams::defaults(SchemeId::Le);
  p.split = split, p.reverse = reverse, p.shuffle = shuffle;
  return p;
}

// Seeded and on one thread, so a run is the same every time on one machine; another processor's float
// kernels take another path through training, as another seed does. Both networks sometimes linger
// before they find the inverse, so the sizes are those at which every seed tried restored le clearly
// (itn: 14 seeds, SSIM 0.64 to 0.69; gan: 8 seeds, 0.63 to 0.72); about twenty seconds each.
RestorationPlan smallPlan(RestorationAttack attack, const SchemeParams& params) {
  const bool gan = attack == RestorationAttack::Gan;
  RestorationPlan plan;
  plan.params = params;
  plan.publicImages = gan ? 3000 : 4000;
  plan.victimImages = gan ? 2000 : 200;
  plan.epochs = gan ? 10 : 40;
  plan.batchSize = gan ? 64 : 32;
  plan.learningRate = gan ? 2e-3 : 0;
  plan.seed = 5;
  plan.threads = 1;
  return plan;
}

RestorationScore attacked(RestorationAttack attack, const SchemeParams& params, const DatasetSplit& data) {
  const std::atomic<bool> never{false};
  return runRestorationAttack(attack, smallPlan(attack, params), data.train, data.test, {}, never);
}

}  // namespace

class TestRestoration : public QObject {
  Q_OBJECT
  DatasetSplit data_;

 private slots:
  void initTestCase() {
    data_ = loadDataset("fashion-mnist");
    data_.train = data_.train.head(4000);
    data_.test = data_.test.head(2000);
  }

  void basicReconstructionFoldsEveryFlip() {
    const Image cipher(ImageShape{1, 4, 1}, {0, 100, 200, 255});
    QCOMPARE(reconstructFeaturesBasic(cipher).data, (std::vector<std::uint8_t>{0, 100, 55, 0}));
    // A sample and its negative decode alike, wherever the flips fall.
    const Image plain = test::randomImage({8, 8, 3}, 1);
    Image flipped = plain;
    for (std::size_t i = 0; i < flipped.data.size(); i += 3) flipped.data[i] = std::uint8_t(255 - flipped.data[i]);
    QCOMPARE(reconstructFeaturesBasic(flipped).data, reconstructFeaturesBasic(plain).data);
  }

  void globalVariantsAreEveryColourOrderAndFlip() {
    const Image plain = test::randomImage({4, 4, 3}, 2);
    const std::vector<Image> variants = globalVariants(plain);
    QCOMPARE(variants.size(), std::size_t(48));
    QCOMPARE(globalVariants(Image(ImageShape{4, 4, 1})).size(), std::size_t(2));
    QVERIFY(std::count_if(variants.begin(), variants.end(), [&](const Image& v) { return v.data == plain.data; }) == 1);
    QCOMPARE(closestGlobalVariant(variants[17], plain).data, plain.data);
  }

  // pe moves no pixel: on one channel (flips only) the reconstruction is exactly the plain image folded
  // at 127, the features FR is named for; on three, the advanced one also undoes most colour orders. Block
  // schemes move the pixels, and FR finds nothing.
  void featureReconstructionRestoresPeAndFailsOnBlockSchemes() {
    const Image colour = photo(), gray = conformTo(colour, {64, 64, 1});
    const Image seen = conformTo(encrypted(gray, SchemeParams::defaults(SchemeId::Pe), 3).view(), gray.shape);
    QCOMPARE(reconstructFeaturesBasic(seen).data, reconstructFeaturesBasic(gray).data);
    const double pe = frSsim(colour, SchemeParams::defaults(SchemeId::Pe)), peGray = frSsim(gray, SchemeParams::defaults(SchemeId::Pe));
    QVERIFY2(pe >= 0.25 && peGray >= 0.25, (std::to_string(pe) + " " + std::to_string(peGray)).c_str());
    const double basic =
        ssim(reconstructFeaturesBasic(conformTo(encrypted(colour, SchemeParams::defaults(SchemeId::Pe), 3).view(), colour.shape)), colour);
    QVERIFY2(pe > basic, (std::to_string(pe) + " " + std::to_string(basic)).c_str());
    for (SchemeId strong : {SchemeId::Le, SchemeId::Ele, SchemeId::Rmt}) {
      const double s = frSsim(gray, SchemeParams::defaults(strong));
      QVERIFY2(s < 0.15, (schemeName(strong) + " " + std::to_string(s)).c_str());
    }
  }

  // Fresh keys for every pair: the network learns what every key shares. le with whole bytes and
  // reversal only (a fixed flip per position) leaves the picture to such a network; ele's keys per
  // block position do not.
  void inverseNetworkRestoresWeakAndFailsOnStrong() {
    const RestorationScore weak = attacked(RestorationAttack::InverseNetwork, leWith(false, true, false), data_);
    const RestorationScore strong = attacked(RestorationAttack::InverseNetwork, SchemeParams::defaults(SchemeId::Ele), data_);
    QVERIFY2(weak.ssimMean >= kRestored, std::to_string(weak.ssimMean).c_str());
    QVERIFY2(strong.ssimMean < kNotRestored, std::to_string(strong.ssimMean).c_str());
    QCOMPARE(weak.images, 200);
    QCOMPARE(weak.trainedOn, 4000);
    QVERIFY(weak.ssimSpread > 0 && weak.psnrMean > strong.psnrMean);
  }

  // One key for every victim image and every block: the generator learns le's inverse (SIA-GAN's finding);
  // ele's per-position keys defeat it.
  void ganRestoresLeAndFailsOnEle() {
    const RestorationScore weak = attacked(RestorationAttack::Gan, SchemeParams::defaults(SchemeId::Le), data_);
    const RestorationScore strong = attacked(RestorationAttack::Gan, SchemeParams::defaults(SchemeId::Ele), data_);
    QVERIFY2(weak.ssimMean >= kRestored, std::to_string(weak.ssimMean).c_str());
    QVERIFY2(strong.ssimMean < kNotRestored, std::to_string(strong.ssimMean).c_str());
  }

  // Colour images (the user's CIFAR-10): etc-gray's Y, Cb and Cr planes, side by side in its
  // ciphertext, become the network's channels, and every restoration has the plain image's shape.
  void colourImagesAndSideBySidePlanesAreRestored() {
    Dataset colour;
    colour.name = "colour";
    colour.shape = {16, 16, 3};
    colour.classNames = {"any"};
    for (int i = 0; i < 40; ++i) {
      const Image image = test::randomImage(colour.shape, std::uint64_t(i));
      colour.pixels.insert(colour.pixels.end(), image.data.begin(), image.data.end());
      colour.labels.push_back(0);
    }
    const std::atomic<bool> never{false};
    for (SchemeId id : {SchemeId::EtcGray, SchemeId::Le, SchemeId::Rmt}) {
      RestorationPlan plan = smallPlan(RestorationAttack::Gan, SchemeParams::defaults(id));
      plan.publicImages = 30, plan.victimImages = 10, plan.epochs = 1;
      for (RestorationAttack attack : {RestorationAttack::InverseNetwork, RestorationAttack::Gan}) {
        const RestorationScore s = runRestorationAttack(attack, plan, colour, colour, {}, never);
        QCOMPARE(s.images, 10);
        QCOMPARE(s.samples.front().shape, colour.shape);
      }
    }
  }

  void cancellingStopsTheTrainingWithinAnEpoch() {
    std::atomic<bool> cancel{false};
    int epochs = 0;
    test::expectError(ErrorKind::Cancelled, [&] {
      runRestorationAttack(
          RestorationAttack::InverseNetwork, smallPlan(RestorationAttack::InverseNetwork, SchemeParams::defaults(SchemeId::Le)),
          data_.train, data_.test,
          [&](const RestorationProgress& p) {
            if (p.total) ++epochs, cancel = true;
          },
          cancel);
    });
    QCOMPARE(epochs, 1);
  }

  void aSetTooSmallOrOfAnotherShapeIsRefused() {
    const std::atomic<bool> never{false};
    RestorationPlan plan = smallPlan(RestorationAttack::FeatureReconstruction, SchemeParams::defaults(SchemeId::Le));
    plan.victimImages = 2001;
    test::expectError(
        ErrorKind::InvalidArgument,
        [&] { runRestorationAttack(RestorationAttack::FeatureReconstruction, plan, data_.train, data_.test, {}, never); }, "2001");
    Dataset other = data_.train;
    other.shape = {14, 56, 1};
    test::expectError(
        ErrorKind::InvalidArgument,
        [&] { runRestorationAttack(RestorationAttack::Gan, smallPlan(RestorationAttack::Gan, plan.params), other, data_.test, {}, never); },
        "one shape");
  }

  // The table: a baseline and every attack per scheme, in order; the CSV has a row each, the grid a
  // labelled row of tiles per scheme.
  void tableHasARowPerSchemeAndAttack() {
    AttackTablePlan plan;
    plan.schemes = {SchemeParams::defaults(SchemeId::Pe), SchemeParams::defaults(SchemeId::Le)};
    plan.attacks = {RestorationAttack::FeatureReconstruction};
    plan.attack = smallPlan(RestorationAttack::FeatureReconstruction, plan.schemes.front());
    plan.attack.victimImages = 20;
    const std::atomic<bool> never{false};
    const AttackTable table = runAttackTable(plan, data_, {}, never);
    QCOMPARE(table.scores.size(), std::size_t(4));
    QVERIFY(table.scores[0].attack == RestorationAttack::Ciphertext && table.scores[1].attack == RestorationAttack::FeatureReconstruction);
    QVERIFY(table.scores[1].ssimMean > table.scores[0].ssimMean);  // fr does better than the ciphertext on pe
    const std::string csv = attackTableCsv(table);
    QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 5L);
    QVERIFY2(csv.find("Fashion-MNIST test set,pe,\"pe M=1\",fr,20,") != std::string::npos, csv.c_str());
    const Image grid = attackTableGrid(table, 3);
    QVERIFY(grid.height() > 2 * 56 && grid.width() > 3 * 3 * 56);
  }

  void learnedOutcomesFollowTheAuditsRule() {
    RestorationScore s;
    s.attack = RestorationAttack::InverseNetwork, s.images = 100, s.trainedOn = 1500, s.ssimMean = 0.62, s.device = "cpu";
    s.samples = {Image(ImageShape{28, 28, 1})};
    const AttackOutcome reads = learnedAttackOutcome(s, "Fashion-MNIST training set", {64, 64, 3});
    QVERIFY(reads.applies && reads.succeeded && reads.recovered->shape == (ImageShape{64, 64, 3}));
    QVERIFY2(render(reads.summary).find("Verdict: reads the picture, since the restorations' mean SSIM 0.62 is at least 0.50") !=
                 std::string::npos,
             render(reads.summary).c_str());
    s.ssimMean = 0.2;
    QVERIFY(!learnedAttackOutcome(s, "Fashion-MNIST training set", {64, 64, 3}).succeeded);
  }
};

QTEST_APPLESS_MAIN(TestRestoration)
#include "tst_restoration.moc"
