// The deniable query end to end: compose (normal and deniable, with ensembles), the cloud, the answer,
// honest and lying openings, the files that carry them, and pad entries that are never used twice.
#include <QTemporaryDir>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>

#include "TestSupport.h"
#include "core/shared/crypto/Sha256.h"
#include "core/shared/common/AtomicFile.h"
#include "core/shared/deniable/LogLine.h"
#include "core/shared/deniable/GuideKey.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/user/query/Opening.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/query/Compose.h"
#include "core/cloud/answering/Cloud.h"
#include "core/cloud/answering/CloudLog.h"
#include "core/shared/deniable/QueryProof.h"
#include "core/user/models/Prediction.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/imageio/Resize.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

const ImageShape kShape{28, 28, 1};

// An untrained but seeded model for a key: deterministic, and its predictions are the oracle.
Classifier modelFor(const Key& key, std::uint64_t seed) {
  Dataset d;
  d.name = "test";
  d.shape = key.spec().shape;
  d.classNames = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  return Classifier(modelInfoFor("baseline", d, key), seed);
}

PadEntry entryOf(std::uint64_t index, int side, RandomSource& random) {
  PadEntry e;
  e.index = index;
  e.key = randomPermutation(std::size_t(side) * side, random);
  random.fill(e.answerKey.data(), e.answerKey.size());
  return e;
}

int topLabel(const Classifier& model, const Key& key, const Image& image) { return predict(model, key, image).ranking[0]; }

}  // namespace

class TestQuery : public QObject {
  Q_OBJECT

 private slots:
  void deniableQueryOpensTrueAndFake() {
    StreamRandom random(11);
    const Key k0 = test::seededKey(SchemeId::Le, 1), k1 = test::seededKey(SchemeId::Le, 2);
    const Classifier m0 = modelFor(k0, 3), m1 = modelFor(k1, 4);
    const Image target = test::gradientImage(kShape), fake = test::randomImage(kShape, 5);
    for (int trial = 0; trial < 6; ++trial) {
      const PadEntry entry = entryOf(std::uint64_t(trial), 16, random);
      const ComposedQuery c = composeDeniable(target, fake, {std::vector<Key>{k0}, std::vector<Key>{k1}}, entry, random);
      const int b = c.coin;
      const Key& kb = b == 0 ? k0 : k1;
      const Key& kf = b == 0 ? k1 : k0;
      const CloudResult cloud = answerQuery(c.query, entry, CloudModels::deniable({&m0}, {&m1}), random);
      QCOMPARE(guidePart(cloud.shape), b);
      QVERIFY(cloud.recoveredGuide.data == c.guide.data);
      const LogEntry logged = parseLogLine(cloud.logLine, "log");
      QVERIFY(logged.answer == cloud.answer.sealed && logged.entry == entry.index && logged.query == queryDigest(c.query));

      const Opening honest = openQuery(c.query, entry.key, {kb}, &cloud.answer, &entry.answerKey);
      QCOMPARE(honest.part, b);
      QVERIFY(honest.images[0].data == target.data);
      QCOMPARE(honest.slot->label, topLabel(b == 0 ? m0 : m1, kb, target));

      const GuideShape claimed = guideShapeFor(1 - b);
      const Permutation fakeKey = fakeGuideKey(c.query.garbledGuide, drawGuide(claimed, 16), FakeKeyMode::Uniform, random);
      const Opening lie = openQuery(c.query, fakeKey, {kf}, &cloud.answer, &entry.answerKey);
      QCOMPARE(lie.part, 1 - b);
      QVERIFY(lie.guide.data == drawGuide(claimed, 16).data);
      QVERIFY(lie.images[0].data == fake.data);
      QCOMPARE(lie.slot->label, topLabel(b == 0 ? m1 : m0, kf, fake));
    }
  }

