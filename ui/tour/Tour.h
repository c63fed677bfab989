#pragma once
// The guided demonstration for teachers: the LED story in six steps (scramble the dog, hide it beside
// the cat in a composite query, the cloud answers, the coercer arrives, true and fake keys open the
// same query, the deniability test, then your own images). Each step names its page, explains in two
// or three sentences and can do its part on the real pages ("Do it"), first doing whatever earlier
// step it needs. The step reached is kept in the settings, so a tour left can be resumed.
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace led::ui {

class MainWindow;

struct TourStep {
  QString page;  // the page's id ("Scramble", ...)
  QString title;
  QString text;
  QString action;  // the "Do it" button's label; empty when the step only shows
  std::function<void(std::function<void()> done)> act;
};

class Tour : public QObject {
  Q_OBJECT
 public:
  explicit Tour(MainWindow* window);
  int count() const { return int(steps_.size()); }
  int current() const { return current_; }
  const TourStep& step(int index) const { return steps_[std::size_t(index)]; }
  bool busy() const { return busy_; }
  // The step a left tour would resume at (0 when it never started or was finished).
  static int savedStep();

 public slots:
  void start();   // from the first step
  void resume();  // from the saved step
  void go(int index);
  void next() { go(current_ + 1); }
  void back() { go(current_ - 1); }
  void act();    // does the current step's part
  void leave();  // hides the tour; resume() returns to this step
  void finish();

 signals:
  void stepChanged(int index);
  void busyChanged(bool busy);
  void left();

 private:
  void buildSteps();
  // Runs `slot` on each of the session's `signal` until it returns true.
  template <typename Signal>
  void until(Signal signal, std::function<bool()> slot);
  void stopWaiting();
  // Each runs `then` once its state exists, making it first if needed.
  void whenImagesLoaded(std::function<void()> then);
  void whenCloudReady(std::function<void()> then);
  void whenComposed(std::function<void()> then);
  void whenAnswered(std::function<void()> then);

  MainWindow* window_;
  std::vector<TourStep> steps_;
  int current_ = 0;
  bool busy_ = false;
  std::vector<std::shared_ptr<QMetaObject::Connection>> waits_;
};

}  // namespace led::ui
