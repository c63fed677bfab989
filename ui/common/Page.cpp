#include "ui/common/Page.h"

#include <QFileInfo>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

#include "ui/common/ControlUndo.h"
#include "ui/common/NamedControls.h"

namespace led::ui {

QString ProjectDraft::beside(const QString& suffix) const {
  const QFileInfo info(path);
  return info.absolutePath() + "/" + info.completeBaseName() + suffix;
}

Page::Page(const QString& id, QWidget* parent) : QWidget(parent) { setObjectName(id); }

QUndoStack* Page::undoStack() {
  if (!undo_) undo_ = (new ControlUndo(this))->stack();
  return undo_;
}

QVBoxLayout* Page::scrollingLayout() {
  auto* content = new QWidget(this);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(content);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
  return new QVBoxLayout(content);
}

std::string Page::entry(const QString& name) const { return (id().toLower() + "." + name).toStdString(); }

void Page::capture(ProjectDraft& draft) const { captureControls(this, id().toLower(), draft.project); }

std::function<std::any()> Page::loader(const led::Project&) const { return {}; }

QStringList Page::restore(const led::Project& project, const std::any&) {
  restoreControls(this, id().toLower(), project);
  return {};
}

void Page::cancelJob(QObject*) {}

void Page::captureControls(const QWidget* panel, const QString& prefix, led::Project& project) {
  for (QWidget* w : namedControls(panel)) {
    const QVariant value = controlValue(w);
    const QString written = value.typeId() == QMetaType::Bool     ? QString(value.toBool() ? "1" : "0")
                            : value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 10)
                                                                  : value.toString();
    project.set((prefix + "." + w->objectName()).toStdString(), written.toStdString());
  }
}

void Page::restoreControls(QWidget* panel, const QString& prefix, const led::Project& project) {
  for (QWidget* w : namedControls(panel)) {
    const std::string name = (prefix + "." + w->objectName()).toStdString();
    if (!project.values.count(name)) continue;
    QVariant value = QString::fromStdString(project.value(name));
    const int kind = controlValue(w).typeId();
    if (kind == QMetaType::Bool)
      value = value.toString() == "1";
    else if (!value.convert(QMetaType(kind)))
      continue;
    setControlValue(w, value);
  }
}

bool isSampleSource(const QString& source) { return source == "sample:dog" || source == "sample:cat"; }

bool stillThere(const QString& path, QStringList& problems) {
  if (QFileInfo(path).isFile()) return true;
  problems << QObject::tr("The project refers to %1, which is no longer there.").arg(path);
  return false;
}

}  // namespace led::ui
