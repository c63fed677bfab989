// led-cloud serve with its clients, all on 127.0.0.1: every accepted query gets exactly one answer and
// one log line, also when many are sent and composed at once; bad requests, slow and vanishing clients
// and a full queue never stop it; and what the cloud sees does not depend on which part is real.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "TestSupport.h"
#include "core/common/AtomicFile.h"
#include "core/deniable/DeniabilityTest.h"
#include "core/deniable/LogLine.h"
#include "core/deniable/QueryFile.h"
#include "core/imageio/ImageFile.h"
#include "core/keyfile/KeyFile.h"
#include "core/local/ImageTraining.h"
#include "core/local/Prediction.h"
#include "core/remote/CloudClient.h"
#include "core/schemes/SchemeRegistry.h"
#include "core/user/Compose.h"

using namespace led;
using Clock = std::chrono::steady_clock;

namespace {

const ImageShape kShape{28, 28, 1};

// Seeded keys and untrained seeded models: test fixtures only, never a user's keys.
Key keyOf(std::uint64_t seed) {
  StreamRandom random(seed);
  return generateKey({SchemeParams::defaults(SchemeId::Le), kShape}, random);
}

Classifier modelFor(const Key& key, std::uint64_t seed) {
  Dataset d;
  d.name = "test";
  d.shape = kShape;
  d.classNames = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  return Classifier(modelInfoFor("baseline", d, key), seed);
}

// A running led-cloud serve.
struct Service {
  std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
  QString url;
  int port = 0;

  ~Service() {
    if (process->state() == QProcess::NotRunning) return;
    process->terminate();
    process->waitForFinished(10000);
  }
};

// One composed query, as its user keeps it.
struct Composed {
  int coin = 0;
  PadEntry entry;
  Query query;
  std::vector<std::uint8_t> bytes;
};

// A raw HTTP exchange, for requests no well-behaved client sends. Returns the status line's code, or 0
// when the server closed without answering. `whole`: read until the server closes, not just the head.
int rawStatus(int port, const QByteArray& request, QByteArray* response = nullptr, bool whole = false) {
  QTcpSocket socket;
  socket.connectToHost("127.0.0.1", quint16(port));
  if (!socket.waitForConnected(5000)) return -1;
  socket.write(request);
  socket.waitForBytesWritten(5000);
  QByteArray got;
  while (socket.waitForReadyRead(8000)) {
    got += socket.readAll();
    if (!whole && got.contains("\r\n\r\n")) break;
  }
  if (response) *response = got;
  if (!got.startsWith("HTTP/1.1 ")) return 0;
  return got.mid(9, 3).toInt();
}

}  // namespace

