#include "ui/common/NamedControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace led::ui {

QList<QWidget*> namedControls(const QWidget* page) {
  QList<QWidget*> controls;
  for (QWidget* w : page->findChildren<QWidget*>())
    if (!w->objectName().isEmpty() && !w->objectName().startsWith("qt_") && controlValue(w).isValid()) controls << w;
  return controls;
}

void nameItems(QComboBox* combo, const QStringList& names) {
  for (int i = 0; i < combo->count() && i < names.size(); ++i) combo->setItemData(i, names[i], kItemName);
}

namespace {

QString itemName(const QComboBox* c, int index) {
  const QVariant name = c->itemData(index, kItemName);
  return name.isValid() ? name.toString() : c->itemText(index);
}

// The item of this name; else, for a project saved before choices had names, the item at this index.
int itemNamed(const QComboBox* c, const QString& name) {
  for (int i = 0; i < c->count(); ++i)
    if (itemName(c, i) == name) return i;
  bool isIndex = false;
  const int index = name.toInt(&isIndex);
  return isIndex && index >= 0 && index < c->count() ? index : -1;
}

}  // namespace

QVariant controlValue(const QWidget* control) {
  if (const auto* c = qobject_cast<const QComboBox*>(control)) return c->currentIndex() < 0 ? QString() : itemName(c, c->currentIndex());
  if (const auto* s = qobject_cast<const QSpinBox*>(control)) return s->value();
  if (const auto* d = qobject_cast<const QDoubleSpinBox*>(control)) return d->value();
  if (const auto* b = qobject_cast<const QCheckBox*>(control)) return b->isChecked();
  if (const auto* e = qobject_cast<const QLineEdit*>(control)) return e->text();
  return {};
}

void setControlValue(QWidget* control, const QVariant& value) {
  if (auto* c = qobject_cast<QComboBox*>(control)) {
    if (const int index = itemNamed(c, value.toString()); index >= 0) c->setCurrentIndex(index);
  } else if (auto* s = qobject_cast<QSpinBox*>(control)) {
    s->setValue(value.toInt());
  } else if (auto* d = qobject_cast<QDoubleSpinBox*>(control)) {
    d->setValue(value.toDouble());
  } else if (auto* b = qobject_cast<QCheckBox*>(control)) {
    b->setChecked(value.toBool());
  } else if (auto* e = qobject_cast<QLineEdit*>(control)) {
    e->setText(value.toString());
  }
}

}  // namespace led::ui
