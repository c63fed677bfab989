// led-cloud serve with its clients, all on 127.0.0.1: every accepted query gets exactly one answer and
// one log line, also when many are sent and composed at once; bad requests, slow and vanishing clients
// and a full queue never stop it; and what the cloud sees does not depend on which part is real.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "TestSupport.h"
#include "core/shared/common/AtomicFile.h"
#include "core/shared/deniable/DeniabilityTest.h"
#include "core/shared/deniable/LogLine.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/project/HandOver.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/models/Prediction.h"
#include "core/user/remote/CloudClient.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "core/user/query/Compose.h"

using namespace led;
using Clock = std::chrono::steady_clock;

namespace {

const ImageShape kShape{28, 28, 1};

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
  QString url, operatorUrl;
  int port = 0, operatorPort = 0;

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
QByteArray fileBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

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

// The resident memory of a process, in KiB (Linux).
long residentKib(qint64 pid) {
  QFile status(QString("/proc/%1/status").arg(pid));
  if (!status.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : status.readAll().split('\n'))
    if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toLong();
  return -1;
}

// A blocking socket to 127.0.0.1:port whose sends and receives give up after `timeout`.
int connectRaw(int port, std::chrono::milliseconds timeout) {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(quint16(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const timeval tv{long(timeout.count() / 1000), long(timeout.count() % 1000 * 1000)};
  ::setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  ::setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (::connect(s, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(s);
    return -1;
  }
  return s;
}

// Sends `chunk` again and again until the peer stops taking it, `limit` bytes are sent or `time` is
// up; returns the bytes it took.
std::size_t sendUntilRefused(int s, const std::string& chunk, std::size_t limit, std::chrono::seconds time) {
  std::size_t sent = 0;
  const auto end = Clock::now() + time;
  while (sent < limit && Clock::now() < end) {
    const ssize_t n = ::send(s, chunk.data(), chunk.size(), MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += std::size_t(n);
  }
  return sent;
}

// The status of the first answer that arrives on a raw socket, or 0.
int statusOn(int s) {
  char head[64] = {};
  const ssize_t n = ::recv(s, head, sizeof head - 1, 0);
  return n >= 12 && std::string(head, 9) == "HTTP/1.1 " ? std::atoi(head + 9) : 0;
}

}  // namespace

class TestService : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  OsRandom os_;
  Key k0_ = test::seededKey(SchemeId::Le, 1), k1_ = test::seededKey(SchemeId::Le, 2);  // fixtures, as the models are
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

  // fileLimit: the most bytes the service may write into any file (RLIMIT_FSIZE), as a full disk would;
  // openFiles: the most descriptors it may hold (RLIMIT_NOFILE).
  std::unique_ptr<Service> start(const QStringList& extra, const QString& log = "cloud.log", rlim_t fileLimit = 0, rlim_t openFiles = 0) {
    auto s = std::make_unique<Service>();
    s->process->setChildProcessModifier([fileLimit, openFiles] {
      const rlimit bytes{fileLimit, fileLimit}, files{openFiles, openFiles};
      if (fileLimit > 0) ::setrlimit(RLIMIT_FSIZE, &bytes);
      if (openFiles > 0) ::setrlimit(RLIMIT_NOFILE, &files);
    });
    s->process->start(LED_CLOUD_PATH, QStringList{"serve", "--part0-models", path("m0.ledmodel"), "--part1-models", path("m1.ledmodel"),
                                                  "--pads", path("pads"), "--log", path(log), "--listen", "127.0.0.1:0",
                                                  "--operator-listen", "127.0.0.1:0", "--threads", "1", "--json"} +
                                          extra);
    for (int i = 0; i < 100 && !s->process->canReadLine(); ++i) s->process->waitForReadyRead(200);
    const QJsonObject where = QJsonDocument::fromJson(s->process->readLine()).object();
    s->url = where["url"].toString();
    s->port = where["port"].toInt();
    s->operatorUrl = where["operator_url"].toString();
    s->operatorPort = where["operator_port"].toInt();
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
    for (std::size_t c = 0; c < sent.size(); ++c)
      QCOMPARE(GuidePad::read(spath(QString("pads/c%1.ledpad").arg(c))).remaining(), std::size_t(0));
    QByteArray metrics;
    QCOMPARE(rawStatus(main_->operatorPort, "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &metrics, true), 200);
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
      p->start(LED_CLI_PATH, {"query",
                              "compose",
                              "--target",
                              dog,
                              "--other",
                              cat,
                              "--part0-keys",
                              path("k0.ledkey"),
                              "--part1-keys",
                              path("k1.ledkey"),
                              "--pad",
                              QString::fromStdString(pad),
                              "-o",
                              path(QString("e%1.ledq").arg(i)),
                              "--answer-key-out",
                              path(QString("e%1.ledak").arg(i)),
                              "--cloud",
                              main_->url,
                              "--answer",
                              path(QString("e%1.ledans").arg(i)),
                              "--json"});
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
    QCOMPARE(rawStatus(main_->port, "POST /v1/query HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
             411);
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
    // Requests beyond --connections at once are answered 503 with Retry-After at once.
    auto tight = start({"--connections", "1"}, "tight.log");
    const std::string tightPad = newClient("tight", 16);
    std::vector<QByteArray> requests;
    for (int i = 0; i < 16; ++i) {
      const Composed q = compose(tightPad);
      requests.push_back("POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(qsizetype(q.bytes.size())) +
                         "\r\n\r\n" + QByteArray(reinterpret_cast<const char*>(q.bytes.data()), qsizetype(q.bytes.size())));
    }
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 16; ++i) {
      sockets.push_back(std::make_unique<QTcpSocket>());
      sockets.back()->connectToHost("127.0.0.1", quint16(tight->port));
      QVERIFY(sockets.back()->waitForConnected(5000));
    }
    for (int i = 0; i < 16; ++i) {
      sockets[std::size_t(i)]->write(requests[std::size_t(i)]);
      sockets[std::size_t(i)]->flush();  // on the network now, not when this socket is next waited on
    }
    int refused = 0, served = 0;
    for (auto& socket : sockets) {
      QByteArray head;
      while (!head.contains("\r\n\r\n") && socket->waitForReadyRead(5000)) head += socket->readAll();
      if (head.startsWith("HTTP/1.1 503")) refused += head.contains("Retry-After: 1") ? 1 : 100;
      if (head.startsWith("HTTP/1.1 200")) ++served;
    }
    QVERIFY2(refused > 0 && refused < 100, qPrintable(QString("%1 busy answers of 16 to one worker").arg(refused)));
    QCOMPARE(refused + served, 16);
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
      features[i] = {latency[i],
                     double(formatLogLine(e).size()),
                     double(std::stoul(e.query.substr(0, 8), nullptr, 16)),
                     double(e.answer[0][0] * 256 + e.answer[0][1]),
                     double(e.answer[1][0] * 256 + e.answer[1][1]),
                     double(e.answer[0][30] * 256 + e.answer[0][31]),
                     double(e.answer[1][30] * 256 + e.answer[1][31])};
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
    test::expectError(
        ErrorKind::Io, [&] { CloudClient(tls->url.toStdString()).ask(compose(pad).bytes); }, "certificate");
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
    s->process->start(LED_CLOUD_PATH, {"serve", "--part0-models", path("demo/part0-1.ledmodel"), "--part1-models",
                                       path("demo/part1-1.ledmodel"), "--pads", path("class-pads"), "--log", path("class.log"), "--listen",
                                       "127.0.0.1:0", "--operator-listen", "127.0.0.1:0", "--json"});
    QVERIFY(s->process->waitForReadyRead(30000));
    const QJsonObject where = QJsonDocument::fromJson(s->process->readLine()).object();
    const QString url = where["url"].toString(), operatorUrl = where["operator_url"].toString();
    QVERIFY(url.startsWith("http://127.0.0.1:"));
    const auto kits =
        led({"kit", "new", "--part0-keys", path("demo/part0-1.ledkey"), "--part1-keys", path("demo/part1-1.ledkey"), "--cloud", url,
             "--cloud-pads", path("class-pads"), "--students", "2", "--entries", "5", "-o", path("class"), "--json"});
    QCOMPARE(kits.first, 0);
    QCOMPARE(kits.second["kits"].toArray().size(), 2);
    const auto asked = led({"query", "compose", "--kit", path("class/student-1"), "--target", dog, "--other", cat, "-o", path("k.ledq"),
                            "--answer-key-out", path("k.ledak"), "--answer", path("k.ledans"), "--json"});
    QCOMPARE(asked.first, 0);
    QCOMPARE(asked.second["label"].toObject()["label"].toString(), QString("dog"));  // the demo models know the two photos
    // A late student: the next number, and no pad handed out is replaced.
    const QByteArray firstPad = fileBytes(path("class-pads/student-1.ledpad"));
    const auto late = led({"kit", "new", "--part0-keys", path("demo/part0-1.ledkey"), "--part1-keys", path("demo/part1-1.ledkey"),
                           "--cloud", url, "--cloud-pads", path("class-pads"), "--entries", "5", "-o", path("class"), "--json"});
    QCOMPARE(late.first, 0);
    QCOMPARE(late.second["kits"].toArray().first().toString(), path("class/student-3"));
    QCOMPARE(fileBytes(path("class-pads/student-1.ledpad")), firstPad);
    // Composed with the kit and sent later; then handed over, as a coerced student would.
    const auto composed = led({"query", "compose", "--kit", path("class/student-3"), "--target", dog, "--other", cat, "-o",
                               path("late.ledq"), "--answer-key-out", path("late.ledak"), "--guide-key-out", path("late.ledgk"), "--json"});
    QCOMPARE(composed.first, 0);
    QCOMPARE(composed.second["send_to"].toString(), url);
    QVERIFY(!QFile::exists(path("late.ledans")));
    QCOMPARE(led({"query", "send", "--cloud", url, "--query", path("late.ledq"), "-o", path("late.ledans")}).first, 0);
    const int coin = composed.second["coin"].toInt();
    const auto handed = led({"query", "hand-over", "--query", path("late.ledq"), "--guide-key", path("late.ledgk"), "--model-keys",
                             path(QString("class/student-3/part%1-1.ledkey").arg(coin)), "--answer", path("late.ledans"), "--answer-key",
                             path("late.ledak"), "-o", path("handed"), "--json"});
    QCOMPARE(handed.first, 0);
    const HandOver h = readHandOver(path("handed").toStdString());
    QCOMPARE(queryDigest(h.query), queryDigest(readQueryFile(path("late.ledq").toStdString())));
    QVERIFY(h.answer.has_value());
    QCOMPARE(led({"query", "hand-over", "--query", path("k.ledq"), "--guide-key", path("late.ledgk"), "-o", path("wrong")}).first != 0,
             true);
    const auto load = led({"bench",
                           "service",
                           "--cloud",
                           url,
                           "--cloud-operator",
                           operatorUrl,
                           "--cloud-pads",
                           path("class-pads"),
                           "--part0-keys",
                           path("demo/part0-1.ledkey"),
                           "--part1-keys",
                           path("demo/part1-1.ledkey"),
                           "--target",
                           dog,
                           "--other",
                           cat,
                           "--clients",
                           "1,4",
                           "--queries",
                           "40",
                           "--seconds",
                           "30",
                           "--json"});
    QCOMPARE(load.first, 0);
    QVERIFY(load.second["clean"].toBool());
    const QJsonArray levels = load.second["levels"].toArray();
    QCOMPARE(levels.size(), 2);
    for (const auto& level : levels) QCOMPARE(level.toObject()["answered"].toInt(), 40);
    QCOMPARE(load.second["checks"].toObject()["logged"].toInt(), 80);
  }

  // The head alone decides, and the connection closes after a refusal instead of idling: 10,000 header
  // lines (431), a 20,000-byte URL (414), two lengths (400, the smuggling behind a proxy).
  void refusalsComeFromTheHeadAndClose() {
    QByteArray many = "GET /v1/health HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 10000; ++i) many += "X-" + QByteArray::number(i) + ": y\r\n";
    const std::pair<QByteArray, int> cases[] = {
        {many + "\r\n", 431},
        {"GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", 414},
        {"POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello", 400},
        {"GET /v1/health HTTP/1.1\r\nHost: x\r\n folded: line\r\n\r\n", 400}};
    for (const auto& [request, status] : cases) {
      const auto start = Clock::now();
      QByteArray reply;
      QCOMPARE(rawStatus(main_->port, request, &reply, true), status);  // read until the service closes
      QVERIFY(reply.contains("Connection: close"));
      const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
      QVERIFY2(seconds < 2, qPrintable(QString("the connection stayed open %1 s after a %2").arg(seconds).arg(status)));
    }
  }

  // A 10 GB Content-Length gets 413 before any body is sent, and the sender is cut off after a few MB.
  void aHugeBodyIsRefusedFromItsLength() {
    const int s = connectRaw(main_->port, std::chrono::milliseconds(3000));
    QVERIFY(s >= 0);
    const std::string head = "POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n";
    QCOMPARE(::send(s, head.data(), head.size(), MSG_NOSIGNAL), ssize_t(head.size()));
    QCOMPARE(statusOn(s), 413);
    const std::size_t taken = sendUntilRefused(s, std::string(1 << 16, 'x'), std::size_t(2) << 30, std::chrono::seconds(10));
    ::close(s);
    QVERIFY2(taken < (std::size_t(64) << 20), qPrintable(QString("the service took %1 MB of a refused body").arg(double(taken) / 1e6)));
  }

  // 200 MB of 8 KB header lines on one connection: refused (431) after the head limit, the sender cut off
  // after a few MB, and the service's memory stays where it was.
  void headersCannotGrowTheService() {
    const long before = residentKib(main_->process->processId());
    const int s = connectRaw(main_->port, std::chrono::milliseconds(3000));
    QVERIFY(s >= 0 && before > 0);
    const std::string start = "GET /v1/health HTTP/1.1\r\nHost: x\r\n";
    ::send(s, start.data(), start.size(), MSG_NOSIGNAL);
    const std::size_t taken =
        sendUntilRefused(s, "X-Pad: " + std::string(8185, 'y') + "\r\n", std::size_t(200) << 20, std::chrono::seconds(10));
    QCOMPARE(statusOn(s), 431);
    ::close(s);
    const long after = residentKib(main_->process->processId());
    QVERIFY2(taken < (std::size_t(64) << 20), qPrintable(QString("the service took %1 MB of header lines").arg(double(taken) / 1e6)));
    QVERIFY2(after - before < 16 * 1024, qPrintable(QString("the service grew from %1 to %2 KiB").arg(before).arg(after)));
  }

  // Eight clients that drip a head a byte at a time against four workers: honest queries are all
  // answered meanwhile, and every slow client is cut off at its deadline though it never stops sending.
  void slowClientsHoldNoWorker() {
    auto s = start({"--connections", "4", "--timeout", "2"}, "slow.log");
    QVERIFY(s->port > 0);
    const std::string pad = newClient("slow", 40);
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 8; ++i) {
      slow.push_back(std::make_unique<QTcpSocket>());
      slow.back()->connectToHost("127.0.0.1", quint16(s->port));
      QVERIFY(slow.back()->waitForConnected(5000));
    }
    const QByteArray drip = "POST /v1/query HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(200, 'z');
    ClientOptions once;
    once.attempts = 1;
    CloudClient client(s->url.toStdString(), once);
    int answered = 0;
    const auto begin = Clock::now();
    for (int step = 0; Clock::now() - begin < std::chrono::milliseconds(3500); ++step) {
      for (auto& socket : slow)
        if (socket->state() == QAbstractSocket::ConnectedState && step < drip.size()) {
          socket->write(drip.mid(step, 1));
          socket->flush();
        }
      if (step < 40) answered += client.send(compose(pad).bytes).status == 200;
      QTest::qWait(50);
    }
    QCOMPARE(answered, 40);
    for (auto& socket : slow)
      QVERIFY2(socket->state() == QAbstractSocket::UnconnectedState || socket->waitForDisconnected(1000),
               "a client that kept dripping its head was not cut off at the 2 s deadline");
  }

  // Three requests in one write are answered, in order, on the one connection.
  void pipelinedRequestsAreAnsweredInOrder() {
    const Composed q = compose(newClient("pipelined", 1));
    const QByteArray query(reinterpret_cast<const char*>(q.bytes.data()), qsizetype(q.bytes.size()));
    QByteArray reply;
    QCOMPARE(rawStatus(main_->port,
                       "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\nPOST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                           QByteArray::number(query.size()) + "\r\n\r\n" + query +
                           "GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                       &reply, true),
             200);
    QCOMPARE(reply.count("HTTP/1.1 200 OK"), 3);
    const qsizetype answer = reply.indexOf("application/vnd.led.answer");
    QVERIFY(answer > reply.indexOf("application/json") && answer < reply.lastIndexOf("application/json"));
  }

  // The log and the counters are served on the operator's address only, never to clients, wherever
  // they seem to come from.
  void theLogAndCountersAreTheOperatorsOnly() {
    QCOMPARE(rawStatus(main_->port, "GET /v1/log?from=0 HTTP/1.1\r\nHost: x\r\n\r\n"), 404);
    QCOMPARE(rawStatus(main_->port, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"), 404);
    QByteArray log;
    QCOMPARE(rawStatus(main_->operatorPort, "GET /v1/log?from=0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &log, true), 200);
    QVERIFY(log.contains("\"query\":"));
    QCOMPARE(rawStatus(main_->operatorPort, "POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"), 404);
    QCOMPARE(rawStatus(main_->operatorPort, "GET /v1/log?from=x HTTP/1.1\r\nHost: x\r\n\r\n"), 400);
    // The log is read on from where the last read ended, and from the start when asked for earlier lines.
    CloudClient operatorClient(main_->operatorUrl.toStdString());
    const std::size_t lines = parseLogLines(operatorClient.logFrom(0), "log").size();
    QVERIFY(lines > 1);
    QCOMPARE(parseLogLines(operatorClient.logFrom(lines - 1), "log").size(), std::size_t(1));
    QCOMPARE(parseLogLines(operatorClient.logFrom(lines), "log").size(), std::size_t(0));
    const Composed q = compose(newClient("cursor", 1));
    QCOMPARE(CloudClient(main_->url.toStdString()).send(q.bytes).status, 200);
    const std::vector<LogEntry> next = parseLogLines(operatorClient.logFrom(lines), "log");
    QCOMPARE(next.size(), std::size_t(1));
    QCOMPARE(next.front().query, queryDigest(q.query));
    QCOMPARE(parseLogLines(operatorClient.logFrom(0), "log").size(), lines + 1);
    QCOMPARE(parseLogLines(operatorClient.logFrom(2), "log").size(), lines - 1);
  }

  // A log that cannot grow (a file-size limit stands for a full disk): the queries it cannot log are
  // refused with the system's reason, spend no pad entry and leave no part of a line; the log stays
  // readable, and the refused queries are answered once the service can write again.
  void aFullLogDiskTearsNothingAndSpendsNothing() {
    const std::string pad = newClient("full", 12);
    std::vector<Composed> queries;
    for (int i = 0; i < 12; ++i) queries.push_back(compose(pad));
    // The limit covers every file, the pads too: the log starts as long as the pad, with lines of its own,
    // and has room for three or four more.
    const qint64 padBytes = QFileInfo(path("pads/full.ledpad")).size();
    QString filler;
    LogEntry old;
    old.time = "2026-01-01T00:00:00.000Z";
    old.query = std::string(64, 'a');
    while (filler.size() < padBytes) filler += QString::fromStdString(formatLogLine(old)) + "\n";
    QFile prefilled(path("full.log"));
    QVERIFY(prefilled.open(QIODevice::WriteOnly));
    prefilled.write(filler.toUtf8());
    prefilled.close();
    const std::size_t oldLines = logOf("full.log").size();
    const rlim_t limit = rlim_t(filler.size() + 1200);
    std::vector<int> statuses;
    std::string reason;
    {
      auto full = start({}, "full.log", limit);
      QVERIFY(full->port > 0);
      CloudClient client(full->url.toStdString());
      for (const Composed& q : queries) {
        const CloudReply r = client.send(q.bytes);
        statuses.push_back(r.status);
        if (r.status == 500) reason.assign(r.body.begin(), r.body.end());
      }
    }
    std::vector<LogEntry> log = logOf("full.log");
    log.erase(log.begin(), log.begin() + std::ptrdiff_t(oldLines));
    QVERIFY(!log.empty() && log.size() < 12);
    QVERIFY2(reason.find("File too large") != std::string::npos, reason.c_str());
    QVERIFY(reason.find("Success") == std::string::npos);
    const GuidePad cloudPad = GuidePad::read(spath("pads/full.ledpad"));
    std::set<std::string> logged;
    for (const LogEntry& e : log) logged.insert(e.query);
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const bool answered = statuses[i] == 200;
      QVERIFY(answered || statuses[i] == 500);
      QCOMPARE(logged.count(queryDigest(queries[i].query)) == 1, answered);
      QCOMPARE(cloudPad.used(queries[i].entry.index), answered);
    }
    QVERIFY(QFile(path("full.log")).size() <= qint64(limit));
    auto roomy = start({}, "full.log");
    CloudClient client(roomy->url.toStdString());
    for (std::size_t i = 0; i < queries.size(); ++i)
      if (statuses[i] != 200) QCOMPARE(client.send(queries[i].bytes).status, 200);
    QCOMPARE(logOf("full.log").size(), oldLines + 12);
  }

  // A query forged from another with the victim's pad identity and another entry's index (its checksum
  // made anew) does not prove it was made with that entry: refused, and the entry stays the victim's.
  void forgedQueriesSpendNothing() {
    const std::string pad = newClient("victim", 6);
    CloudClient client(main_->url.toStdString());
    const Composed seen = compose(pad);  // entry 0, as anyone on the path sees it
    for (std::uint64_t index = 1; index < 6; ++index) {
      Query forged = seen.query;
      forged.padIndex = index;
      const CloudReply r = client.send(encodeQuery(forged));
      QCOMPARE(r.status, 422);
      QVERIFY(std::string(r.body.begin(), r.body.end()).find("nothing was spent") != std::string::npos);
    }
    QCOMPARE(GuidePad::read(spath("pads/victim.ledpad")).remaining(), std::size_t(6));
    QCOMPARE(client.send(seen.bytes).status, 200);
    for (int i = 1; i < 6; ++i) QCOMPARE(client.send(compose(pad).bytes).status, 200);
  }

  // With every socket it may open taken by clients that never finish a head, a new client takes the
  // place of the one that has waited longest, and is answered.
  void aFullHouseMakesRoomForNewClients() {
    auto house = start({}, "house.log", 0, 200);  // room for 136 connections
    QVERIFY(house->port > 0);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 160; ++i) {
      idle.push_back(std::make_unique<QTcpSocket>());
      idle.back()->connectToHost("127.0.0.1", quint16(house->port));
      QVERIFY(idle.back()->waitForConnected(5000));
      idle.back()->write("GET /v1/health HTTP/1.1\r\nHost: x\r\n");
      idle.back()->flush();
    }
    ClientOptions once;
    once.attempts = 1;
    QCOMPARE(CloudClient(house->url.toStdString(), once).send(compose(newClient("house", 1)).bytes).status, 200);
    QByteArray metrics;
    QCOMPARE(rawStatus(house->operatorPort, "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &metrics, true), 200);
    QVERIFY2(metrics.contains("reason=\"evicted\""), metrics.constData());
  }

  // Large bodies received slowly share a budget (four times --max-body, at least 64 MiB): heads that
  // would pass it are answered 503 at once, while queries of ordinary size are still taken.
  void slowLargeUploadsShareABudget() {
    auto s = start({"--max-body", "8388608"}, "budget.log");  // budget 64 MiB: eight such bodies
    QVERIFY(s->port > 0);
    std::vector<std::unique_ptr<QTcpSocket>> uploads;
    int refused = 0;
    for (int i = 0; i < 10; ++i) {
      uploads.push_back(std::make_unique<QTcpSocket>());
      uploads.back()->connectToHost("127.0.0.1", quint16(s->port));
      QVERIFY(uploads.back()->waitForConnected(5000));
      uploads.back()->write("POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Length: 8388608\r\n\r\n" + QByteArray(1000, 'x'));
      uploads.back()->flush();
      if (uploads.back()->waitForReadyRead(i < 8 ? 200 : 5000)) refused += uploads.back()->readAll().startsWith("HTTP/1.1 503") ? 1 : 100;
    }
    QCOMPARE(refused, 2);
    QCOMPARE(CloudClient(s->url.toStdString()).send(compose(newClient("budget", 1)).bytes).status, 200);
  }

  void aCloudThatIsNotThereIsASentence() {
    test::expectError(
        ErrorKind::Io,
        [] {
          CloudClient("http://127.0.0.1:1").ask({1, 2, 3});
        },
        "no cloud answers");
    test::expectError(
        ErrorKind::InvalidArgument, [] { CloudClient("ftp://127.0.0.1:1"); }, "not a cloud's address");
  }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