class TestService : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  OsRandom os_;
  Key k0_ = keyOf(1), k1_ = keyOf(2);
  std::unique_ptr<Classifier> m0_, m1_;
  Image target_, fake_;
  std::unique_ptr<Service> main_;

  QString path(const QString& name) const { return dir_.filePath(name); }
  std::string spath(const QString& name) const { return path(name).toStdString(); }

  // A client: a pad for the user and the cloud's copy in the service's folder.
  std::string newClient(const QString& name, std::uint32_t entries) {
    const GuidePad pad = GuidePad::generate(16, entries, os_);
    pad.write(spath(name + ".ledpad"));
    pad.write(spath("pads/" + name + ".ledpad"));
    return spath(name + ".ledpad");
  }

  Composed compose(const std::string& pad) {
    Composed c;
    c.entry = GuidePad::takeNext(pad);
    const ComposedQuery q = composeDeniable(target_, fake_, {std::vector<Key>{k0_}, std::vector<Key>{k1_}}, c.entry, os_);
    c.coin = q.coin;
    c.query = q.query;
    c.bytes = encodeQuery(q.query);
    return c;
  }

  std::unique_ptr<Service> start(const QStringList& extra, const QString& log = "cloud.log") {
    auto s = std::make_unique<Service>();
    s->process->start(LED_CLOUD_PATH, QStringList{"serve", "--part0-models", path("m0.ledmodel"), "--part1-models", path("m1.ledmodel"), "--pads",
                                                  path("pads"), "--log", path(log), "--listen", "127.0.0.1:0", "--threads", "1", "--json"} +
                                          extra);
    for (int i = 0; i < 100 && !s->process->canReadLine(); ++i) s->process->waitForReadyRead(200);
    const QJsonObject where = QJsonDocument::fromJson(s->process->readLine()).object();
    s->url = where["url"].toString();
    s->port = where["port"].toInt();
    if (s->port <= 0) qWarning() << s->process->readAllStandardError();
    return s;
  }

  std::vector<LogEntry> logOf(const QString& log = "cloud.log") const {
    return QFile::exists(path(log)) ? readLogFile(spath(log)) : std::vector<LogEntry>{};
  }

  // The label the answer's real slot must hold: what the model of the coin's part says of the target.
  int expectedLabel(int coin) const { return predict(coin == 0 ? *m0_ : *m1_, coin == 0 ? k0_ : k1_, target_).ranking[0]; }

 private slots:
  void initTestCase() {
    QVERIFY(QDir().mkpath(path("pads")));
    m0_ = std::make_unique<Classifier>(modelFor(k0_, 3));
    m1_ = std::make_unique<Classifier>(modelFor(k1_, 4));
    writeKeyFile(spath("k0.ledkey"), k0_);
    writeKeyFile(spath("k1.ledkey"), k1_);
    m0_->save(spath("m0.ledmodel"));
    m1_->save(spath("m1.ledmodel"));
    target_ = test::gradientImage(kShape);
    fake_ = test::randomImage(kShape, 5);
    main_ = start({});
    QVERIFY2(main_->port > 0, "led-cloud serve did not start");
  }

  // Four clients send ten queries each at once: batches form, and every answer is its own query's, with
  // the label of the real part's model, and one log line each.
  void everyQueryGetsItsOwnAnswerAndOneLogLine() {
    const std::size_t before = logOf().size();
    std::vector<std::vector<Composed>> sent(4);
    for (std::size_t c = 0; c < sent.size(); ++c) {
      const std::string pad = newClient(QString("c%1").arg(c), 10);
      for (int i = 0; i < 10; ++i) sent[c].push_back(compose(pad));
    }
    std::vector<std::vector<std::vector<std::uint8_t>>> answers(sent.size());
    std::vector<std::thread> clients;
    std::atomic<int> failures{0};
    for (std::size_t c = 0; c < sent.size(); ++c)
      clients.emplace_back([&, c] {
        CloudClient client(main_->url.toStdString());
        for (const Composed& q : sent[c]) try {
            answers[c].push_back(client.ask(q.bytes));
          } catch (const Error&) {
            ++failures;
          }
      });
    for (auto& t : clients) t.join();
    QCOMPARE(failures.load(), 0);
    std::set<std::string> digests;
    for (std::size_t c = 0; c < sent.size(); ++c)
      for (std::size_t i = 0; i < sent[c].size(); ++i) {
        const Composed& q = sent[c][i];
        const Answer a = decodeAnswer(answers[c][i], "answer");
        QCOMPARE(a.queryDigest, queryDigest(q.query));
        QCOMPARE(openAnswerSlot(a, q.coin, q.entry.answerKey).label, expectedLabel(q.coin));
        digests.insert(a.queryDigest);
      }
    const std::vector<LogEntry> log = logOf();
    QCOMPARE(log.size(), before + 40);
    std::map<std::string, int> logged;
    for (std::size_t i = before; i < log.size(); ++i) ++logged[log[i].query];
    QCOMPARE(logged.size(), std::size_t(40));
    for (const auto& [digest, count] : logged) QVERIFY(count == 1 && digests.count(digest) == 1);
    // The cloud's copies have every entry used, and queries were classified together.
    for (std::size_t c = 0; c < sent.size(); ++c) QCOMPARE(GuidePad::read(spath(QString("pads/c%1.ledpad").arg(c))).remaining(), std::size_t(0));
    QByteArray metrics;
    QCOMPARE(rawStatus(main_->port, "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &metrics, true), 200);
    const auto value = [&](const QByteArray& name) {
      const qsizetype at = metrics.indexOf("\n" + name + " ");
      return at < 0 ? -1.0 : metrics.mid(at + name.size() + 2, metrics.indexOf('\n', at + 1) - at - name.size() - 2).toDouble();
    };
    QVERIFY2(value("led_batch_size_sum") > value("led_batch_size_count"), "no batch held more than one query");
  }

  // Eight `led query compose --cloud` at once on one pad: eight entries, eight answers, eight log lines.
  void eightComposesAtOnceNeverShareAnEntry() {
    const std::string pad = newClient("eight", 20);
    const QString dog = LED_SAMPLES_DIR "/dog.jpg", cat = LED_SAMPLES_DIR "/cat.png";
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 8; ++i) {
      auto p = std::make_unique<QProcess>();
      p->start(LED_CLI_PATH, {"query", "compose", "--target", dog, "--other", cat, "--part0-keys", path("k0.ledkey"), "--part1-keys", path("k1.ledkey"),
                              "--pad", QString::fromStdString(pad), "-o", path(QString("e%1.ledq").arg(i)), "--answer-key-out",
                              path(QString("e%1.ledak").arg(i)), "--cloud", main_->url, "--answer", path(QString("e%1.ledans").arg(i)), "--json"});
      runs.push_back(std::move(p));
    }
    std::set<int> entries;
    for (auto& p : runs) {
      QVERIFY(p->waitForFinished(60000));
      QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
      entries.insert(QJsonDocument::fromJson(p->readAllStandardOutput()).object()["pad_index"].toInt());
    }
    QCOMPARE(entries.size(), std::size_t(8));
    QCOMPARE(GuidePad::read(pad).remaining(), std::size_t(12));
    const PadId id = GuidePad::readId(pad);
    std::set<std::uint64_t> logged;
    for (const LogEntry& e : logOf())
      if (e.pad == id) QVERIFY(logged.insert(e.entry).second);
    QCOMPARE(logged, std::set<std::uint64_t>(entries.begin(), entries.end()));
  }

  // Malformed, oversized, length-less, unknown-pad, reused and ill-fitting queries, a slow client and a
  // client that leaves before its answer: each gets its status (or is cut off), none stops the service,
  // and the query whose client left is answered and logged all the same.
  void badRequestsNeverStopTheService() {
    const std::string pad = newClient("bad", 10);
    CloudClient client(main_->url.toStdString());
    QCOMPARE(client.send({'n', 'o', 't'}).status, 400);
    QByteArray reply;
    const QByteArray big = "POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n";
    QCOMPARE(rawStatus(main_->port, big, &reply), 413);
    QCOMPARE(rawStatus(main_->port, "POST /v1/query HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"), 411);
    QCOMPARE(rawStatus(main_->port, "GARBAGE\r\n\r\n"), 400);

    GuidePad::generate(16, 2, os_).write(spath("stranger.ledpad"));
    QCOMPARE(client.send(compose(spath("stranger.ledpad")).bytes).status, 403);
    const Composed first = compose(pad);
    QCOMPARE(client.send(first.bytes).status, 200);
    const CloudReply again = client.send(first.bytes);
    QCOMPARE(again.status, 409);
    QVERIFY(std::string(again.body.begin(), again.body.end()).find("never used twice") != std::string::npos);
    // A query for 32x32x3 images to models of 28x28x1: refused before its entry is spent.
    StreamRandom random(8);
    const Key big0 = generateKey({SchemeParams::defaults(SchemeId::Le), {32, 32, 3}}, random);
    const Key big1 = generateKey({SchemeParams::defaults(SchemeId::Le), {32, 32, 3}}, random);
    const PadEntry entry = GuidePad::takeNext(pad);
    const ComposedQuery wrong = composeDeniable(test::gradientImage({32, 32, 3}), test::randomImage({32, 32, 3}, 1),
                                                {std::vector<Key>{big0}, std::vector<Key>{big1}}, entry, os_);
    QCOMPARE(client.send(encodeQuery(wrong.query)).status, 422);
    QVERIFY(!GuidePad::read(spath("pads/bad.ledpad")).used(entry.index));

    // A slow client (half a request, then nothing) is cut off while others are served.
    QTcpSocket slow;
    slow.connectToHost("127.0.0.1", quint16(main_->port));
    QVERIFY(slow.waitForConnected(5000));
    slow.write("POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Len");
    QCOMPARE(client.send(compose(pad).bytes).status, 200);
    // A client that sends a whole query and leaves before the answer: answered and logged anyway.
    const std::size_t before = logOf().size();
    {
      QTcpSocket leaver;
      leaver.connectToHost("127.0.0.1", quint16(main_->port));
      QVERIFY(leaver.waitForConnected(5000));
      const Composed q = compose(pad);
      leaver.write("POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(qsizetype(q.bytes.size())) + "\r\n\r\n");
      leaver.write(reinterpret_cast<const char*>(q.bytes.data()), qsizetype(q.bytes.size()));
      QVERIFY(leaver.waitForBytesWritten(5000));
      leaver.abort();
    }
    for (int i = 0; i < 50 && logOf().size() == before; ++i) QTest::qWait(100);
    QCOMPARE(logOf().size(), before + 1);
    QVERIFY(slow.waitForDisconnected(15000));  // the read timeout (5 s) cut it off
    QVERIFY(client.health().find("\"status\":\"ok\"") != std::string::npos);
    QCOMPARE(main_->process->state(), QProcess::Running);
  }

  // A full queue answers 503 with Retry-After at once; the client's retries then get every answer, and
  // nothing is answered twice. Connections beyond the limit are turned away the same way.
  void aFullQueueAnswersBusyAndNothingIsLost() {
    auto busy = start({"--queue", "1", "--max-batch", "1", "--max-wait-ms", "0", "--connections", "64"}, "busy.log");
    QVERIFY(busy->port > 0);
    const std::string pad = newClient("busy", 48);
    std::vector<Composed> queries;
    for (int i = 0; i < 48; ++i) queries.push_back(compose(pad));
    std::atomic<int> refusedOnce{0}, answered{0};
    std::mutex mutex;
    std::vector<std::string> retryAfter;
    std::vector<std::thread> clients;
    for (int c = 0; c < 16; ++c)
      clients.emplace_back([&, c] {
        ClientOptions patient;
        patient.attempts = 500;
        patient.maxRetryAfter = std::chrono::milliseconds(20);  // sooner than asked: this test has no second to spare each time
        CloudClient client(busy->url.toStdString(), patient);
        for (int i = c; i < 48; i += 16) {
          const CloudReply r = client.send(queries[std::size_t(i)].bytes);
          if (r.attempts > 1) ++refusedOnce;
          if (r.status == 200 && decodeAnswer(r.body, "answer").queryDigest == queryDigest(queries[std::size_t(i)].query)) ++answered;
        }
      });
    for (auto& t : clients) t.join();
    QVERIFY2(refusedOnce > 0, "a queue of one was never full with 16 clients");
    QCOMPARE(answered.load(), 48);
    std::set<std::string> logged;
    for (const LogEntry& e : logOf("busy.log")) QVERIFY(logged.insert(e.query).second);
    QCOMPARE(logged.size(), std::size_t(48));
    // Retry-After comes with the 503.
    QByteArray head;
    auto tight = start({"--connections", "1"}, "tight.log");
    QTcpSocket holder;  // holds the only worker
    holder.connectToHost("127.0.0.1", quint16(tight->port));
    QVERIFY(holder.waitForConnected(5000));
    holder.write("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(holder.waitForReadyRead(5000));
    QCOMPARE(rawStatus(tight->port, "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", &head), 503);
    QVERIFY(head.contains("Retry-After: 1"));
  }

  // What the cloud sees of a query (its log line's fields, the answer's size, the time to answer) is
  // distributed alike whether part 0 or part 1 was real: a two-sample test per field finds no difference,
  // and a classifier trained on the fields guesses the real part no better than chance.
  void whatTheCloudSeesDoesNotDependOnTheRealPart() {
    const std::string pad = newClient("coin", 240);
    CloudClient client(main_->url.toStdString());
    const std::size_t before = logOf().size();
    std::vector<int> coins;
    std::vector<double> latency;
    std::set<std::size_t> answerSizes;
    for (int i = 0; i < 240; ++i) {
      const Composed q = compose(pad);
      const auto start = Clock::now();
      const std::vector<std::uint8_t> answer = client.ask(q.bytes);
      latency.push_back(std::chrono::duration<double>(Clock::now() - start).count());
      answerSizes.insert(answer.size());
      coins.push_back(q.coin);
    }
    QCOMPARE(answerSizes.size(), std::size_t(1));

    const std::vector<LogEntry> log = logOf();
    QCOMPARE(log.size(), before + 240);
    // Fields as numbers: the time to answer, the log line's length, the first bytes of the digest and
    // of each sealed slot, the entry's parity.
    std::vector<std::vector<double>> features(240);
    for (std::size_t i = 0; i < 240; ++i) {
      const LogEntry& e = log[before + i];
      features[i] = {latency[i], double(formatLogLine(e).size()), double(std::stoul(e.query.substr(0, 8), nullptr, 16)),
                     double(e.answer[0][0] * 256 + e.answer[0][1]), double(e.answer[1][0] * 256 + e.answer[1][1]),
                     double(e.answer[0][30] * 256 + e.answer[0][31]), double(e.answer[1][30] * 256 + e.answer[1][31])};
    }
    for (std::size_t f = 0; f < features[0].size(); ++f) {
      std::vector<double> a, b;
      for (std::size_t i = 0; i < 240; ++i) (coins[i] == 0 ? a : b).push_back(features[i][f]);
      const KsResult ks = kolmogorovSmirnov(a, b);
      QVERIFY2(ks.pValue > 1e-4, qPrintable(QString("field %1 tells the parts apart: p = %2").arg(f).arg(ks.pValue)));
    }
    // Nearest class mean on standardized fields, each query left out of its own training.
    std::vector<double> mean(features[0].size()), sd(features[0].size());
    for (std::size_t f = 0; f < mean.size(); ++f) {
      for (const auto& x : features) mean[f] += x[f] / 240;
      for (const auto& x : features) sd[f] += (x[f] - mean[f]) * (x[f] - mean[f]) / 240;
      sd[f] = std::sqrt(sd[f]) + 1e-12;
    }
    int right = 0;
    for (std::size_t i = 0; i < 240; ++i) {
      std::array<std::vector<double>, 2> centre{std::vector<double>(mean.size()), std::vector<double>(mean.size())};
      std::array<int, 2> n{0, 0};
      for (std::size_t j = 0; j < 240; ++j) {
        if (j == i) continue;
        ++n[std::size_t(coins[j])];
        for (std::size_t f = 0; f < mean.size(); ++f) centre[std::size_t(coins[j])][f] += (features[j][f] - mean[f]) / sd[f];
      }
      double distance[2] = {0, 0};
      for (int c = 0; c < 2; ++c)
        for (std::size_t f = 0; f < mean.size(); ++f) {
          const double d = (features[i][f] - mean[f]) / sd[f] - centre[std::size_t(c)][f] / std::max(1, n[std::size_t(c)]);
          distance[c] += d * d;
        }
      right += (distance[1] < distance[0] ? 1 : 0) == coins[i];
    }
    // Chance is 120 of 240, with a standard deviation of 7.7: 4 of them above is 151.
    QVERIFY2(right < 151, qPrintable(QString("the classifier guessed the real part %1 times of 240").arg(right)));
  }

  // HTTPS with the cloud's own certificate: the client that trusts it is answered, one that does not is
  // told so in a sentence.
  void httpsWithTheCloudsOwnCertificate() {
    QProcess openssl;
    openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                              "subjectAltName=IP:127.0.0.1", "-keyout", path("cloud.key"), "-out", path("cloud.crt")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    auto tls = start({"--tls-cert", path("cloud.crt"), "--tls-key", path("cloud.key")}, "tls.log");
    QVERIFY(tls->url.startsWith("https://"));
    const std::string pad = newClient("tls", 4);
    ClientOptions trusting;
    trusting.caCert = spath("cloud.crt");
    const Composed q = compose(pad);
    QCOMPARE(decodeAnswer(CloudClient(tls->url.toStdString(), trusting).ask(q.bytes), "answer").queryDigest, queryDigest(q.query));
    test::expectError(ErrorKind::Io, [&] { CloudClient(tls->url.toStdString()).ask(compose(pad).bytes); }, "certificate");
  }

  // The classroom without a window: demo models and keys (led demo cloud), the service, kits for two
  // students, a query from a kit, and led bench service's load with its checks.
  void theClassroomFromTheCommandLine() {
    const auto led = [](const QStringList& args) {
      QProcess p;
      p.start(LED_CLI_PATH, args);
      p.waitForFinished(120000);
      if (p.exitCode() != 0) qWarning() << p.readAllStandardError();
      return std::make_pair(p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object());
    };
    const QString dog = LED_SAMPLES_DIR "/dog.jpg", cat = LED_SAMPLES_DIR "/cat.png";
    QCOMPARE(led({"demo", "cloud", "--target", dog, "--other", cat, "-o", path("demo"), "--json"}).first, 0);
    QVERIFY(QDir().mkpath(path("class-pads")));
    auto s = std::make_unique<Service>();
    s->process->start(LED_CLOUD_PATH, {"serve", "--part0-models", path("demo/part0-1.ledmodel"), "--part1-models", path("demo/part1-1.ledmodel"),
                                       "--pads", path("class-pads"), "--log", path("class.log"), "--listen", "127.0.0.1:0", "--json"});
    QVERIFY(s->process->waitForReadyRead(30000));
    const QString url = QJsonDocument::fromJson(s->process->readLine()).object()["url"].toString();
    QVERIFY(url.startsWith("http://127.0.0.1:"));
    const auto kits = led({"kit", "new", "--part0-keys", path("demo/part0-1.ledkey"), "--part1-keys", path("demo/part1-1.ledkey"), "--cloud", url,
                           "--cloud-pads", path("class-pads"), "--students", "2", "--entries", "5", "-o", path("class"), "--json"});
    QCOMPARE(kits.first, 0);
    QCOMPARE(kits.second["kits"].toArray().size(), 2);
    const auto asked = led({"query", "compose", "--kit", path("class/student-1"), "--target", dog, "--other", cat, "-o", path("k.ledq"),
                            "--answer-key-out", path("k.ledak"), "--answer", path("k.ledans"), "--json"});
    QCOMPARE(asked.first, 0);
    QCOMPARE(asked.second["label"].toObject()["label"].toString(), QString("dog"));  // the demo models know the two photos
    const auto load = led({"bench", "service", "--cloud", url, "--cloud-pads", path("class-pads"), "--part0-keys", path("demo/part0-1.ledkey"),
                           "--part1-keys", path("demo/part1-1.ledkey"), "--target", dog, "--other", cat, "--clients", "1,4", "--queries", "40",
                           "--seconds", "30", "--json"});
    QCOMPARE(load.first, 0);
    QVERIFY(load.second["clean"].toBool());
    const QJsonArray levels = load.second["levels"].toArray();
    QCOMPARE(levels.size(), 2);
    for (const auto& level : levels) QCOMPARE(level.toObject()["answered"].toInt(), 40);
    QCOMPARE(load.second["checks"].toObject()["logged"].toInt(), 80);
  }

  void aCloudThatIsNotThereIsASentence() {
    test::expectError(ErrorKind::Io, [] { CloudClient("http://127.0.0.1:1").ask({1, 2, 3}); }, "no cloud answers");
    test::expectError(ErrorKind::InvalidArgument, [] { CloudClient("ftp://127.0.0.1:1"); }, "not a cloud's address");
  }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
