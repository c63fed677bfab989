#pragma once
// A page's settings are its named controls: combo boxes (their index), spin boxes, check boxes and line
// edits, found by object name. Projects keep them, undo and redo step through them; both read and set
// them here.
#include <QList>
#include <QVariant>

class QWidget;

namespace led::ui {

// The page's named controls, in the order they were made (so a scheme is chosen before its block size).
QList<QWidget*> namedControls(const QWidget* page);
// Index (int), value (int or double), checked state (bool) or text (QString).
QVariant controlValue(const QWidget* control);
// Sets what controlValue reads; an index out of a combo box's range is ignored, a number out of a spin
// box's range clamped.
void setControlValue(QWidget* control, const QVariant& value);

}  // namespace led::ui
