#pragma once
// Runs work off the GUI thread and hands its value (or its error sentence) back on the GUI thread.
// Only values cross: the work's result type is copied or moved, never shared.
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent>
#include <functional>
#include <optional>

#include "ui/common/Failure.h"

namespace led::ui {

template <typename T>
struct Outcome {
  std::optional<T> value;
  QString error;
};

template <typename T>
void runInBackground(QObject* context, std::function<T()> work, std::function<void(T)> done, std::function<void(const QString&)> failed) {
  auto* watcher = new QFutureWatcher<Outcome<T>>(context);
  QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done, failed] {
    Outcome<T> outcome = watcher->result();
    watcher->deleteLater();
    if (outcome.value)
      done(std::move(*outcome.value));
    else
      failed(outcome.error);
  });
  watcher->setFuture(QtConcurrent::run([work] {
    Outcome<T> outcome;
    outcome.error = failureOf([&] { outcome.value.emplace(work()); });
    return outcome;
  }));
}

}  // namespace led::ui
