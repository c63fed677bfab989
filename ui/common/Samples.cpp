#include "ui/common/Samples.h"

#include <QFile>

#include "core/shared/common/Error.h"
#include "core/user/imageio/ImageFile.h"

namespace led::ui {

led::Image sampleImage(const QString& name) {
  const QString path = QString(":/samples/%1").arg(name == "dog" ? "dog.jpg" : "cat.png");
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    led::fail(led::ErrorKind::Io, QObject::tr("The resource %1 is missing from this build.").arg(path).toStdString());
  const QByteArray bytes = file.readAll();
  return led::decodeImage(std::vector<std::uint8_t>(bytes.begin(), bytes.end()), path.toStdString());
}

}  // namespace led::ui
