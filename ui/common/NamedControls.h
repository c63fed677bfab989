#pragma once
// A page's settings are its named controls: combo boxes (the name of their choice), spin boxes, check
// boxes and line edits, found by object name. Projects keep them, undo and redo step through them;
// both read and set them here. A combo box's choice is kept by name, never by position, so a list that
// gains or reorders items keeps what old projects meant: an item's name is its kItemName data where
// its text is translated, its text where it is not (a scheme's or an architecture's name).
#include <QList>
#include <QStringList>
#include <QVariant>

class QComboBox;
class QWidget;

namespace led::ui {

// The page's named controls, in the order they were made (so a scheme is chosen before its block size).
QList<QWidget*> namedControls(const QWidget* page);
constexpr int kItemName = Qt::UserRole + 1;

// Names a combo box's items, in order.
void nameItems(QComboBox* combo, const QStringList& names);
// The choice's name (QString), value (int or double), checked state (bool) or text (QString).
QVariant controlValue(const QWidget* control);
// Sets what controlValue reads. A combo box also takes an index, as projects saved before choices had
// names hold; a name or index it does not have is ignored, a number out of a spin box's range clamped.
void setControlValue(QWidget* control, const QVariant& value);

}  // namespace led::ui
