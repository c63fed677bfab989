#include "ui/scramble/KeyEdit.h"

#include <QCoreApplication>
#include <utility>

#include "core/shared/ciphertext/SchemeParams.h"
#include "ui/scramble/ScramblePage.h"

namespace led::ui {

namespace {

QString describe(const led::Key& before, const led::Key& after) {
  const QString scheme = QString::fromStdString(led::schemeName(after.scheme()));
  if (before.scheme() != after.scheme()) return QCoreApplication::translate("led::ui::KeyEdit", "Scheme %1").arg(scheme);
  if (!(before.spec().params == after.spec().params)) return QCoreApplication::translate("led::ui::KeyEdit", "%1 Settings").arg(scheme);
  return QCoreApplication::translate("led::ui::KeyEdit", "Key %1").arg(QString::fromStdString(after.shortFingerprint()));
}

}  // namespace

KeyEdit::KeyEdit(ScramblePage* page, led::Key before, led::Key after)
    : QUndoCommand(describe(before, after)), page_(page), before_(std::move(before)), after_(std::move(after)) {}

void KeyEdit::undo() { page_->restoreKey(before_); }

void KeyEdit::redo() {
  if (std::exchange(done_, false)) return;
  page_->restoreKey(after_);
}

}  // namespace led::ui
