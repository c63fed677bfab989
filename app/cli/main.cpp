// led: every capability of LED Studio from the command line, with machine-readable output.
#include <QCoreApplication>
#include <QMap>
#include <cstdio>

#include "cli/CliSupport.h"

namespace led::cli {
int keygenCommand(const QStringList& args);
int encryptCommand(const QStringList& args);
int decryptCommand(const QStringList& args);
int infoCommand(const QStringList& args);
int traceCommand(const QStringList& args);
int benchCommand(const QStringList& args);
int trainCommand(const QStringList& args);
int predictCommand(const QStringList& args);
int evaluateCommand(const QStringList& args);
int deniabilityCommand(const QStringList& args);
int padCommand(const QStringList& args);
int queryCommand(const QStringList& args);
int cloudCommand(const QStringList& args);
int fakeKeyCommand(const QStringList& args);
int attackCommand(const QStringList& args);
int reportCommand(const QStringList& args);
}  // namespace led::cli

namespace {

const char* kOverview =
    "usage: led <command> [options]\n"
    "\n"
    "Learnable image encryption with deniability, from the command line.\n"
    "\n"
    "commands:\n"
    "  keygen    make a key (OS CSPRNG; --seed only for demos)\n"
    "  encrypt   encrypt images or folders of images\n"
    "  decrypt   decrypt images, .ledc files or folders\n"
    "  info      describe a key, ciphertext or image file\n"
    "  trace     write every step of an encryption as images\n"
    "  train     train a classifier on plain or encrypted images\n"
    "  predict   label images with a trained model, encrypting them locally\n"
    "  evaluate  the LED paper's Table 1 and Fig. 7 (led evaluate table1), privacy measures (led evaluate privacy|misuse|sweep|jpeg)\n"
    "  pad       guide keys shared with the cloud, each used once (led pad new)\n"
    "  query     compose a deniable query, open it with revealed keys, read the answer\n"
    "  cloud     the cloud's side: answer a query (led cloud answer)\n"
    "  fake-key  a guide key that opens a query's guide to the shape you claim\n"
    "  deniability  can fake guide keys be told from honest ones? (led deniability test)\n"
    "  attack    chosen-plaintext key recovery, jigsaw solving, rmt regression (led attack cpa|jigsaw|rmt-regression)\n"
    "  report    one HTML file with a scheme's privacy measures and every attack on it\n"
    "  bench     measure speed (led bench schemes | train | query)\n"
    "\n"
    "Run 'led <command> --help' for a command's options. Exit codes: 0 done, 1 failed, 2 usage.\n";

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName("led");
  QCoreApplication::setApplicationVersion(LED_VERSION);
  const QStringList args = app.arguments().mid(1);
  if (args.isEmpty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    std::fputs(kOverview, args.isEmpty() ? stderr : stdout);
    return args.isEmpty() ? led::cli::kUsage : led::cli::kOk;
  }
  if (args[0] == "--version") {
    std::printf("led %s\n", LED_VERSION);
    return 0;
  }
  const QMap<QString, led::cli::Command> commands{
      {"keygen", led::cli::keygenCommand}, {"encrypt", led::cli::encryptCommand}, {"decrypt", led::cli::decryptCommand},
      {"info", led::cli::infoCommand},     {"trace", led::cli::traceCommand},     {"bench", led::cli::benchCommand},
      {"train", led::cli::trainCommand},   {"predict", led::cli::predictCommand}, {"evaluate", led::cli::evaluateCommand},
      {"deniability", led::cli::deniabilityCommand}, {"pad", led::cli::padCommand},
      {"query", led::cli::queryCommand}, {"cloud", led::cli::cloudCommand}, {"fake-key", led::cli::fakeKeyCommand},
      {"attack", led::cli::attackCommand},
      {"report", led::cli::reportCommand},
  };
  const auto command = commands.find(args[0]);
  if (command == commands.end()) {
    std::fprintf(stderr, "led: error: unknown command '%s'\n\n%s", qPrintable(args[0]), kOverview);
    return led::cli::kUsage;
  }
  return (*command)(args.mid(1));
}
