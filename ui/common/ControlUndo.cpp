#include "common/ControlUndo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace led::ui {

namespace {

// The words a person sees beside a control: its form label (QFormLayout makes the label its buddy).
QString labelOf(const QWidget* control) {
  for (const QLabel* label : control->parentWidget()->findChildren<QLabel*>())
    if (label->buddy() == control) return label->text().remove('&');
  if (const auto* box = qobject_cast<const QCheckBox*>(control)) return box->text().remove('&');
  return control->objectName();
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

QVariant controlValue(const QWidget* control) {
  if (const auto* c = qobject_cast<const QComboBox*>(control)) return c->currentIndex();
  if (const auto* s = qobject_cast<const QSpinBox*>(control)) return s->value();
  if (const auto* d = qobject_cast<const QDoubleSpinBox*>(control)) return d->value();
  if (const auto* b = qobject_cast<const QCheckBox*>(control)) return b->isChecked();
  return {};
}

ControlUndo::ControlUndo(QWidget* page) : QObject(page), stack_(new QUndoStack(this)) {
  for (QWidget* w : page->findChildren<QWidget*>()) {
    if (w->objectName().isEmpty() || w->objectName().startsWith("qt_") || !controlValue(w).isValid()) continue;
    values_.insert(w, controlValue(w));
    const auto watch = [this, w] { changed(w); };
    if (auto* c = qobject_cast<QComboBox*>(w)) connect(c, &QComboBox::currentIndexChanged, this, watch);
    else if (auto* s = qobject_cast<QSpinBox*>(w)) connect(s, &QSpinBox::valueChanged, this, watch);
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(w)) connect(d, &QDoubleSpinBox::valueChanged, this, watch);
    else if (auto* b = qobject_cast<QCheckBox*>(w)) connect(b, &QCheckBox::toggled, this, watch);
  }
}

void ControlUndo::changed(QWidget* control) {
  const QVariant before = values_.value(control), after = controlValue(control);
  values_[control] = after;
  if (!applying_ && before != after) stack_->push(new ControlEdit(this, control, before, after));
}

void ControlUndo::apply(QWidget* control, const QVariant& value) {
  applying_ = true;
  if (auto* c = qobject_cast<QComboBox*>(control)) c->setCurrentIndex(value.toInt());
  else if (auto* s = qobject_cast<QSpinBox*>(control)) s->setValue(value.toInt());
  else if (auto* d = qobject_cast<QDoubleSpinBox*>(control)) d->setValue(value.toDouble());
  else if (auto* b = qobject_cast<QCheckBox*>(control)) b->setChecked(value.toBool());
  applying_ = false;
}

}  // namespace led::ui
