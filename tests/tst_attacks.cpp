// Attacks and privacy measures: chosen-plaintext key recovery on le, the jigsaw solver and its scores,
// known-plaintext regression on rmt, PSNR and SSIM.
#include <QTest>
#include <cmath>

#include "TestSupport.h"
#include "core/user/attacks/ChosenPlaintext.h"
#include "core/user/attacks/Jigsaw.h"
#include "core/user/attacks/MarginalKeyRecovery.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/attacks/RmtRegression.h"
#include "core/user/attacks/SchemeAudit.h"
#include "core/shared/common/Base64.h"
#include "core/user/metrics/ImageQuality.h"
#include "core/user/metrics/JpegRobustness.h"
#include "core/user/report/AuditReport.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

Key keyFor(SchemeParams params, const ImageShape& shape, std::uint64_t seed) {
  StreamRandom random(seed);
  return generateKey({params, shape}, random);
}

// A smooth picture of rows x cols pieces of m pixels: every edge continues into its true neighbour.
Image smoothPicture(int rows, int cols, int m) {
  Image image(ImageShape{rows * m, cols * m, 3});
  for (int r = 0; r < image.height(); ++r)
    for (int c = 0; c < image.width(); ++c) {
      image.at(r, c, 0) = std::uint8_t(r * 4);
      image.at(r, c, 1) = std::uint8_t(c * 4);
      image.at(r, c, 2) = std::uint8_t(128 + 100 * std::sin(r * 0.07) * std::cos(c * 0.05));
    }
  return image;
}

EncryptionOracle oracleOf(const Key& key) {
  auto cipher = std::shared_ptr<const Cipher>(makeCipher(key));
  return [cipher](const Image& image) { return cipher->encrypt(image); };
}

}  // namespace

class TestAttacks : public QObject {
  Q_OBJECT

 private slots:
  // The cloud's statistical attack, from 1,000 of the user's Fashion-MNIST test images under one key and
  // the public training images: pe's negations all fall and the images come back; le's block shuffle
  // is beyond per-position statistics (measured here: SSIM 0.14), so its restorations stay unreadable.
  void statisticsRecoverPeButNotLe() {
    const DatasetSplit data = loadDataset("fashion-mnist");
    std::vector<Image> known;
    for (std::size_t i = 0; i < 5000; ++i) known.push_back(data.train.image(i));
    OsRandom random;
    for (const SchemeId scheme : {SchemeId::Pe, SchemeId::Le}) {
      const Key key = generateKey({SchemeParams::defaults(scheme), data.test.shape}, random);
      const std::unique_ptr<Cipher> cipher = makeCipher(key);
      std::vector<Image> plains, ciphertexts;
      for (std::size_t i = 0; i < 1000; ++i) {
        plains.push_back(data.test.image(i));
        ciphertexts.push_back(cipher->encrypt(plains.back()).view());
      }
      const MarginalRecovery recovery = recoverByMarginals(ciphertexts, known);
      double ssimSum = 0;
      for (std::size_t i = 0; i < plains.size(); ++i) ssimSum += ssim(restoreByMarginals(ciphertexts[i], recovery), plains[i]);
      const double meanSsim = ssimSum / double(plains.size());
      if (scheme == SchemeId::Pe) {
        const std::vector<std::uint32_t>& mask = key.table("negative-positive").ints;
        std::size_t right = 0;
        for (std::size_t i = 0; i < mask.size(); ++i) right += (mask[i] != 0) == (recovery.negated[i] != 0);
        QVERIFY2(double(right) / double(mask.size()) >= 0.99, qPrintable(QString::number(right)));
        QVERIFY2(meanSsim >= 0.9, qPrintable(QString::number(meanSsim)));
      } else {
        QVERIFY2(meanSsim < 0.3, qPrintable(QString::number(meanSsim)));
      }
    }
    test::expectError(ErrorKind::InvalidArgument, [&] { recoverByMarginals({}, known); });
  }

