#pragma once
// Runs work and returns the sentence of what it threw, or an empty string: how every worker turns a
// core error into what the message bar shows.
#include <QObject>
#include <QString>
#include <exception>
#include <new>

#include "ui/common/CorePhrase.h"
#include "core/shared/common/Error.h"

namespace led::ui {

template <typename Work>
QString failureOf(Work&& work) {
  try {
    work();
  } catch (const led::Error& e) {
    return translated(e.sentence());
  } catch (const std::bad_alloc&) {
    return QObject::tr("Not enough memory for this.");
  } catch (const std::exception& e) {
    return QString::fromLocal8Bit(e.what());
  }
  return {};
}

}  // namespace led::ui
