#include "app/studio/ScriptedRun.h"

#include <unistd.h>

#include <QApplication>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "ui/MainWindow.h"
#include "ui/cloud/CloudPage.h"
#include "ui/cloud/ServicePanel.h"
#include "ui/shell/Presentation.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/evaluate/AuditPanel.h"
#include "ui/evaluate/EvaluatePage.h"
#include "ui/evaluate/SweepPanel.h"
#include "ui/predict/PredictPage.h"
#include "ui/session/DeniableSession.h"
#include "ui/query/QueryPage.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/tour/Tour.h"
#include "ui/train/TrainPage.h"

namespace led::studio {
namespace {

// --screenshot: render the window once the Scramble page shows its pipeline, save it, quit. Used by
// packaging/take-screenshots.sh so anyone can retake README's pictures.
enum class ReadyWhen { Scrambled, Trained, Answered, Evaluated, Toured, Predicted, Served };

// A served class is ready to show once three queries arrived (students sent them from a script).
constexpr int kServedQueries = 3;

void scheduleScreenshot(ui::MainWindow& window, const QString& file, const QString& page, ReadyWhen when) {
  auto shoot = [&window, file, page, when] {
    if (!page.isEmpty()) window.showPage(page);
    // After a query the Coercion page's meter compares with honest keys in a worker: give it time.
    QTimer::singleShot(when == ReadyWhen::Answered || when == ReadyWhen::Toured ? 2500 : 400, &window, [&window, file] {
      const bool saved = window.grab().save(file);
      if (!saved) std::fprintf(stderr, "led-studio: error: cannot write %s\n", qPrintable(file));
      QApplication::exit(saved ? 0 : 1);
    });
  };
  if (when == ReadyWhen::Trained)
    QObject::connect(window.trainPage(), &ui::TrainPage::runFinished, &window, shoot);
  else if (when == ReadyWhen::Evaluated) {
    QObject::connect(window.evaluatePage()->audit(), &ui::AuditPanel::finished, &window, shoot);
    QObject::connect(window.evaluatePage()->sweep(), &ui::SweepPanel::finished, &window, shoot);
  } else if (when == ReadyWhen::Predicted)
    QObject::connect(window.predictPage(), &ui::PredictPage::answered, &window, shoot);
  else if (when == ReadyWhen::Toured)
    QObject::connect(window.tour(), &ui::Tour::busyChanged, &window, [shoot](bool busy) {
      if (!busy) shoot();
    });
  else if (when == ReadyWhen::Answered)
    QObject::connect(window.session(), &ui::DeniableSession::answered, &window, shoot);
  else if (when == ReadyWhen::Served) {
    ui::ServicePanel* service = window.cloudPage()->service();
    auto* once = new QObject(&window);  // deleted on the first shot: later changes shoot nothing
    QObject::connect(service, &ui::ServicePanel::changed, once, [service, once, shoot] {
      if (service->shownQueries() < kServedQueries) return;
      once->deleteLater();
      QObject::disconnect(service, nullptr, once, nullptr);
      shoot();
    });
  } else
    QObject::connect(window.scramblePage(), &ui::ScramblePage::ready, &window, shoot);
  if (when != ReadyWhen::Trained && when != ReadyWhen::Evaluated)
    QTimer::singleShot(when == ReadyWhen::Toured ? 180000 : 60000, [] {
      std::fputs("led-studio: error: the page did not become ready within a minute\n", stderr);
      QApplication::exit(1);
    });
}

// --demo-query: one round with the bundled dog and cat, as a teacher would click it.
void playDemoQuery(ui::MainWindow& window, bool paperFakeKey) {
  ui::DeniableSession* session = window.session();
  window.coercionPage()->setPaperMode(paperFakeKey);
  window.coercionPage()->sendManyQueries();
  QObject::connect(session, &ui::DeniableSession::cloudChanged, &window, [&window, session] {
    if (session->cloudReady() && !session->composed()) {
      window.queryPage()->compose();
      window.queryPage()->send();
    }
  });
  // The two samples load in the background first.
  QTimer::singleShot(1000, window.queryPage(), &ui::QueryPage::setUpCloud);
}

// --startup-time: the time from the process's start (the kernel's record, 10 ms steps, so loading the
// shared libraries counts) and from main() to the window's first exposure on screen.
double secondsSinceProcessStart() {
  std::ifstream stat("/proc/self/stat"), uptime("/proc/uptime");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  std::istringstream fields(text.substr(text.rfind(')') + 2));  // the command name may hold spaces
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i) {
  }  // field 22: start time in clock ticks since boot
  double up = 0;
  uptime >> up;
  return up - std::stod(field) / double(sysconf(_SC_CLK_TCK));
}

void reportStartupTime(ui::MainWindow& window, const QElapsedTimer& sinceMain) {
  auto* poll = new QTimer(&window);
  QObject::connect(poll, &QTimer::timeout, &window, [&window, sinceMain] {
    if (!window.windowHandle() || !window.windowHandle()->isExposed()) return;
    std::printf("startup: %.0f ms from process start, %lld ms from main() to the main window shown\n", 1000 * secondsSinceProcessStart(),
                static_cast<long long>(sinceMain.elapsed()));
    std::fflush(stdout);
    QApplication::exit(0);
  });
  poll->start(1);
}

// Calls `then` once the window has painted itself for the first time.
void afterFirstPaint(QWidget& window, std::function<void()> then) {
  struct FirstPaint : QObject {
    std::function<void()> then;
    bool eventFilter(QObject* watched, QEvent* event) override {
      if (event->type() == QEvent::Paint) {
        QTimer::singleShot(0, watched, then);
        deleteLater();
        watched->removeEventFilter(this);
      }
      return false;
    }
  };
  auto* filter = new FirstPaint;
  filter->setParent(&window);
  filter->then = std::move(then);
  window.installEventFilter(filter);
}

}  // namespace