  void cpaRecoversEveryLeKeyExactly_data() {
    QTest::addColumn<int>("block");
    QTest::addColumn<int>("channels");
    QTest::addColumn<bool>("split");
    for (int block : {2, 4, 8})
      for (int channels : {1, 3})
        for (bool split : {true, false})
          QTest::addRow("M=%d C=%d %s", block, channels, split ? "split" : "bytes") << block << channels << split;
  }
  void cpaRecoversEveryLeKeyExactly() {
    QFETCH(int, block);
    QFETCH(int, channels);
    QFETCH(bool, split);
    SchemeParams params = SchemeParams::defaults(SchemeId::Le);
    params.blockSize = block;
    params.split = split;
    const ImageShape shape{32, 32, channels};
    const Key secret = keyFor(params, shape, std::uint64_t(block * 10 + channels + split));
    const ChosenPlaintextResult r = recoverLeKey(oracleOf(secret), {params, shape});
    QVERIFY2(r.key.has_value(), r.reason.c_str());
    QCOMPARE(r.queries, int(block * block * channels * (split ? 2 : 1)));
    QCOMPARE(r.key->fingerprint(), secret.fingerprint());
    // It decrypts any image under that key.
    const Image photo = test::gradientImage(shape);
    QVERIFY(makeCipher(*r.key)->decrypt(makeCipher(secret)->encrypt(photo)).data == photo.data);
  }

  void cpaFailsOnEleAndOnPerImageKeys() {
    const ImageShape shape{16, 16, 3};
    SchemeParams le = SchemeParams::defaults(SchemeId::Le), ele = SchemeParams::defaults(SchemeId::Ele);
    const ChosenPlaintextResult onEle = recoverLeKey(oracleOf(keyFor(ele, shape, 1)), {le, shape});
    QVERIFY(!onEle.key);
    QVERIFY(onEle.reason.find("do not share a key") != std::string::npos);
    auto random = std::make_shared<StreamRandom>(2);
    const EncryptionOracle fresh = [random, le, shape](const Image& image) {
      return makeCipher(generateKey({le, shape}, *random))->encrypt(image);
    };
    const ChosenPlaintextResult perImage = recoverLeKey(fresh, {le, shape});
    QVERIFY(!perImage.key);
    QVERIFY(perImage.reason.find("one key") != std::string::npos);
  }

  void jigsawScoresMatchHandComputedValues() {
    // 2 x 2 puzzle. Identity: everything right.
    JigsawScores s = scoreArrangement({0, 1, 2, 3}, 2, 2);
    QCOMPARE(s.direct, 1.0);
    QCOMPARE(s.neighbour, 1.0);
    QCOMPARE(s.largestComponent, 1.0);
    // Rows swapped: no piece in place, but both rows keep their left-right pair: 2 of 4 pairs.
    s = scoreArrangement({2, 3, 0, 1}, 2, 2);
    QCOMPARE(s.direct, 0.0);
    QCOMPARE(s.neighbour, 0.5);
    QCOMPARE(s.largestComponent, 0.5);
    // Two pieces swapped on a 1 x 4 strip: 1 0 2 3 -> only (2,3) is a right pair; 2 and 3 in place.
    s = scoreArrangement({1, 0, 2, 3}, 1, 4);
    QCOMPARE(s.direct, 0.5);
    QCOMPARE(s.neighbour, 1.0 / 3);
    QCOMPARE(s.largestComponent, 0.5);
    // A piece at the end of a row is not the left neighbour of the first piece of the next row.
    s = scoreArrangement({1, 2, 0, 3}, 2, 2);
    QCOMPARE(s.neighbour, 0.0);
  }

  void jigsawSolverReassemblesLargeDistinctBlocks() {
    const int m = 8, rows = 8, cols = 8;
    const Image image = smoothPicture(rows, cols, m);
    StreamRandom random(3);
    const JigsawExperiment e = runJigsawExperiment(image, m, {}, random);
    QCOMPARE(e.pieces, rows * cols);
    QCOMPARE(e.scores.direct, 1.0);
    QVERIFY(e.solved.data == image.data);
    QVERIFY(e.scrambled.data != image.data);
  }