  void normalQueryHasADecoyThatLooksLikeACiphertext() {
    StreamRandom random(12);
    const Key k = test::seededKey(SchemeId::Le, 1);
    const Classifier m = modelFor(k, 3);
    const Image target = test::gradientImage(kShape), decoy = test::gradientImage({20, 30, 3});
    bool sawBothCoins[2] = {false, false};
    for (int trial = 0; trial < 12; ++trial) {
      const PadEntry entry = entryOf(std::uint64_t(trial), 16, random);
      const ComposedQuery c = composeNormal(target, decoy, {k}, entry, random);
      sawBothCoins[c.coin] = true;
      const Ciphertext& d = c.query.parts[std::size_t(1 - c.coin)][0];
      QCOMPARE(d.shape, c.query.parts[std::size_t(c.coin)][0].shape);
      // The decoy is not under k: decrypting it with k does not give the decoy image.
      QVERIFY(makeCipher(k)->decrypt(d).data != conformTo(decoy, kShape).data);
      const CloudResult cloud = answerQuery(c.query, entry, CloudModels::normal({&m}), random);
      QVERIFY(cloud.parts[std::size_t(1 - c.coin)].decoy);
      QVERIFY(!cloud.parts[std::size_t(c.coin)].decoy);
      const Opening honest = openQuery(c.query, entry.key, {k}, &cloud.answer, &entry.answerKey);
      QVERIFY(honest.images[0].data == target.data);
      QCOMPARE(honest.slot->label, topLabel(m, k, target));
    }
    QVERIFY(sawBothCoins[0] && sawBothCoins[1]);
  }

  void ensemblePartsAreEncryptedUnderEveryKeyAndAveraged() {
    StreamRandom random(13);
    const std::vector<Key> keys0{test::seededKey(SchemeId::Le, 1), test::seededKey(SchemeId::Le, 2), test::seededKey(SchemeId::Le, 3)};
    const std::vector<Key> keys1{test::seededKey(SchemeId::Le, 4), test::seededKey(SchemeId::Le, 5), test::seededKey(SchemeId::Le, 6)};
    std::vector<Classifier> models;
    for (std::size_t i = 0; i < 3; ++i) models.push_back(modelFor(keys0[i], 10 + i));
    for (std::size_t i = 0; i < 3; ++i) models.push_back(modelFor(keys1[i], 20 + i));
    const PadEntry entry = entryOf(0, 32, random);
    const Image target = test::gradientImage(kShape), fake = test::randomImage(kShape, 9);
    const ComposedQuery c = composeDeniable(target, fake, {keys0, keys1}, entry, random);
    QCOMPARE(c.query.members(), std::size_t(3));
    const CloudResult cloud = answerQuery(
        c.query, entry, CloudModels::deniable({&models[0], &models[1], &models[2]}, {&models[3], &models[4], &models[5]}), random);
    const std::vector<Key>& kb = c.coin == 0 ? keys0 : keys1;
    std::vector<float> mean(10, 0.0f);
    for (std::size_t i = 0; i < 3; ++i) {
      const auto p = predict(models[std::size_t(c.coin) * 3 + i], kb[i], target).probabilities;
      for (std::size_t j = 0; j < 10; ++j) mean[j] += p[j] / 3;
    }
    for (std::size_t j = 0; j < 10; ++j) QVERIFY(std::abs(cloud.parts[std::size_t(c.coin)].probabilities[j] - mean[j]) < 1e-5f);
    const Opening honest = openQuery(c.query, entry.key, kb, &cloud.answer, &entry.answerKey);
    QCOMPARE(honest.images.size(), std::size_t(3));
    for (const Image& image : honest.images) QVERIFY(image.data == target.data);
    // The size cost: three ciphertexts per part instead of one.
    Query single = c.query;
    for (auto& part : single.parts) part.resize(1);
    QVERIFY(encodeQuery(c.query).size() > 2 * encodeQuery(single).size());
  }

