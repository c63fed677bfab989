#pragma once
// What scripts ask of a window beside what a person does: a screenshot once the window is ready
// (packaging/take-screenshots.sh), a training run, a demonstration query, an audit or a sweep, and the
// start-up time. Its options are hidden from led-studio --help.
#include <QCommandLineParser>
#include <QElapsedTimer>

namespace led::ui {
class MainWindow;
}

namespace led::studio {

void addScriptedOptions(QCommandLineParser& parser);
// Starts what the options ask for; false (with a sentence on stderr) for a value that does not fit.
bool startScriptedRun(ui::MainWindow& window, const QCommandLineParser& parser, const QElapsedTimer& sinceStart);

}  // namespace led::studio