  void jigsawSolverUndoesEtcTurnsAndNegation() {
    const Image image = smoothPicture(8, 8, 8);
    StreamRandom random(4);
    const JigsawExperiment e = runJigsawExperiment(image, 8, {true, true}, random);
    QCOMPARE(e.scores.direct, 1.0);
    QCOMPARE(e.scores.neighbour, 1.0);
    // The picture comes back up to one global turn, mirror and sign: one of these 16 is the original.
    bool found = false;
    for (int o = 0; o < kOrientations && !found; ++o)
      for (bool negated : {false, true}) found = found || orientPiece(e.solved, o, negated).data == image.data;
    QVERIFY(found);
  }

  void jigsawScoresForgiveOnlyGlobalTurns() {
    // Every piece upright except one turned piece: the others still score.
    std::vector<Placement> p;
    for (int i = 0; i < 4; ++i) p.push_back({i, 0, false});
    QCOMPARE(scorePlacements(p, 2, 2).direct, 1.0);
    p[3].orientation = 2;
    JigsawScores s = scorePlacements(p, 2, 2);
    QCOMPARE(s.direct, 0.75);
    QCOMPARE(s.neighbour, 0.5);  // 0-1 and 0-2 stay, 1-3 and 2-3 break
    // The whole picture negated and turned half round (positions and pieces) is as good as the original.
    std::vector<Placement> turned;
    for (int pos = 0; pos < 4; ++pos) turned.push_back({3 - pos, 2, true});
    s = scorePlacements(turned, 2, 2);
    QCOMPARE(s.direct, 1.0);
    QCOMPARE(s.largestComponent, 1.0);
  }

  void pieceOrientationsFormTheSquaresSymmetryGroup() {
    const Image piece = test::randomImage({4, 4, 1}, 9);
    for (int a = 0; a < kOrientations; ++a) {
      QCOMPARE(composeOrientations(inverseOrientation(a), a), 0);
      for (int b = 0; b < kOrientations; ++b)
        QVERIFY(orientPiece(orientPiece(piece, b, false), a, false).data == orientPiece(piece, composeOrientations(a, b), false).data);
    }
    // A quarter turn clockwise sends the top-left pixel to the top-right, and "right" to "down".
    QCOMPARE(orientPiece(piece, 1, false).at(0, 3, 0), piece.at(0, 0, 0));
    QCOMPARE(orientDirection(0, 1, 1), std::make_pair(1, 0));
    QCOMPARE(orientPiece(piece, 0, true).at(1, 2, 0), std::uint8_t(255 - piece.at(1, 2, 0)));
  }