  void fakeOpenedGuideIsTheClaimedShapeInEveryTrial() {
    StreamRandom random(14);
    const ImageShape small{8, 8, 1};
    const Key k0 = test::seededKey(SchemeId::Le, 1, small), k1 = test::seededKey(SchemeId::Le, 2, small);
    const Image target = test::randomImage(small, 1), fake = test::randomImage(small, 2);
    for (int trial = 0; trial < 1000; ++trial) {
      const int side = trial % 2 ? 32 : 16;
      const PadEntry entry = entryOf(std::uint64_t(trial), side, random);
      const ComposedQuery c = composeDeniable(target, fake, {std::vector<Key>{k0}, std::vector<Key>{k1}}, entry, random);
      const GuideShape claimed = guideShapeFor(1 - c.coin);
      const Permutation sk = fakeGuideKey(c.query.garbledGuide, drawGuide(claimed, side), FakeKeyMode::Uniform, random);
      const Opening lie = openQuery(c.query, sk, {c.coin == 0 ? k1 : k0});
      QVERIFY2(lie.guide.data == drawGuide(claimed, side).data, qPrintable(QString("trial %1").arg(trial)));
      QVERIFY(lie.images[0].data == fake.data);
    }
  }

  void filesRoundTripAndRefuseDamage() {
    QTemporaryDir dir;
    StreamRandom random(15);
    const Key k0 = test::seededKey(SchemeId::Rmt, 1), k1 = test::seededKey(SchemeId::Rmt, 2);
    const PadEntry entry = entryOf(7, 16, random);
    const ComposedQuery c = composeDeniable(test::gradientImage(kShape), test::randomImage(kShape, 3),
                                            {std::vector<Key>{k0}, std::vector<Key>{k1}}, entry, random);
    const std::string path = dir.filePath("q.ledq").toStdString();
    writeQueryFile(path, c.query);
    const Query back = readQueryFile(path);
    QCOMPARE(back.padIndex, std::uint64_t(7));
    QVERIFY(back.garbledGuide.data == c.query.garbledGuide.data);
    QVERIFY(back.parts[1][0].reals == c.query.parts[1][0].reals);
    QCOMPARE(queryDigest(back), queryDigest(c.query));
    // Nothing in the file names a key: neither fingerprint appears in it.
    const std::vector<std::uint8_t> bytes = readWholeFile(path, 1 << 24);
    const std::string text(bytes.begin(), bytes.end());
    QVERIFY(text.find(k0.fingerprint()) == std::string::npos && text.find(k1.fingerprint()) == std::string::npos);
    for (std::size_t cut : {std::size_t(0), std::size_t(11), bytes.size() / 3, bytes.size() - 1}) {
      test::writeBytes(QString::fromStdString(path), std::vector<std::uint8_t>(bytes.begin(), bytes.begin() + std::ptrdiff_t(cut)));
      test::expectError(ErrorKind::BadFile, [&] { readQueryFile(path); });
    }

    const Answer answer =
        sealAnswer({AnswerSlot{3, 0.75f}, AnswerSlot{8, 0.5f}}, entry, queryDigest(c.query), {"a", "b", "c", "d", "e", "f", "g", "h", "i"});
    const std::string answerPath = dir.filePath("a.ledans").toStdString(), keyPath = dir.filePath("a.ledak").toStdString();
    writeAnswerFile(answerPath, answer);
    writeAnswerKeyFile(keyPath, {entry.index, entry.answerKey});
    const Answer answerBack = readAnswerFile(answerPath);
    const AnswerKeyRecord keyBack = readAnswerKeyFile(keyPath);
    QCOMPARE(openAnswerSlot(answerBack, 0, keyBack.key).label, 3);
    QCOMPARE(openAnswerSlot(answerBack, 1, keyBack.key).confidence, 0.5f);
    AnswerKey wrong = entry.answerKey;
    wrong[0] ^= 1;
    test::expectError(
        ErrorKind::Mismatch, [&] { openAnswerSlot(answerBack, 0, wrong); }, "does not open");
    // Whoever lacks the answer key cannot change the label the user reads: a slot with a bit flipped and
    // the file's checksum made good again, or the two slots swapped, or the answer moved to another query,
    // is refused.
    for (std::size_t bit : {std::size_t(0), std::size_t(24 * 8 + 3), std::size_t(kSealedSlotSize * 8 - 1)}) {
      std::vector<std::uint8_t> altered = readWholeFile(answerPath, 1 << 20);
      const std::size_t slot0 = altered.size() - 32 - 2 * kSealedSlotSize;
      altered[slot0 + bit / 8] ^= std::uint8_t(1 << (bit % 8));
      const auto digest = Sha256::of(altered.data(), altered.size() - 32);
      std::copy(digest.begin(), digest.end(), altered.end() - 32);
      test::writeBytes(dir.filePath("altered.ledans"), altered);
      const Answer tampered = readAnswerFile(dir.filePath("altered.ledans").toStdString());
      test::expectError(
          ErrorKind::Mismatch, [&] { openAnswerSlot(tampered, 0, keyBack.key); }, "altered");
      QCOMPARE(openAnswerSlot(tampered, 1, keyBack.key).label, 8);
    }
    Answer swapped = answerBack;
    std::swap(swapped.sealed[0], swapped.sealed[1]);
    test::expectError(
        ErrorKind::Mismatch, [&] { openAnswerSlot(swapped, 0, keyBack.key); }, "altered");
    Answer moved = answerBack;
    moved.queryDigest[0] = moved.queryDigest[0] == 'a' ? 'b' : 'a';
    test::expectError(
        ErrorKind::Mismatch, [&] { openAnswerSlot(moved, 1, keyBack.key); }, "another query");

    const std::string guidePath = dir.filePath("g.ledgk").toStdString();
    writeGuideKeyFile(guidePath, {entry.index, 16, entry.key});
    QVERIFY(readGuideKeyFile(guidePath).key == entry.key);
    test::writeBytes(QString::fromStdString(guidePath), {1, 2, 3});
    test::expectError(ErrorKind::BadFile, [&] { readGuideKeyFile(guidePath); });
  }

