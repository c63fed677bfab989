// led-studio: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <functional>
#include <QWindow>
#include <unistd.h>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "ui/MainWindow.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/evaluate/AuditPanel.h"
#include "ui/evaluate/EvaluatePage.h"
#include "ui/evaluate/SweepPanel.h"
#include "ui/predict/PredictPage.h"
#include "ui/query/DeniableSession.h"
#include "ui/query/QueryPage.h"
#include "ui/scramble/SchemeControls.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/tour/Tour.h"
#include "ui/train/TrainPage.h"
#include "core/ciphertext/SchemeParams.h"
#include "ui/shell/Settings.h"
#include "ui/shell/Theme.h"
#include "ui/shell/Translations.h"

namespace {

// --screenshot: render the window once the Scramble page shows its pipeline, save it, quit. Used by
// packaging/take-screenshots.sh so anyone can retake README's pictures.
enum class ReadyWhen { Scrambled, Trained, Answered, Evaluated, Toured, Predicted };

void scheduleScreenshot(led::ui::MainWindow& window, const QString& file, const QString& page, ReadyWhen when) {
  auto shoot = [&window, file, page, when] {
    if (!page.isEmpty()) window.showPage(page);
    // After a query the Coercion page's meter compares with honest keys in a worker: give it time.
    QTimer::singleShot(when == ReadyWhen::Answered || when == ReadyWhen::Toured ? 2500 : 400, &window, [&window, file] {
      const bool saved = window.grab().save(file);
      if (!saved) std::fprintf(stderr, "led-studio: error: cannot write %s\n", qPrintable(file));
      QApplication::exit(saved ? 0 : 1);
    });
  };
  if (when == ReadyWhen::Trained) QObject::connect(window.trainPage(), &led::ui::TrainPage::runFinished, &window, shoot);
  else if (when == ReadyWhen::Evaluated) {
    QObject::connect(window.evaluatePage()->audit(), &led::ui::AuditPanel::finished, &window, shoot);
    QObject::connect(window.evaluatePage()->sweep(), &led::ui::SweepPanel::finished, &window, shoot);
  }
  else if (when == ReadyWhen::Predicted)
    QObject::connect(window.predictPage(), &led::ui::PredictPage::answered, &window, shoot);
  else if (when == ReadyWhen::Toured)
    QObject::connect(window.tour(), &led::ui::Tour::busyChanged, &window, [shoot](bool busy) {
      if (!busy) shoot();
    });
  else if (when == ReadyWhen::Answered) QObject::connect(window.session(), &led::ui::DeniableSession::answered, &window, shoot);
  else QObject::connect(window.scramblePage(), &led::ui::ScramblePage::ready, &window, shoot);
  if (when != ReadyWhen::Trained && when != ReadyWhen::Evaluated)
    QTimer::singleShot(when == ReadyWhen::Toured ? 180000 : 60000, [] {
      std::fputs("led-studio: error: the page did not become ready within a minute\n", stderr);
      QApplication::exit(1);
    });
}

// --demo-query: one round with the bundled dog and cat, as a teacher would click it.
void playDemoQuery(led::ui::MainWindow& window, bool paperFakeKey) {
  led::ui::DeniableSession* session = window.session();
  window.coercionPage()->setPaperMode(paperFakeKey);
  window.coercionPage()->sendManyQueries();
  QObject::connect(session, &led::ui::DeniableSession::cloudChanged, &window, [&window, session] {
    if (session->cloudReady() && !session->composed()) {
      window.queryPage()->compose();
      window.queryPage()->send();
    }
  });
  // The two samples load in the background first.
  QTimer::singleShot(1000, window.queryPage(), &led::ui::QueryPage::setUpCloud);
}

void describeOptions(QCommandLineParser& parser) {
  parser.setApplicationDescription("LED Studio: learnable image encryption with deniability, made visible.");
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument("file", "An image, a key (.ledkey), a query (.ledq) or a model (.ledmodel) to open.", "[file]");
  parser.addOptions({
      {"sample", "Start with a bundled sample photograph: dog (default) or cat.", "name", "dog"},
      {"scheme", "Start with this scheme: le, ele, etc, etc-gray, pe or rmt.", "name"},
      {"page", "Start on this page: Scramble, Query, Cloud, Train, Predict, Coercion or Evaluate.", "name"},
      {"screenshot", "Save a picture of the window to this PNG once it is ready (or, with --train, trained), then quit.", "file"},
      {"train", "Start training on the Train page: plain or a scheme name.", "scheme"},
      {"dataset", "With --train: the dataset (default fashion-mnist).", "source", "fashion-mnist"},
      {"epochs", "With --train: epochs (default 10).", "n", "10"},
      {"demo-query", "Play one deniable query with the dog and the cat: set up the cloud, compose, send."},
      {"fake-key", "With --demo-query: the fake guide key's construction, uniform (default) or paper.", "mode", "uniform"},
      {"audit", "Run the scheme audit on the Evaluate page (with --scheme, the sample photograph of --sample)."},
      {"sweep", "Run a small calibration sweep (rmt, blocks 2,4,7, noise 0,25,50, one epoch on 5,000 images) on the Evaluate page."},
      {"appearance", "For this run only: light, dark or system (the saved choice otherwise).", "mode"},
      {"language", "For this run only: en, zh_TW or ja (the saved choice otherwise).", "code"},
      {"predict", "Open this photo on the Predict page (with a model given as the file to open).", "photo"},
      {"tour", "Open the guided tour at this step (1 to 6) and do the step's part, as its button would.", "step"},
      {"startup-time", "Print the milliseconds from the start of the process to the main window shown, then quit."},
  });
}

// --startup-time: the time from the process's start (the kernel's record, 10 ms steps, so loading the
// shared libraries counts) and from main() to the window's first exposure on screen.
double secondsSinceProcessStart() {
  std::ifstream stat("/proc/self/stat"), uptime("/proc/uptime");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  std::istringstream fields(text.substr(text.rfind(')') + 2));  // the command name may hold spaces
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i) {}  // field 22: start time in clock ticks since boot
  double up = 0;
  uptime >> up;
  return up - std::stod(field) / double(sysconf(_SC_CLK_TCK));
}