  void auditRunsTheAttacksThatApplyAndTheReportEmbedsThem() {
    const Image photo = test::gradientImage({32, 32, 3});
    const std::atomic<bool> never{false};
    StreamRandom random(11);
    const auto outcome = [](const SchemeAudit& a, const std::string& name) {
      return *std::find_if(a.attacks.begin(), a.attacks.end(), [&](const AttackOutcome& o) { return render(o.name).find(name) == 0; });
    };
    const SchemeAudit le = auditScheme(photo, SchemeParams::defaults(SchemeId::Le), {}, random, {}, never);
    QVERIFY(outcome(le, "chosen").applies && outcome(le, "chosen").succeeded);
    QVERIFY(std::isinf(outcome(le, "chosen").psnr));
    QVERIFY(!outcome(le, "jigsaw").applies && !outcome(le, "known").applies);
    QVERIFY(le.ssim < 0.5 && le.jpeg && le.jpeg->plain.size() == 10);
    const SchemeAudit ele = auditScheme(photo, SchemeParams::defaults(SchemeId::Ele), {}, random, {}, never);
    QVERIFY(outcome(ele, "chosen").applies && !outcome(ele, "chosen").succeeded && !outcome(ele, "chosen").recovered);
    const SchemeAudit etc = auditScheme(photo, SchemeParams::defaults(SchemeId::Etc), {}, random, {}, never);
    QVERIFY(outcome(etc, "jigsaw").applies && outcome(etc, "jigsaw").recovered);
    SchemeParams rmt = SchemeParams::defaults(SchemeId::Rmt);
    rmt.noise = 0;
    const SchemeAudit exact = auditScheme(photo, rmt, {}, random, {}, never);
    QVERIFY(outcome(exact, "known").applies && outcome(exact, "known").succeeded);
    QVERIFY(!exact.jpeg);  // real-valued ciphertexts have no JPEG
    // Every verdict states its measure next to the threshold it follows from.
    for (const SchemeAudit* a : {&le, &ele, &etc, &exact})
      for (const AttackOutcome& o : a->attacks)
        if (o.applies) {
          const std::string said = render(o.summary);
          QVERIFY2(said.find(o.succeeded ? "Verdict: reads the picture, since" : "Verdict: fails, since") != std::string::npos,
                   said.c_str());
          QVERIFY2(said.find("0.50") != std::string::npos || said.find("no reconstruction") != std::string::npos, said.c_str());
        }
    // ele moves its blocks: the jigsaw's sentence says why it does not apply, and not that blocks stay.
    QVERIFY(render(outcome(ele, "jigsaw").summary).find("ele moves its blocks") != std::string::npos);
    // etc-gray's puzzle is its Y, Cb and Cr planes side by side: three times etc's pieces at one block size.
    SchemeParams gray = SchemeParams::defaults(SchemeId::EtcGray), colour = SchemeParams::defaults(SchemeId::Etc);
    colour.blockSize = gray.blockSize;
    const int side = 32 / gray.blockSize;
    const SchemeAudit grayAudit = auditScheme(photo, gray, {}, random, {}, never);
    const SchemeAudit colourAudit = auditScheme(photo, colour, {}, random, {}, never);
    QVERIFY2(render(outcome(grayAudit, "jigsaw").summary).find(std::to_string(3 * side * side) + " pieces") == 0,
             render(outcome(grayAudit, "jigsaw").summary).c_str());
    QVERIFY2(render(outcome(colourAudit, "jigsaw").summary).find(std::to_string(side * side) + " pieces") == 0,
             render(outcome(colourAudit, "jigsaw").summary).c_str());
    QCOMPARE(outcome(grayAudit, "jigsaw").recovered->shape, photo.shape);

    const std::string html = auditReportHtml(le, "gradient");
    for (const char* part : {"<!DOCTYPE html>", "What the ciphertext keeps", "chosen-plaintext key recovery", "reads the picture",
                             "JPEG robustness", "data:image/png;base64,iVBORw0KGgo"})
      QVERIFY2(html.find(part) != std::string::npos, part);
    QVERIFY(html.find("<script") == std::string::npos);
    QVERIFY(auditReportHtml(le, "<b>x</b>").find("&lt;b&gt;x") != std::string::npos);

    std::atomic<bool> cancel{false};
    int steps = 0;
    const SchemeAudit stopped = auditScheme(
        photo, SchemeParams::defaults(SchemeId::Le), {}, random,
        [&](int done, int, const Phrase&) {
          ++steps;
          cancel = done == 1;
        },
        cancel);
    QVERIFY(stopped.cancelled);
    QCOMPARE(steps, 2);
    QVERIFY(stopped.attacks.empty());
  }

  void base64FollowsRfc4648() {
    QCOMPARE(base64({}), std::string());
    QCOMPARE(base64({'f'}), std::string("Zg=="));
    QCOMPARE(base64({'f', 'o'}), std::string("Zm8="));
    QCOMPARE(base64({'f', 'o', 'o', 'b', 'a', 'r'}), std::string("Zm9vYmFy"));
  }

