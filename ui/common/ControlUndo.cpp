#include "ui/common/ControlUndo.h"

#include "ui/common/NamedControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace led::ui {

namespace {

// The words a person sees beside a control: its form label (QFormLayout makes the label its buddy)
// without the colon, a check box's text, or the name a screen reader says.
QString labelOf(const QWidget* control) {
  static const QRegularExpression colon("[:\\x{FF1A}]\\s*$");  // ASCII or full-width
  for (const QLabel* label : control->parentWidget()->findChildren<QLabel*>())
    if (label->buddy() == control) return label->text().remove('&').remove(colon);
  if (const auto* box = qobject_cast<const QCheckBox*>(control)) return box->text().remove('&');
  return control->accessibleName().isEmpty() ? control->objectName() : control->accessibleName();
}

class ControlEdit : public QUndoCommand {
 public:
  ControlEdit(ControlUndo* owner, QWidget* control, QVariant before, QVariant after)
      : owner_(owner), control_(control), before_(std::move(before)), after_(std::move(after)) {
    setText(ControlUndo::tr("Change %1").arg(labelOf(control)));
  }
  void undo() override {
    if (control_) owner_->apply(control_, before_);
  }
  void redo() override {
    if (!first_ && control_) owner_->apply(control_, after_);
    first_ = false;  // pushed after the change happened
  }
  int id() const override { return 1; }
  bool mergeWith(const QUndoCommand* other) override {
    const auto* next = static_cast<const ControlEdit*>(other);
    if (next->control_ != control_) return false;
    after_ = next->after_;
    return true;
  }

 private:
  ControlUndo* owner_;
  QPointer<QWidget> control_;
  QVariant before_, after_;
  bool first_ = true;
};

}  // namespace

ControlUndo::ControlUndo(QWidget* page) : QObject(page), stack_(new QUndoStack(this)) {
  for (QWidget* w : namedControls(page)) {
    if (qobject_cast<QLineEdit*>(w)) continue;  // paths and names: typed, not stepped through
    values_.insert(w, controlValue(w));
    const auto watch = [this, w] { changed(w); };
    if (auto* c = qobject_cast<QComboBox*>(w))
      connect(c, &QComboBox::currentIndexChanged, this, watch);
    else if (auto* s = qobject_cast<QSpinBox*>(w))
      connect(s, &QSpinBox::valueChanged, this, watch);
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(w))
      connect(d, &QDoubleSpinBox::valueChanged, this, watch);
    else if (auto* b = qobject_cast<QCheckBox*>(w))
      connect(b, &QCheckBox::toggled, this, watch);
  }
}

void ControlUndo::changed(QWidget* control) {
  const QVariant before = values_.value(control), after = controlValue(control);
  values_[control] = after;
  if (!applying_ && before != after) stack_->push(new ControlEdit(this, control, before, after));
}

void ControlUndo::apply(QWidget* control, const QVariant& value) {
  applying_ = true;
  setControlValue(control, value);
  applying_ = false;
}

}  // namespace led::ui
