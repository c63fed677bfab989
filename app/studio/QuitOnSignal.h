#pragma once
// SIGTERM, SIGINT and SIGHUP (a logout, kill, Ctrl+C in the terminal) end led-studio as File > Quit
// does, without its questions: the event loop returns and every page tears down, so that a classroom
// service the window runs stops with it instead of holding its port.
class QCoreApplication;

namespace led::studio {

void quitOnSignals(QCoreApplication& app);

}  // namespace led::studio