  void rmtRegressionIsExactWithoutNoise() {
    for (bool permute : {false, true}) {
      SchemeParams params = SchemeParams::defaults(SchemeId::Rmt);
      params.noise = 0;
      params.blockPermutation = permute;
      const ImageShape shape{16, 16, 3};
      const Key secret = keyFor(params, shape, 4);
      const Image known = test::randomImage(shape, 5);
      const RmtRegressionResult r = recoverRmtKey(known, makeCipher(secret)->encrypt(known), {params, shape});
      QCOMPARE(r.singularBlocks, 0);
      QVERIFY2(r.worstOrthogonality < 1e-3, qPrintable(QString::number(r.worstOrthogonality)));  // float32 ciphertexts
      const Image other = test::gradientImage(shape);
      QVERIFY(makeCipher(r.key)->decrypt(makeCipher(secret)->encrypt(other)).data == other.data);
    }
  }

  void rmtRegressionDegradesWithNoise() {
    SchemeParams params = SchemeParams::defaults(SchemeId::Rmt);
    params.noise = 25;
    const ImageShape shape{16, 16, 3};
    const Key secret = keyFor(params, shape, 6);
    const Image known = test::randomImage(shape, 7);
    const RmtRegressionResult r = recoverRmtKey(known, makeCipher(secret)->encrypt(known), {params, shape});
    QVERIFY(r.worstOrthogonality > 1e-3);
    const Image other = test::gradientImage(shape);
    const double attacker = psnr(makeCipher(r.key)->decrypt(makeCipher(secret)->encrypt(other)), other);
    const double owner = psnr(makeCipher(secret)->decrypt(makeCipher(secret)->encrypt(other)), other);
    QVERIFY2(attacker < owner, qPrintable(QString("attacker %1 dB, key holder %2 dB").arg(attacker).arg(owner)));
  }

  void etcSurvivesJpegAndQualityBuysFidelity() {
    const ImageShape shape{64, 64, 3};
    SchemeParams etc = SchemeParams::defaults(SchemeId::Etc);
    etc.blockSize = 16;
    const JpegCurve curve = jpegRateDistortion(test::gradientImage(shape), keyFor(etc, shape, 8), {30, 60, 95});
    QCOMPARE(curve.encrypted.size(), std::size_t(3));
    for (std::size_t i = 1; i < 3; ++i) {
      QVERIFY(curve.encrypted[i].bitsPerPixel > curve.encrypted[i - 1].bitsPerPixel);
      QVERIFY(curve.plain[i].psnr > curve.plain[i - 1].psnr);
      QVERIFY(curve.encrypted[i].psnr > curve.encrypted[i - 1].psnr);
    }
    // The decrypted image survives JPEG (this synthetic image's sharp colour edges cost EtC's colour shuffle a few dB).
    QVERIFY2(curve.encrypted[2].psnr > 20, qPrintable(QString::number(curve.encrypted[2].psnr)));
    test::expectError(
        ErrorKind::InvalidArgument,
        [&] { jpegRateDistortion(test::gradientImage(shape), keyFor(SchemeParams::defaults(SchemeId::Rmt), shape, 9), {50}); }, "real");
  }

  void psnrAndSsimBehave() {
    const Image a = test::gradientImage({32, 32, 3});
    QVERIFY(std::isinf(psnr(a, a)));
    QVERIFY(std::abs(ssim(a, a) - 1.0) < 1e-9);
    Image b = a;
    for (auto& v : b.data) v = std::uint8_t(std::min(255, v + 5));
    QVERIFY(psnr(a, b) > 30 && psnr(a, b) < 35);  // an offset of at most 5: MSE <= 25, PSNR >= 34.2
    const Image noise = test::randomImage({32, 32, 3}, 1);
    QVERIFY(ssim(a, noise) < 0.1);
    QVERIFY(ssim(a, b) > 0.9);
    test::expectError(ErrorKind::Mismatch, [&] { psnr(a, test::randomImage({16, 16, 3}, 1)); });
  }
};

QTEST_APPLESS_MAIN(TestAttacks)
#include "tst_attacks.moc"
