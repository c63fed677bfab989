#pragma once
// What every `led` command shares: option parsing of scheme parameters, output as text or JSON,
// and the one rule for errors (one sentence on stderr, non-zero exit).
#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

#include "keys/Key.h"
#include "learn/Trainer.h"
#include "random/RandomSource.h"

namespace led::cli {

enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

// A subcommand: its arguments (without "led" and the command's name) -> exit code.
using Command = std::function<int(const QStringList& args)>;

// Parses args for a command; prints help and returns false when asked or on a usage error
// (exitCode set accordingly).
bool parseOrExplain(QCommandLineParser& parser, const QString& usage, const QStringList& args, int& exitCode);

// Scheme options shared by keygen and trace.
void addSchemeOptions(QCommandLineParser& parser);
SchemeParams schemeParamsFrom(const QCommandLineParser& parser);

// A usage error naming the first of these options that is not given.
void requireOptions(const QCommandLineParser& parser, std::initializer_list<const char*> names);

// --size WIDTHxHEIGHTxCHANNELS (1 or 3 channels); a usage error otherwise.
ImageShape parseSize(const QString& text);

// --seed as a number (usage error when it is not one); empty when not given.
std::optional<std::uint64_t> seedOption(const QCommandLineParser& parser);
// StreamRandom(--seed) when given, else the OS CSPRNG. makesKeys: warn that a seeded key is no secret.
std::unique_ptr<RandomSource> randomSource(const QCommandLineParser& parser, bool makesKeys);

// Regularisation shared by train and evaluate table1: --weight-decay and --pixel-noise.
void addRegularisationOptions(QCommandLineParser& parser);
// Sets the weight decay and the pixel noise; usage errors for values out of range.
void applyRegularisationOptions(const QCommandLineParser& parser, TrainConfig& config);

// Runs body, turning core errors into "led: error: ..." and exit code 1.
int guarded(const std::function<int()>& body);
[[noreturn]] void usageError(const std::string& sentence);

void printJson(const QJsonObject& object);
// Writes a text file (CSV, Markdown, HTML) atomically, creating its folder.
void writeTextFile(const QString& path, const QString& text);
void printLine(const QString& text);
void warn(const QString& text);

QJsonObject keyJson(const Key& key);
QString keySpaceText(double bits);
std::string toStd(const QString& s);

}  // namespace led::cli
