// led-cloud train across processes, on loopback only: two ranks give the model one process gives with the
// same partitions, hold the same weights after every epoch, resume with another number of ranks; a rank
// that dies ends the other in bounded time with a sentence naming it; rendezvous mistakes are sentences;
// torchrun launches the ranks; an ensemble's members are shared out among the ranks; ranks on two hosts
// (network namespaces the test makes) train one model.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <signal.h>

#include "SmallExport.h"
#include "TestSupport.h"
#include "core/user/data/DatasetExport.h"
#include "core/user/data/FashionMnist.h"
#include "core/shared/learn/Classifier.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "core/shared/shards/ShardedDataset.h"

using namespace led;

namespace {

// A port on 127.0.0.1 that nothing listens on now.
int freePort() {
  QTcpServer probe;
  probe.listen(QHostAddress::LocalHost, 0);
  return probe.serverPort();
}

// Where a rank runs: this machine's loopback, or a network namespace the test made.
struct Host {
  QString address = "127.0.0.1", interface = "lo", netns;
};

// Runs `ip` with these arguments; true when it succeeded within 10 s.
bool ip(const QStringList& args) {
  QProcess p;
  p.start("ip", args);
  return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Two network namespaces joined by a veth pair (10.231.0.1 and 10.231.0.2), removed with the object.
// Nothing in them reaches beyond the pair.
class TwoHosts {
 public:
  TwoHosts() {
    const QString id = QString::number(QCoreApplication::applicationPid() % 100000);
    a = {"10.231.0.1", "leda" + id, "led-a-" + id};
    b = {"10.231.0.2", "ledb" + id, "led-b-" + id};
    made_ = ip({"netns", "add", a.netns}) && ip({"netns", "add", b.netns}) &&
            ip({"link", "add", a.interface, "netns", a.netns, "type", "veth", "peer", "name", b.interface, "netns", b.netns}) && up(a) &&
            up(b);
  }
  ~TwoHosts() {
    ip({"netns", "delete", a.netns});  // the veth pair goes with its namespaces
    ip({"netns", "delete", b.netns});
  }
  bool made() const { return made_; }

  Host a, b;

 private:
  static bool up(const Host& h) {
    return ip({"-n", h.netns, "addr", "add", h.address + "/24", "dev", h.interface}) &&
           ip({"-n", h.netns, "link", "set", h.interface, "up"}) && ip({"-n", h.netns, "link", "set", "lo", "up"});
  }
  bool made_ = false;
};

}  // namespace

class TestDistributed : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString data_;
  QString path(const QString& name) const { return dir_.filePath(name); }