  void mismatchesAreClearErrors() {
    StreamRandom random(16);
    const Key le = test::seededKey(SchemeId::Le, 1), ele = test::seededKey(SchemeId::Ele, 2),
              other = test::seededKey(SchemeId::Le, 3, {32, 32, 3});
    const PadEntry entry = entryOf(0, 16, random);
    const Image image = test::gradientImage(kShape);
    test::expectError(
        ErrorKind::InvalidArgument,
        [&] {
          composeDeniable(image, image, {std::vector<Key>{le}, std::vector<Key>{ele}}, entry, random);
        },
        "same scheme");
    test::expectError(ErrorKind::InvalidArgument, [&] {
      composeDeniable(image, image, {std::vector<Key>{le}, std::vector<Key>{}}, entry, random);
    });
    const ComposedQuery c = composeNormal(image, image, {le}, entry, random);
    const Classifier m = modelFor(le, 1), wrongShape = modelFor(other, 2);
    test::expectError(
        ErrorKind::Mismatch, [&] { answerQuery(c.query, entryOf(1, 16, random), CloudModels::normal({&m}), random); }, "pad entry");
    test::expectError(
        ErrorKind::Mismatch, [&] { answerQuery(c.query, entry, CloudModels::normal({&wrongShape}), random); }, "takes images");
    test::expectError(
        ErrorKind::Mismatch, [&] { openQuery(c.query, entry.key, {other}); }, "model key");
    // A key that is not the pad entry opens the guide to noise, not to a shape.
    const Opening noise = openQuery(c.query, randomPermutation(256, random), {le});
    QVERIFY(!noise.shape);
    QCOMPARE(noise.part, -1);
  }

