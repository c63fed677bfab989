// Key files: round trip, permissions, and a clear error for every kind of bad file.
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

#include "TestSupport.h"
#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/shared/crypto/Sha256.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

Key makeKey(SchemeId id, ImageShape shape = {32, 32, 3}, std::uint64_t seed = 1) {
  StreamRandom random(seed);
  return generateKey({SchemeParams::defaults(id), shape}, random);
}

// Re-seals bytes with a valid checksum, so the test reaches the checks behind it.
std::vector<std::uint8_t> resealed(std::vector<std::uint8_t> bytes) {
  bytes.resize(bytes.size() - 32);
  const auto digest = Sha256::of(bytes.data(), bytes.size());
  bytes.insert(bytes.end(), digest.begin(), digest.end());
  return bytes;
}

// A key whose tables were made for one spec but whose header claims another.
std::vector<std::uint8_t> withClaimedSpec(const Key& real, const KeySpec& claimed) {
  return encodeKey(Key(claimed, std::nullopt, real.tables()));
}

}  // namespace

class TestKeyFile : public QObject {
  Q_OBJECT
 private slots:
  // Seeded demo keys are what they always were: these files were written by `led keygen --seed 7` before
  // the random streams, hashes and checksums came from libsodium, and the same seed makes them again,
  // byte for byte, so saved demo keys keep working.
  void seededKeysAreTheSameAsBefore_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("le 28x28x1") << "seed7-le-28x28x1.ledkey";
    QTest::newRow("etc 32x32x3") << "seed7-etc-32x32x3.ledkey";
    QTest::newRow("rmt 16x16x3") << "seed7-rmt-16x16x3.ledkey";
  }
  void seededKeysAreTheSameAsBefore() {
    QFETCH(QString, file);
    const std::string path = LED_TEST_DATA "/" + file.toStdString();
    const Key saved = readKeyFile(path);
    QCOMPARE(saved.seed(), std::optional<std::uint64_t>(7));
    StreamRandom random(7);
    const Key again = generateKey(saved.spec(), random);
    QCOMPARE(again.fingerprint(), saved.fingerprint());
    QVERIFY(encodeKey(again) == readWholeFile(path, 1 << 20));
  }

  void roundTripKeepsEverything_data() {
    QTest::addColumn<int>("scheme");
    for (SchemeId id : allSchemes()) QTest::newRow(schemeName(id).c_str()) << int(id);
  }
  void roundTripKeepsEverything() {
    QFETCH(int, scheme);
    const Key key = makeKey(SchemeId(scheme));
    const Key back = decodeKey(encodeKey(key), "k");
    QCOMPARE(back.fingerprint(), key.fingerprint());
    QVERIFY(back.spec().params == key.spec().params);
    QCOMPARE(back.spec().shape, key.spec().shape);
    QCOMPARE(back.seeded(), key.seeded());
    QCOMPARE(back.tables().size(), key.tables().size());
    for (std::size_t i = 0; i < key.tables().size(); ++i) {
      QCOMPARE(back.tables()[i].ints, key.tables()[i].ints);
      QCOMPARE(back.tables()[i].reals, key.tables()[i].reals);
    }
  }

  void writtenOwnerOnlyAndAtomically() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("a.ledkey").toStdString();
    writeKeyFile(path, makeKey(SchemeId::Le));
    struct stat st {};
    QCOMPARE(::stat(path.c_str(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QCOMPARE(readKeyFile(path).fingerprint(), makeKey(SchemeId::Le).fingerprint());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no temporary left behind
    // A failed write (no such folder) keeps nothing half-made and says why.
    test::expectError(
        ErrorKind::Io, [&] { writeKeyFile(dir.filePath("missing/b.ledkey").toStdString(), makeKey(SchemeId::Le)); }, "cannot write");
  }

  void truncatedAnywhereIsAClearError() {
    const std::vector<std::uint8_t> bytes = encodeKey(makeKey(SchemeId::Ele, {16, 16, 3}));
    for (std::size_t cut = 0; cut < bytes.size(); cut += 1 + cut / 3) {
      const std::vector<std::uint8_t> part(bytes.begin(), bytes.begin() + std::ptrdiff_t(cut));
      const std::string why = test::expectError(ErrorKind::BadFile, [&] { decodeKey(part, "k.ledkey"); });
      QVERIFY2(why.find("k.ledkey") != std::string::npos, why.c_str());
    }
  }

  void flippedByteIsAClearError() {
    const std::vector<std::uint8_t> bytes = encodeKey(makeKey(SchemeId::Etc));
    for (std::size_t at = 0; at < bytes.size(); at += 7) {
      std::vector<std::uint8_t> bad = bytes;
      bad[at] ^= 0x10;
      test::expectError(ErrorKind::BadFile, [&] { decodeKey(bad, "k"); });
    }
  }

  void emptyAndForeignFilesAreRefused() {
    test::expectError(
        ErrorKind::BadFile, [] { decodeKey({}, "k"); }, "empty");
    const std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    test::expectError(
        ErrorKind::BadFile, [&] { decodeKey(png, "k"); }, "not an LED Studio key file");
  }

  void newerVersionIsRefused() {
    std::vector<std::uint8_t> bytes = encodeKey(makeKey(SchemeId::Le));
    bytes[8] = 2;
    test::expectError(
        ErrorKind::BadFile, [&] { decodeKey(resealed(bytes), "k"); }, "version 2");
  }

  void wrongSchemeIsRefused() {
    // le's tables under an etc header.
    const Key le = makeKey(SchemeId::Le);
    const auto bytes = withClaimedSpec(le, {SchemeParams::defaults(SchemeId::Etc), le.spec().shape});
    test::expectError(
        ErrorKind::BadFile, [&] { decodeKey(bytes, "k"); }, "another scheme");
  }

  void wrongBlockSizeIsRefused() {
    const Key le = makeKey(SchemeId::Le);
    SchemeParams p = le.spec().params;
    p.blockSize = 8;
    test::expectError(
        ErrorKind::BadFile,
        [&] {
          decodeKey(withClaimedSpec(le, {p, le.spec().shape}), "k");
        },
        "permutation");
  }

  void wrongImageSizeIsRefused() {
    const Key ele = makeKey(SchemeId::Ele, {32, 32, 3});
    const auto bytes = withClaimedSpec(ele, {ele.spec().params, {28, 28, 3}});
    test::expectError(
        ErrorKind::BadFile, [&] { decodeKey(bytes, "k"); }, "28x28x3");
  }

  void tablesThatAreNotPermutationsAreRefused() {
    Key le = makeKey(SchemeId::Le);
    std::vector<KeyTable> tables = le.tables();
    tables[0].ints[0] = tables[0].ints[1];
    test::expectError(
        ErrorKind::BadFile, [&] { decodeKey(encodeKey(Key(le.spec(), std::nullopt, tables)), "k"); }, "not a permutation");
    tables = makeKey(SchemeId::Rmt).tables();
    tables[0].reals[0] += 0.5;
    const Key rmt = makeKey(SchemeId::Rmt);
    test::expectError(
        ErrorKind::BadFile, [&] { decodeKey(encodeKey(Key(rmt.spec(), std::nullopt, tables)), "k"); }, "not orthogonal");
  }

  void hugeClaimsAreRefusedBeforeAllocating() {
    // A table that claims 2^28 entries in a file of a few hundred bytes.
    ByteWriter w;
    w.raw("LEDKEY\r\n", 8);
    w.u32(kKeyFileVersion);
    w.u8(0);
    w.u64(0);
    w.text("le");
    w.u32(4);
    w.u8(7);
    w.f64(0);
    w.u32(32);
    w.u32(32);
    w.u32(3);
    w.u32(1);
    w.text("permutation");
    w.u8(2);
    w.u32(1u << 14);
    w.u32(1u << 14);
    w.u8(4);
    w.bytes().resize(w.bytes().size() + 32);
    test::expectError(
        ErrorKind::BadFile, [&] { decodeKey(resealed(w.bytes()), "k"); }, "truncated");
    // And an image shape beyond any real image.
    const Key le = makeKey(SchemeId::Le);
    test::expectError(
        ErrorKind::BadFile,
        [&] {
          decodeKey(withClaimedSpec(le, {le.spec().params, {1 << 20, 1 << 20, 3}}), "k");
        },
        "too large");
  }

  void missingFileIsAnIoError() {
    test::expectError(
        ErrorKind::Io, [] { readKeyFile("/nonexistent/k.ledkey"); }, "cannot open");
  }
};

QTEST_APPLESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