  // led-cloud train on the small dataset, as rank `rank` of `world` (world 1: one process), meeting at
  // `port` of rank 0's host.
  std::unique_ptr<QProcess> start(int rank, int world, int port, const QStringList& extra, const Host& here = {}, const Host& first = {}) {
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* v : {"RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"}) env.remove(v);
    if (world > 1) {
      env.insert("RANK", QString::number(rank));
      env.insert("WORLD_SIZE", QString::number(world));
      env.insert("MASTER_ADDR", first.address);
      env.insert("MASTER_PORT", QString::number(port));
      env.insert("GLOO_SOCKET_IFNAME", here.interface);
    }
    p->setProcessEnvironment(env);
    QStringList args{"train", "--seed", "3", "--threads", "1"};
    if (!extra.contains("--data")) args << "--data" << data_;
    if (!extra.contains("--batch"))
      args << "--batch"
           << "64";
    if (here.netns.isEmpty())
      p->start(LED_CLOUD_PATH, args + extra);
    else
      p->start("ip", QStringList{"netns", "exec", here.netns, LED_CLOUD_PATH} + args + extra);
    return p;
  }

  static QString finish(QProcess& p, int timeoutMs = 120000) {
    p.waitForFinished(timeoutMs);
    return QString::fromUtf8(p.readAllStandardError());
  }

  // The model the two-rank runs are compared with: two epochs of the same two partitions in one
  // process, trained the first time a test asks for it (so that any test runs alone). Empty when
  // training failed.
  QString oneProcessModel() {
    const QString model = path("alone.ledmodel");
    if (QFile::exists(model)) return model;
    auto alone = start(0, 1, 0, {"--epochs", "2", "--partitions", "2", "-o", model});
    const QString err = finish(*alone);
    if (alone->exitCode() != 0) qWarning() << err;
    return alone->exitCode() == 0 ? model : QString();
  }

  static QStringList digests(const QString& err) {
    QStringList out;
    static const QRegularExpression line("epoch (\\d+), weights ([0-9a-f-]+)");
    for (auto it = line.globalMatch(err); it.hasNext();) out << it.next().captured(0);
    return out;
  }

  // Probabilities of two model files on the same ciphertexts: their largest difference.
  double modelsDiffer(const QString& a, const QString& b) const {
    const Classifier first = Classifier::load(a.toStdString()), second = Classifier::load(b.toStdString());
    const EncryptedDataset d = readEncryptedDataset(data_.toStdString());
    const ShardedDataset test(data_.toStdString(), d, true);
    std::vector<std::size_t> indices(64);
    std::iota(indices.begin(), indices.end(), std::size_t(0));
    std::vector<float> inputs(indices.size() * test.inputShape().size());
    std::vector<std::int64_t> labels(indices.size());
    test.fill(indices.data(), indices.size(), 0, nullptr, inputs.data(), labels.data());
    const std::vector<float> p = first.probabilities(inputs.data(), indices.size()),
                             q = second.probabilities(inputs.data(), indices.size());
    double worst = 0;
    for (std::size_t i = 0; i < p.size(); ++i) worst = std::max(worst, double(std::abs(p[i] - q[i])));
    return worst;
  }

 private slots:
  void initTestCase() {
    StreamRandom random(22);
    const Key key = generateKey({SchemeParams::defaults(SchemeId::Le), {28, 28, 1}}, random);
    const std::atomic<bool> never{false};
    exportEncryptedDataset(loadFashionMnist(defaultFashionMnistFolder()), key, test::smallExportPlan(1000, 250, 21),
                           path("data").toStdString(), {}, never);
    data_ = path("data");
  }

  // After every epoch both ranks hold the same weights, and the model equals one process's with the
  // same two partitions (to float tolerance: the ranks' sums are added in another order).
  void twoRanksGiveWhatOneProcessGives() {
    const QString alone = oneProcessModel();
    QVERIFY(!alone.isEmpty());
    const int port = freePort();
    auto r0 = start(0, 2, port, {"--epochs", "2", "-o", path("ranks.ledmodel")});
    auto r1 = start(1, 2, port, {"--epochs", "2", "-o", path("ranks.ledmodel")});
    const QString e0 = finish(*r0), e1 = finish(*r1);
    QVERIFY2(r0->exitCode() == 0 && r1->exitCode() == 0, qPrintable(e0 + e1));
    QCOMPARE(digests(e0).size(), 2);
    QCOMPARE(digests(e1), digests(e0).replaceInStrings("rank 0", "rank 1"));
    QVERIFY(!QFile::exists(path("ranks-2.ledmodel")));
    QVERIFY2(modelsDiffer(alone, path("ranks.ledmodel")) < 1e-5, "two ranks trained another model");
    QCOMPARE(Classifier::load(path("ranks.ledmodel").toStdString()).info().keyFingerprint,
             readEncryptedDataset(data_.toStdString()).keyFingerprint);
  }

  // With a batch of 67 the two partitions take 34 and 33 images a step, so the last step has images of
  // one partition only, on rank 1: what it did to the normalisation statistics still reaches rank 0.
  void ranksAgreeWhenOnePartitionRunsOut() {
    const QStringList run{"--epochs", "1", "--batch", "67"};
    auto alone = start(0, 1, 0, run + QStringList{"--partitions", "2", "-o", path("odd-alone.ledmodel")});
    const QString err = finish(*alone);
    QVERIFY2(alone->exitCode() == 0, qPrintable(err));
    const int port = freePort();
    auto r0 = start(0, 2, port, run + QStringList{"-o", path("odd.ledmodel")});
    auto r1 = start(1, 2, port, run + QStringList{"-o", path("odd.ledmodel")});
    const QString e0 = finish(*r0), e1 = finish(*r1);
    QVERIFY2(r0->exitCode() == 0 && r1->exitCode() == 0, qPrintable(e0 + e1));
    QVERIFY(modelsDiffer(path("odd-alone.ledmodel"), path("odd.ledmodel")) < 1e-5);
  }

  // An ensemble is shared out: each rank trains its own members alone, and writes what one process would.
  void ranksShareOutAnEnsemble() {
    const QStringList ensemble{"--data", data_ + "," + data_ + "," + data_, "--epochs", "1"};
    auto alone = start(0, 1, 0, ensemble + QStringList{"-o", path("alone-ens.ledmodel")});
    const QString err = finish(*alone);
    QVERIFY2(alone->exitCode() == 0, qPrintable(err));
    const int port = freePort();
    auto r0 = start(0, 2, port, ensemble + QStringList{"--json", "-o", path("ens.ledmodel")});
    auto r1 = start(1, 2, port, ensemble + QStringList{"--json", "-o", path("ens.ledmodel")});
    const QString e0 = finish(*r0), e1 = finish(*r1);
    QVERIFY2(r0->exitCode() == 0 && r1->exitCode() == 0, qPrintable(e0 + e1));
    const QJsonObject first = QJsonDocument::fromJson(r0->readAllStandardOutput()).object();
    const QJsonObject second = QJsonDocument::fromJson(r1->readAllStandardOutput()).object();
    QCOMPARE(first["models"].toArray().size(), 2);   // members 1 and 3
    QCOMPARE(second["models"].toArray().size(), 1);  // member 2
    QCOMPARE(second["models"].toArray()[0].toObject()["model"].toString(), path("ens-2.ledmodel"));
    for (const QString member : {"", "-2", "-3"})
      QVERIFY2(modelsDiffer(path("alone-ens" + member + ".ledmodel"), path("ens" + member + ".ledmodel")) == 0, qPrintable(member));
  }

  // A run checkpointed by two ranks resumes in one process, and ends where two ranks end.
  void aRunResumesWithAnotherNumberOfRanks() {
    const int port = freePort();
    auto r0 = start(0, 2, port, {"--epochs", "1", "--checkpoint", path("run.ledckpt"), "-o", path("one.ledmodel")});
    auto r1 = start(1, 2, port, {"--epochs", "1", "--checkpoint", path("run.ledckpt"), "-o", path("one.ledmodel")});
    finish(*r0);
    finish(*r1);
    QCOMPARE(r0->exitCode(), 0);
    auto resumed = start(0, 1, 0, {"--epochs", "2", "--resume", path("run.ledckpt"), "-o", path("resumed.ledmodel")});
    const QString err = finish(*resumed);
    QVERIFY2(resumed->exitCode() == 0, qPrintable(err));
    QVERIFY(modelsDiffer(path("resumed.ledmodel"), oneProcessModel()) < 1e-5);
  }

  // led-cloud bench train times steps on the encrypted dataset and says what share went to its data path.
  void theCloudBenchmarksTrainingOnTheDataset() {
    QProcess p;
    p.start(LED_CLOUD_PATH, {"bench", "train", "--data", data_, "--steps", "3", "--batch", "32", "--threads", "1", "--json"});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(r["images_per_second"].toDouble() > 0);
    QVERIFY(r["model_images_per_second"].toDouble() >= r["images_per_second"].toDouble());
    const double share = r["prepare_share"].toDouble();
    QVERIFY(share > 0 && share < 1);
    QCOMPARE(r["scheme"].toString(), QString("le"));
  }

  void aKilledRankEndsTheOtherWithASentence() {
    const int port = freePort();
    const QStringList args{"--epochs", "100", "--timeout", "30", "--checkpoint", path("killed.ledckpt"), "-o", path("killed.ledmodel")};
    auto r0 = start(0, 2, port, args);
    auto r1 = start(1, 2, port, args);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path("killed.ledckpt")), 60000);
    r1->kill();
    QElapsedTimer ended;
    ended.start();
    const QString err = finish(*r0, 60000);
    QVERIFY2(ended.elapsed() < 15000, qPrintable(QString("rank 0 took %1 ms to end").arg(ended.elapsed())));
    QCOMPARE(r0->exitCode(), 1);
    QVERIFY2(err.contains("rank 1 stopped answering"), qPrintable(err));
    QCOMPARE(err.count("error"), 1);
    QVERIFY(Classifier::load(path("killed.ledckpt").toStdString()).info().architecture == "baseline");
    r1->waitForFinished();
  }

  // A rank that hangs (stopped, its heartbeat too) is named when the collective times out, not a
  // heartbeat's wait later.
  void aHungRankIsNamedAtTheTimeout() {
    const int port = freePort();
    const QStringList args{"--epochs", "100", "--timeout", "8", "--checkpoint", path("hung.ledckpt"), "-o", path("hung.ledmodel")};
    auto r0 = start(0, 2, port, args);
    auto r1 = start(1, 2, port, args);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path("hung.ledckpt")), 60000);
    ::kill(pid_t(r1->processId()), SIGSTOP);
    QElapsedTimer ended;
    ended.start();
    const QString err = finish(*r0, 60000);
    ::kill(pid_t(r1->processId()), SIGKILL);
    r1->waitForFinished();
    QVERIFY2(err.contains("rank 1 stopped answering"), qPrintable(err));
    qInfo("the hung rank was named %lld ms after it stopped", static_cast<long long>(ended.elapsed()));
    QVERIFY2(ended.elapsed() < 9500,
             qPrintable(QString("rank 0 named the hung rank after %1 ms; the timeout is 8 s").arg(ended.elapsed())));
  }

  // A rank that stops on an error of its own (here a damaged copy of the data) leaves its reason, and
  // rank 0's sentence gives it.
  void aStoppedRanksReasonReachesRankZero() {
    const QString damaged = path("damaged-data");
    QVERIFY(QDir().mkpath(damaged));
    for (const QFileInfo& f : QDir(data_).entryInfoList(QDir::Files)) {
      QVERIFY(QFile::copy(f.filePath(), damaged + "/" + f.fileName()));
      if (!f.fileName().startsWith("train") || f.fileName().contains("labels")) continue;
      QFile file(damaged + "/" + f.fileName());
      QVERIFY(file.open(QIODevice::ReadWrite));
      file.seek(file.size() / 2);
      const char flipped = char(file.peek(1).at(0) ^ 1);
      file.write(&flipped, 1);
    }
    const int port = freePort();
    auto r0 = start(0, 2, port, {"--epochs", "2", "--timeout", "30", "-o", path("reason.ledmodel")});
    auto r1 = start(1, 2, port, {"--epochs", "2", "--timeout", "30", "--data", damaged, "-o", path("reason.ledmodel")});
    const QString err0 = finish(*r0, 60000), err1 = finish(*r1, 60000);
    QCOMPARE(r1->exitCode(), 1);
    QVERIFY2(err1.contains("is damaged"), qPrintable(err1));
    QCOMPARE(r0->exitCode(), 1);
    QVERIFY2(err0.contains("rank 1 (") && err0.contains("is damaged"), qPrintable(err0));
  }

  // A checkpoint's partitions decide how a resumed run cuts the data: other ones are refused.
  void resumingWithOtherPartitionsIsRefused() {
    auto first =
        start(0, 1, 0, {"--epochs", "1", "--partitions", "2", "--checkpoint", path("parts.ledckpt"), "-o", path("parts.ledmodel")});
    const QString err = finish(*first);
    QVERIFY2(first->exitCode() == 0, qPrintable(err));
    auto other = start(0, 1, 0, {"--epochs", "2", "--partitions", "3", "--resume", path("parts.ledckpt"), "-o", path("parts.ledmodel")});
    const QString refused = finish(*other);
    QCOMPARE(other->exitCode(), 1);
    QVERIFY2(refused.contains("was trained with 2 partitions, not 3"), qPrintable(refused));
  }

  void rendezvousMistakesAreSentences() {
    const QStringList args{"--epochs", "1", "--timeout", "5", "-o", path("x.ledmodel")};
    int port = freePort();
    auto r0 = start(0, 3, port, args);  // WORLD_SIZE says 3, two are started
    auto r1 = start(1, 3, port, args);
    QVERIFY(finish(*r0, 60000).contains("not all 3 ranks (WORLD_SIZE) joined"));
    QVERIFY(finish(*r1, 60000).contains("not all 3 ranks (WORLD_SIZE) joined"));
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    auto busy = start(0, 2, taken.serverPort(), args);
    QVERIFY(finish(*busy, 60000).contains("the port is in use"));
    auto lonely = start(1, 2, freePort(), args);  // no rank 0
    QVERIFY(finish(*lonely, 60000).contains("found no rendezvous store answering"));
    for (QProcess* p : {r0.get(), r1.get(), busy.get(), lonely.get()}) QCOMPARE(p->exitCode(), 1);
  }

  // Two machines: two network namespaces joined by a veth pair, each rank in its own, Gloo on the veth.
  void ranksOnTwoHostsTrainOneModel() {
    TwoHosts hosts;
    if (!hosts.made()) QSKIP("network namespaces cannot be made here (ip netns needs root and CAP_NET_ADMIN)");
    auto alone = start(0, 1, 0, {"--epochs", "1", "--partitions", "2", "-o", path("hosts-alone.ledmodel")});
    const QString err = finish(*alone);
    QVERIFY2(alone->exitCode() == 0, qPrintable(err));
    const QStringList args{"--epochs", "1", "--timeout", "30", "-o", path("hosts.ledmodel")};
    auto r0 = start(0, 2, 29500, args, hosts.a, hosts.a);
    auto r1 = start(1, 2, 29500, args, hosts.b, hosts.a);
    const QString e0 = finish(*r0), e1 = finish(*r1);
    QVERIFY2(r0->exitCode() == 0 && r1->exitCode() == 0, qPrintable(e0 + e1));
    QCOMPARE(digests(e1), digests(e0).replaceInStrings("rank 0", "rank 1"));
    QVERIFY(modelsDiffer(path("hosts-alone.ledmodel"), path("hosts.ledmodel")) < 1e-5);
  }

  // torchrun (Debian's python3-torch) starts the ranks and hosts their store.
  void torchrunLaunchesTheRanks() {
    if (!QFile::exists("/usr/bin/torchrun")) QSKIP("torchrun is not installed (python3-torch)");
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("GLOO_SOCKET_IFNAME", "lo");
    run.setProcessEnvironment(env);
    run.start("/usr/bin/torchrun", {"--nproc_per_node",
                                    "2",
                                    "--no_python",
                                    "-r",
                                    "1",
                                    "-t",
                                    "1",
                                    "--master_addr",
                                    "127.0.0.1",
                                    "--master_port",
                                    QString::number(freePort()),
                                    LED_CLOUD_PATH,
                                    "train",
                                    "--data",
                                    data_,
                                    "--batch",
                                    "64",
                                    "--seed",
                                    "3",
                                    "--threads",
                                    "1",
                                    "--epochs",
                                    "2",
                                    "-o",
                                    path("torchrun.ledmodel")});
    QVERIFY(run.waitForFinished(180000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    QVERIFY(modelsDiffer(path("torchrun.ledmodel"), oneProcessModel()) < 1e-5);
  }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "tst_distributed.moc"
