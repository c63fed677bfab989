// Faults while saving: a process killed (SIGKILL) at random moments while it saves keys, takes guide pad
// entries or writes checkpoints in training leaves every file as it was or as it should be, never
// half-written; a pad entry is never handed out twice across the kills; a save that runs out of space
// fails with a sentence and keeps the previous file. The trial counts are printed (docs/hardening.md quotes them).
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <set>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "TestSupport.h"
#include "core/shared/common/AtomicFile.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/project/ProjectFile.h"
#include "core/shared/learn/Classifier.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

// Runs `work` in a child process until it is killed after `micros` microseconds.
void killDuring(const std::function<void()>& work, long micros) {
  const pid_t child = fork();
  if (child == 0) {
    work();
    _exit(0);
  }
  usleep(useconds_t(micros));
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
}

// Kills, `trials` times, a process that saves version i % 2 of a file in a loop (`save(i)`), then asks
// `intact` whether the file is one of the two versions; returns how often it was neither, or unreadable.
int damagedAfterKills(int trials, StreamRandom& random, const std::function<void(int)>& save, const std::function<bool()>& intact) {
  int damaged = 0;
  for (int trial = 0; trial < trials; ++trial) {
    killDuring(
        [&] {
          for (int i = 0;; ++i) save(i);
        },
        long(random.below(30000)));
    try {
      damaged += !intact();
    } catch (const Error&) {
      ++damaged;
    }
  }
  return damaged;
}

}  // namespace

class TestFaults : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private slots:
  void keySavesSurviveKills() {
    const std::string path = dir_.filePath("k.ledkey").toStdString();
    StreamRandom random(1);
    const Key a = generateKey({SchemeParams::defaults(SchemeId::Ele), {32, 32, 3}}, random);
    const Key b = generateKey({SchemeParams::defaults(SchemeId::Ele), {32, 32, 3}}, random);
    writeKeyFile(path, a);
    const int damaged = damagedAfterKills(
        100, random, [&](int i) { writeKeyFile(path, i % 2 ? a : b); },
        [&] {
          const std::string fingerprint = readKeyFile(path).fingerprint();
          return fingerprint == a.fingerprint() || fingerprint == b.fingerprint();
        });
    qInfo("key saves killed: 100 trials, %d files damaged", damaged);
    QCOMPARE(damaged, 0);
  }

  void projectSavesSurviveKills() {
    const std::string path = dir_.filePath("p.ledproj").toStdString();
    Project a, b;
    a.set("scramble.image", "sample:dog");
    b.set("scramble.image", "sample:cat");
    for (int i = 0; i < 200; ++i) b.set("train.entry" + std::to_string(i), std::string(100, 'x'));  // a larger file
    writeProjectFile(path, a);
    StreamRandom random(5);
    const int damaged = damagedAfterKills(
        60, random, [&](int i) { writeProjectFile(path, i % 2 ? a : b); },
        [&] {
          const Project read = readProjectFile(path);
          return read.values == a.values || read.values == b.values;
        });
    qInfo("project saves killed: 60 trials, %d files damaged", damaged);
    QCOMPARE(damaged, 0);
  }

  void padEntriesAreNeverHandedOutTwiceAcrossKills() {
    const std::string pad = dir_.filePath("p.ledpad").toStdString();
    OsRandom os;
    const std::uint32_t entries = 400;
    GuidePad::generate(16, entries, os).write(pad);
    int fds[2];
    QCOMPARE(pipe(fds), 0);
    StreamRandom random(2);
    const int trials = 60;
    for (int trial = 0; trial < trials; ++trial) {
      killDuring(
          [&] {
            close(fds[0]);
            for (;;) {
              const std::uint64_t index = GuidePad::takeNext(pad).index;  // handed out: reported, then "used"
              if (write(fds[1], &index, sizeof index) != sizeof index) _exit(1);
            }
          },
          long(random.below(20000)));
      if (GuidePad::read(pad).remaining() < 20) break;  // the pad stays readable after every kill (or this throws)
    }
    close(fds[1]);
    std::vector<std::uint64_t> handedOut;
    for (std::uint64_t index; read(fds[0], &index, sizeof index) == sizeof index;) handedOut.push_back(index);
    close(fds[0]);
    // What is left is handed out here, after every kill: no index may come twice.
    for (std::size_t left = GuidePad::read(pad).remaining(); left > 0; --left) handedOut.push_back(GuidePad::takeNext(pad).index);
    const std::set<std::uint64_t> distinct(handedOut.begin(), handedOut.end());
    qInfo("pad entries taken under kills: %zu handed out, %zu distinct", handedOut.size(), distinct.size());
    QCOMPARE(distinct.size(), handedOut.size());
    QVERIFY(handedOut.size() > entries / 2);
  }

  void checkpointsSurviveKillsDuringTraining() {
    const QString checkpoint = dir_.filePath("run.ledckpt");
    StreamRandom random(3);
    const int trials = 8;
    int loaded = 0, absent = 0, damaged = 0;
    for (int trial = 0; trial < trials; ++trial) {
      const QDateTime before = QFileInfo(checkpoint).lastModified();
      QProcess led;
      led.start(LED_CLI_PATH, {"train", "--epochs", "50", "--limit-train", "300", "--limit-test", "50", "--batch", "32", "--checkpoint",
                               checkpoint, "-o", dir_.filePath("never.ledmodel")});
      QVERIFY(led.waitForStarted());
      // Once this run has saved a checkpoint, kill it at a random moment of the epochs and saves that follow.
      QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(checkpoint).lastModified() != before, 120000);
      QTest::qWait(int(random.below(1500)));
      kill(pid_t(led.processId()), SIGKILL);
      led.waitForFinished();
      if (!QFile::exists(checkpoint)) {
        ++absent;
        continue;
      }
      try {
        Classifier::load(checkpoint.toStdString());
        ++loaded;
      } catch (const Error&) {
        ++damaged;
      }
    }
    qInfo("training killed: %d trials, checkpoint loaded %d, not yet written %d, damaged %d", trials, loaded, absent, damaged);
    QCOMPARE(damaged, 0);
    QCOMPARE(loaded, trials);
  }

  void aFullDiskKeepsThePreviousFile() {
    const std::string path = dir_.filePath("full.ledkey").toStdString();
    StreamRandom random(4);
    const Key small = generateKey({SchemeParams::defaults(SchemeId::Le), {8, 8, 1}}, random);
    const Key large = generateKey({SchemeParams::defaults(SchemeId::Ele), {64, 64, 3}}, random);
    writeKeyFile(path, small);
    const std::size_t before = readWholeFile(path, 1 << 20).size();
    // A child whose files may not grow past 4 KiB: the large key cannot be written, as on a full disk.
    const pid_t child = fork();
    if (child == 0) {
      signal(SIGXFSZ, SIG_IGN);
      const rlimit limit{4096, 4096};
      setrlimit(RLIMIT_FSIZE, &limit);
      try {
        writeKeyFile(path, large);
        _exit(3);  // it should not have fitted
      } catch (const Error& e) {
        _exit(e.kind() == ErrorKind::Io && std::string(e.what()).find("cannot write") != std::string::npos ? 0 : 4);
      }
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(readKeyFile(path).fingerprint(), small.fingerprint());
    QCOMPARE(readWholeFile(path, 1 << 20).size(), before);
    const QStringList strays = QDir(dir_.path()).entryList({"full.ledkey.tmp-*"});
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(", ")));
  }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
