#pragma once
// Undo and redo for a page's settings: every named combo box, spin box and check box of the page is
// watched, and each change a person makes becomes one undoable step ("Change Epochs"); successive
// steps of the same control merge into one. Changes made while an undo or redo is applied (including
// those a page's own slots make in response) are not recorded.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QUndoStack;

namespace led::ui {

class ControlUndo : public QObject {
  Q_OBJECT
 public:
  explicit ControlUndo(QWidget* page);
  QUndoStack* stack() const { return stack_; }
  // Sets a control's value as an undo or redo does: recorded nowhere.
  void apply(QWidget* control, const QVariant& value);

 private:
  void changed(QWidget* control);

  QUndoStack* stack_;
  QHash<QWidget*, QVariant> values_;  // each control's value as last seen
  bool applying_ = false;
};

}  // namespace led::ui