  void aPadEntryIsNeverReusedAfterACrashBetweenComposeAndSave() {
    QTemporaryDir dir;
    const std::string pad = dir.filePath("user.ledpad").toStdString();
    OsRandom random;
    GuidePad::generate(16, 3, random).write(pad);
    const Permutation first = GuidePad::takeNext(pad).key;
    // A child takes the next entry and dies before it saves any query.
    const pid_t child = fork();
    if (child == 0) {
      GuidePad::takeNext(pad);
      _exit(0);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    const PadEntry next = GuidePad::takeNext(pad);
    QCOMPARE(next.index, std::uint64_t(2));  // entry 1 went with the crash and is gone, never reused
    QVERIFY(next.key != first);
  }

  void fixedPadReusesOneKeySoQueriesAreLinkable() {
    QTemporaryDir dir;
    const std::string pad = dir.filePath("fixed.ledpad").toStdString();
    OsRandom random;
    GuidePad::generateFixed(16, random).write(pad);
    const PadEntry a = GuidePad::takeNext(pad), b = GuidePad::takeNext(pad);
    QVERIFY(a.key == b.key);
    QCOMPARE(GuidePad::read(pad).remaining(), std::size_t(1));
    QVERIFY(garbleGuide(drawGuide(GuideShape::Triangle, 16), a.key).data == garbleGuide(drawGuide(GuideShape::Triangle, 16), b.key).data);
  }

  // A log whose last line a crash or a full disk cut short: readers skip that line and say so, a damaged
  // line before the last is still an error, and the next append cuts the fragment off first instead of
  // gluing its line onto it.
  void aLogLineCutShortIsSkippedAndNeverGluedOnto() {
    LogEntry e;
    e.time = "2026-01-01T00:00:00.000Z";
    e.query = std::string(64, 'b');
    const std::string line = formatLogLine(e);
    std::string skipped;
    QCOMPARE(parseLogLines(line + "\n" + line + "\n" + line.substr(0, 40), "log", &skipped).size(), std::size_t(2));
    QVERIFY(skipped.find("line 3") != std::string::npos);
    test::expectError(
        ErrorKind::BadFile, [&] { parseLogLines(line + "\n" + line.substr(0, 40) + "\n" + line + "\n", "log"); }, "line 2");

    QTemporaryDir dir;
    const std::string path = dir.filePath("cloud.log").toStdString();
    const std::string torn = line + "\n" + line.substr(0, 40);
    writeFileAtomically(path, std::vector<std::uint8_t>(torn.begin(), torn.end()), 0600);
    appendLogLines(path, {line});
    skipped.clear();
    QCOMPARE(readLogFile(path, &skipped).size(), std::size_t(2));
    QVERIFY2(skipped.empty(), skipped.c_str());
  }

  // The proof binds the query to its entry's answer key: another key, or any field changed, and it fails.
  void aQueryProvesItsEntryAndNothingElse() {
    OsRandom random;
    const Key key = generateKey({SchemeParams::defaults(SchemeId::Le), {28, 28, 1}}, random);
    const PadEntry entry = entryOf(0, 16, random), other = entryOf(0, 16, random);
    const ComposedQuery c = composeNormal(test::gradientImage({28, 28, 1}), test::randomImage({28, 28, 1}, 2), {key}, entry, random);
    QVERIFY(queryProves(c.query, entry.answerKey));
    QVERIFY(!queryProves(c.query, other.answerKey));
    Query moved = c.query;
    moved.padIndex += 1;
    QVERIFY(!queryProves(moved, entry.answerKey));
    Query altered = c.query;
    altered.parts[0][0].bytes[0] ^= 1;
    QVERIFY(!queryProves(altered, entry.answerKey));
    QVERIFY(queryProves(decodeQuery(encodeQuery(c.query), "query"), entry.answerKey));
  }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