void addScriptedOptions(QCommandLineParser& parser) {
  const QList<QCommandLineOption> hidden{
      {"screenshot", "Save a picture of the window to this PNG once it is ready (or, with --train, trained), then quit.", "file"},
      {"train", "Start training on the Train page: plain or a scheme name.", "scheme"},
      {"dataset", "With --train: the dataset (default fashion-mnist).", "source", "fashion-mnist"},
      {"epochs", "With --train: epochs (default 10).", "n", "10"},
      {"demo-query", "Play one deniable query with the dog and the cat: set up the cloud, compose, send."},
      {"fake-key", "With --demo-query: the fake guide key's construction, uniform (default) or paper.", "mode", "uniform"},
      {"audit", "Run the scheme audit on the Evaluate page (with --scheme, the sample photograph of --sample)."},
      {"learned-attacks", "With --audit: also train the learned attacks (ITN, GAN) on Fashion-MNIST."},
      {"sweep", "Run a small calibration sweep (rmt, blocks 2,4,7, noise 0,25,50, one epoch on 5,000 images) on the Evaluate page."},
      {"startup-time", "Print the milliseconds from the start of the process to the main window shown, then quit."},
      {"zoom", "Text size in percent, as View > Zoom In sets it (150 is presentation mode's).", "percent"},
      {"window-size", "The window's size, as WIDTHxHEIGHT (a projector's 1280x720, a screen's 1920x1080).", "size"},
      {"serve",
       "Start the classroom's service on this port from the class's folder, as Start Service on the Cloud page would (with "
       "--screenshot: taken once three queries arrived).",
       "port"},
  };
  for (QCommandLineOption option : hidden) {
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(option);
  }
}

bool startScriptedRun(ui::MainWindow& window, const QCommandLineParser& parser, const QElapsedTimer& sinceStart) {
  if (parser.isSet("window-size")) {
    const QStringList size = parser.value("window-size").split('x');
    const int width = size.value(0).toInt(), height = size.value(1).toInt();
    if (size.size() != 2 || width < 320 || height < 240) {
      std::fprintf(stderr, "led-studio: error: --window-size takes WIDTHxHEIGHT, such as 1280x720, not '%s'\n",
                   qPrintable(parser.value("window-size")));
      return false;
    }
    window.resize(width, height);
  }
  if (parser.isSet("zoom")) window.presentation()->setZoom(parser.value("zoom").toInt());
  if (parser.isSet("screenshot"))
    scheduleScreenshot(window, parser.value("screenshot"), parser.value("page"),
                       parser.isSet("train")                            ? ReadyWhen::Trained
                       : parser.isSet("tour")                           ? ReadyWhen::Toured
                       : parser.isSet("predict")                        ? ReadyWhen::Predicted
                       : parser.isSet("demo-query")                     ? ReadyWhen::Answered
                       : parser.isSet("serve")                          ? ReadyWhen::Served
                       : parser.isSet("audit") || parser.isSet("sweep") ? ReadyWhen::Evaluated
                                                                        : ReadyWhen::Scrambled);
  if (parser.isSet("audit") || parser.isSet("sweep")) {
    ui::EvaluatePage* evaluate = window.evaluatePage();
    window.showPage("Evaluate");
    if (parser.isSet("sweep")) {
      evaluate->showSweep();
      evaluate->sweep()->configure("2,4,7", "0,25,50", 1, 5000, 1000);
      QTimer::singleShot(0, evaluate->sweep(), &ui::SweepPanel::run);
    } else {
      evaluate->audit()->useSample(parser.value("sample"));
      evaluate->audit()->setLearnedAttacks(parser.isSet("learned-attacks"));
      QTimer::singleShot(0, evaluate->audit(), &ui::AuditPanel::run);
    }
  }
  if (parser.isSet("demo-query")) playDemoQuery(window, parser.value("fake-key") == "paper");
  if (parser.isSet("train")) {
    ui::TrainPage* train = window.trainPage();
    if (!train->setScheme(parser.value("train"))) {
      std::fprintf(stderr, "led-studio: error: --train takes plain or a scheme name, not '%s'\n", qPrintable(parser.value("train")));
      return false;
    }
    train->setDatasetSource(parser.value("dataset"));
    train->setEpochs(std::max(1, parser.value("epochs").toInt()));
    window.showPage("Train");
    // As a person's click on Start would, after the window's first paint: a run started in the same
    // instant would count that paint (60-80 ms here) as a stall of the training.
    afterFirstPaint(window, [train] { train->start(); });
  }
  if (parser.isSet("serve")) {
    const int port = parser.value("serve").toInt();
    if (port < 1024 || port > 65535) {
      std::fprintf(stderr, "led-studio: error: --serve takes a port from 1024 to 65535, not '%s'\n", qPrintable(parser.value("serve")));
      return false;
    }
    ui::ServicePanel* service = window.cloudPage()->service();
    service->setPort(port);
    window.cloudPage()->showService();
    QTimer::singleShot(0, service, &ui::ServicePanel::start);
  }
  if (parser.isSet("startup-time")) reportStartupTime(window, sinceStart);
  return true;
}

}  // namespace led::studio
