// led-studio: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <string>

#include "app/command/Roff.h"
#include "app/studio/QuitOnSignal.h"
#include "app/studio/ScriptedRun.h"
#include "core/shared/ciphertext/SchemeParams.h"
#include "core/shared/learn/TensorMemory.h"
#include "ui/MainWindow.h"
#include "ui/evaluate/AuditPanel.h"
#include "ui/evaluate/EvaluatePage.h"
#include "ui/predict/PredictPage.h"
#include "ui/scramble/SchemeControls.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/shell/Settings.h"
#include "ui/shell/Theme.h"
#include "ui/shell/Translations.h"
#include "ui/tour/Tour.h"

namespace {

const char* const kDescription = "LED Studio: learnable image encryption with deniability, made visible.";

QList<QCommandLineOption> visibleOptions() {
  return {
      {"sample", "Start with a bundled sample photograph: dog (default) or cat.", "name", "dog"},
      {"scheme", "Start with this scheme: le, ele, etc, etc-gray, pe or rmt.", "name"},
      {"page", "Start on this page: Scramble, Query, Cloud, Train, Predict, Coercion or Evaluate.", "name"},
      {"appearance", "For this run only: light, dark or system (the saved choice otherwise).", "mode"},
      {"language", "For this run only: en, zh_TW or ja (the saved choice otherwise).", "code"},
      {"predict", "Open this photo on the Predict page (with a model given as the file to open).", "photo"},
      {"tour", "Open the guided tour at this step (1 to 6) and do the step's part, as its button would.", "step"},
  };
}

void describeOptions(QCommandLineParser& parser) {
  parser.setApplicationDescription(kDescription);
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument("file", "An image, a key (.ledkey), a query (.ledq) or a model (.ledmodel) to open.", "[file]");
  parser.addOptions(visibleOptions());
  led::studio::addScriptedOptions(parser);
}

// led-studio --manual: the manual page the package installs, from the same options --help shows.
std::string manualPage() {
  using led::cli::roffText;
  std::string page = ".TH LED\\-STUDIO 1 \"\" \"led\\-studio " LED_VERSION "\" \"User Commands\"\n.SH NAME\nled\\-studio \\- " +
                     roffText("learnable image encryption with deniability, made visible") +
                     "\n.SH SYNOPSIS\n.B led\\-studio\n.RI [ OPTIONS ]\n.RI [ file ]\n.SH DESCRIPTION\n" + roffText(kDescription) +
                     "\nThe desktop application: scrambling step by step, the deniable query, training on encrypted images, the "
                     "coercion, privacy measures and attacks. \\fIfile\\fR is an image, a key (.ledkey), a query (.ledq) or a "
                     "model (.ledmodel) to open.\n.SH OPTIONS\n";
  for (const QCommandLineOption& option : visibleOptions()) {
    page += ".TP\n\\fB\\-\\-" + roffText(option.names().front().toStdString()) + "\\fR";
    if (!option.valueName().isEmpty()) page += " \\fI" + roffText(option.valueName().toStdString()) + "\\fR";
    page += "\n" + roffText(option.description().toStdString()) + "\n";
  }
  page +=
      ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nShow the options and exit.\n.TP\n\\fB\\-v\\fR, "
      "\\fB\\-\\-version\\fR\nShow the version and exit.\n.SH FILES\n.TP\n.I ~/.config/LED Studio/LED Studio.conf\n"
      "The saved choices: language, appearance, window, recent files, the class's folder.\n.TP\n"
      ".I ~/.local/share/LED Studio/classroom\\-cloud\nThe class's cloud by default: its pads, models and log.\n"
      ".SH SEE ALSO\n.BR led (1),\n.BR led\\-cloud (1)\n";
  return page;
}

// --help and --version must work without a display (in a terminal over ssh, in a package check), so
// they are answered before QApplication, which needs one, exists.
bool asksOnlyForText(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "--manual") return true;
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
  if (argc >= 2 && std::string(argv[1]) == "--manual") {  // the build passes the examples file, which this page has none from
    std::fputs(manualPage().c_str(), stdout);
    return 0;
  }
  if (asksOnlyForText(argc, argv)) {
    QCoreApplication app(argc, argv);
    nameApplication();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);  // prints and exits
    return 0;
  }
  led::keepTensorMemory();  // the Train page's training and the Query page's demo cloud
  QApplication app(argc, argv);
  led::studio::quitOnSignals(app);
  nameApplication();
  QGuiApplication::setDesktopFileName("org.ledstudio.LedStudio");
  QApplication::setWindowIcon(QIcon(":/icons/led-studio.svg"));
  QCommandLineParser parser;
  describeOptions(parser);
  parser.process(app);
  led::ui::installTranslations(app, parser.isSet("language") ? parser.value("language") : led::ui::Settings::language());
  led::ui::applyAppearance(parser.isSet("appearance") ? led::ui::appearanceNamed(parser.value("appearance"))
                                                      : led::ui::Settings::appearance());

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
  if (parser.isSet("tour")) {
    const int step = parser.value("tour").toInt();
    if (step < 1 || step > window.tour()->count()) {
      std::fprintf(stderr, "led-studio: error: --tour takes a step from 1 to %d\n", window.tour()->count());
      return 2;
    }
    window.tour()->go(step - 1);
    QTimer::singleShot(500, window.tour(), &led::ui::Tour::act);
  }
  if (!led::studio::startScriptedRun(window, parser, sinceStart)) return 2;
  window.show();
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
