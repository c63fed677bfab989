#pragma once
// One undoable edit on the Scramble page: the key (and with it the scheme and its parameters, which a
// key carries) before and after a change of scheme, block size, noise, steps, a new key or a loaded one.
#include <QUndoCommand>

#include "core/user/keys/Key.h"

namespace led::ui {

class ScramblePage;

class KeyEdit : public QUndoCommand {
 public:
  KeyEdit(ScramblePage* page, led::Key before, led::Key after);
  void undo() override;
  void redo() override;

 private:
  ScramblePage* page_;
  led::Key before_;
  led::Key after_;
  bool done_ = true;  // pushed after the change has happened: the first redo has nothing to do
};

}  // namespace led::ui