void reportStartupTime(led::ui::MainWindow& window, const QElapsedTimer& sinceMain) {
  auto* poll = new QTimer(&window);
  QObject::connect(poll, &QTimer::timeout, &window, [&window, sinceMain] {
    if (!window.windowHandle() || !window.windowHandle()->isExposed()) return;
    std::printf("startup: %.0f ms from process start, %lld ms from main() to the main window shown\n",
                1000 * secondsSinceProcessStart(), static_cast<long long>(sinceMain.elapsed()));
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

// --help and --version must work without a display (in a terminal over ssh, in a package check), so
// they are answered before QApplication, which needs one, exists.
bool asksOnlyForText(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") return true;
  }
  return false;
}

void nameApplication() {
  QCoreApplication::setApplicationName("LED Studio");
  QCoreApplication::setOrganizationName("LED Studio");
  QCoreApplication::setApplicationVersion(LED_VERSION);
}

}  // namespace

int main(int argc, char** argv) {
  QElapsedTimer sinceStart;
  sinceStart.start();
  if (asksOnlyForText(argc, argv)) {
    QCoreApplication app(argc, argv);
    nameApplication();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);  // prints and exits
    return 0;
  }
  QApplication app(argc, argv);
  nameApplication();
  QGuiApplication::setDesktopFileName("org.ledstudio.LedStudio");
  QApplication::setWindowIcon(QIcon(":/icons/led-studio.svg"));
  QCommandLineParser parser;
  describeOptions(parser);
  parser.process(app);
  led::ui::installTranslations(app, parser.isSet("language") ? parser.value("language") : led::ui::Settings::language());
  led::ui::applyAppearance(parser.isSet("appearance") ? led::ui::appearanceNamed(parser.value("appearance")) : led::ui::Settings::appearance());

  led::ui::MainWindow window;
  if (parser.isSet("scheme")) {
    try {
      const led::SchemeParams params = led::SchemeParams::defaults(led::parseSchemeName(parser.value("scheme").toStdString()));
      window.scramblePage()->schemeControls()->setParams(params);
      window.evaluatePage()->audit()->schemeControls()->setParams(params);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "led-studio: error: %s\n", e.what());
      return 2;
    }
  }
  if (parser.isSet("page") && !window.showPage(parser.value("page"))) {
    std::fprintf(stderr, "led-studio: error: no page named '%s' (pages: %s)\n", qPrintable(parser.value("page")),
                 qPrintable(window.pageNames().join(", ")));
    return 2;
  }
  if (parser.isSet("screenshot"))
    scheduleScreenshot(window, parser.value("screenshot"), parser.value("page"),
                       parser.isSet("train")                                ? ReadyWhen::Trained
                       : parser.isSet("tour")                               ? ReadyWhen::Toured
                       : parser.isSet("predict")                            ? ReadyWhen::Predicted
                       : parser.isSet("demo-query")                         ? ReadyWhen::Answered
                       : parser.isSet("audit") || parser.isSet("sweep") ? ReadyWhen::Evaluated
                                                                            : ReadyWhen::Scrambled);
  if (parser.isSet("audit") || parser.isSet("sweep")) {
    led::ui::EvaluatePage* evaluate = window.evaluatePage();
    window.showPage("Evaluate");
    if (parser.isSet("sweep")) {
      evaluate->showSweep();
      evaluate->sweep()->configure("2,4,7", "0,25,50", 1, 5000, 1000);
      QTimer::singleShot(0, evaluate->sweep(), &led::ui::SweepPanel::run);
    } else {
      evaluate->audit()->useSample(parser.value("sample"));
      QTimer::singleShot(0, evaluate->audit(), &led::ui::AuditPanel::run);
    }
  }
  if (parser.isSet("tour")) {
    const int step = parser.value("tour").toInt();
    if (step < 1 || step > window.tour()->count()) {
      std::fprintf(stderr, "led-studio: error: --tour takes a step from 1 to %d\n", window.tour()->count());
      return 2;
    }
    window.tour()->go(step - 1);
    QTimer::singleShot(500, window.tour(), &led::ui::Tour::act);
  }
  if (parser.isSet("demo-query")) playDemoQuery(window, parser.value("fake-key") == "paper");
  if (parser.isSet("train")) {
    led::ui::TrainPage* train = window.trainPage();
    if (!train->setScheme(parser.value("train"))) {
      std::fprintf(stderr, "led-studio: error: --train takes plain or a scheme name, not '%s'\n", qPrintable(parser.value("train")));
      return 2;
    }
    train->setDatasetSource(parser.value("dataset"));
    train->setEpochs(std::max(1, parser.value("epochs").toInt()));
    window.showPage("Train");
    // As a person's click on Start would, after the window's first paint: a run started in the same
    // instant would count that paint (60-80 ms here) as a stall of the training.
    afterFirstPaint(window, [train] { train->start(); });
  }
  window.show();
  if (parser.isSet("startup-time")) reportStartupTime(window, sinceStart);
  // The Scramble page starts on a sample unless the file to open is itself the image to scramble.
  const QString file = parser.positionalArguments().value(0);
  const bool fileIsData = file.endsWith(".ledkey") || file.endsWith(".ledq") || file.endsWith(".ledmodel");
  if (file.isEmpty() || fileIsData) window.scramblePage()->loadSample(parser.value("sample"));
  if (!file.isEmpty()) window.openFile(file);
  if (parser.isSet("predict")) {
    window.showPage("Predict");
    window.predictPage()->openPhoto(parser.value("predict"));
  }
  return app.exec();
}
