#include "evaluate/AuditFolder.h"

#include <QDir>
#include <QObject>
#include <QStringList>

#include "common/Error.h"
#include "common/FolderManifest.h"
#include "common/ProjectFolder.h"
#include "image/ImageFile.h"
#include "project/ProjectFile.h"

namespace led::ui {
namespace {

const QString kManifest = "audit.ledproj";
constexpr int kMaxAttacks = 8;
constexpr int kMaxRatePoints = 100;

QString attackPicture(int i) { return QString("attack-%1.png").arg(i); }
std::string attackEntry(int i, const char* field) { return "attack." + std::to_string(i) + "." + field; }

std::string number(double v) { return QString::number(v, 'g', 17).toStdString(); }
std::string flag(bool b) { return b ? "1" : "0"; }

led::Phrase phraseFrom(const FolderManifest& m, const std::string& name) {
  try {
    return led::decodePhrase(m.text(name));
  } catch (const led::Error&) {
    m.bad(QObject::tr("%1 is not a sentence as LED Studio keeps one").arg(QString::fromStdString(name)));
  }
}

// Points as "quality:bitsPerPixel:psnr", separated by spaces.
std::string ratePoints(const std::vector<led::RatePoint>& points) {
  QStringList out;
  for (const led::RatePoint& p : points) out << QString("%1:%2:%3").arg(p.quality).arg(p.bitsPerPixel, 0, 'g', 17).arg(p.psnr, 0, 'g', 17);
  return out.join(' ').toStdString();
}

std::vector<led::RatePoint> ratePointsFrom(const FolderManifest& m, const std::string& name) {
  const QStringList fields = QString::fromStdString(m.text(name)).split(' ', Qt::SkipEmptyParts);
  if (fields.size() > kMaxRatePoints) m.bad(QObject::tr("%1 holds more than %2 points").arg(QString::fromStdString(name)).arg(kMaxRatePoints));
  std::vector<led::RatePoint> points;
  for (const QString& field : fields) {
    const QStringList f = field.split(':');
    bool ok[3] = {false, false, false};
    led::RatePoint p;
    if (f.size() == 3) p = {f[0].toInt(&ok[0]), f[1].toDouble(&ok[1]), f[2].toDouble(&ok[2])};
    if (!ok[0] || !ok[1] || !ok[2] || p.quality < 1 || p.quality > 100 || !(p.bitsPerPixel >= 0 && p.bitsPerPixel <= 64) || !(p.psnr >= 0))
      m.bad(QObject::tr("%1 should hold points quality:bits per pixel:PSNR").arg(QString::fromStdString(name)));
    points.push_back(p);
  }
  return points;
}

void writeParams(const led::SchemeParams& p, led::Project& m) {
  m.set("scheme", led::schemeName(p.scheme));
  m.set("blockSize", std::to_string(p.blockSize));
  m.set("split", flag(p.split));
  m.set("reverse", flag(p.reverse));
  m.set("shuffle", flag(p.shuffle));
  m.set("blockPermutation", flag(p.blockPermutation));
  m.set("noise", number(p.noise));
}

led::SchemeParams readParams(const FolderManifest& m) {
  led::SchemeParams p;
  try {
    p.scheme = led::parseSchemeName(m.text("scheme"));
    p.blockSize = m.whole("blockSize", 1, 64);
    p.split = m.flag("split");
    p.reverse = m.flag("reverse");
    p.shuffle = m.flag("shuffle");
    p.blockPermutation = m.flag("blockPermutation");
    p.noise = m.number("noise", 0, 255);
    p.validate();
  } catch (const led::Error& e) {
    if (e.kind() == led::ErrorKind::BadFile) throw;
    m.bad(QString::fromStdString(e.what()));
  }
  return p;
}

void writeInto(const QString& dir, const KeptAudit& kept) {
  const led::SchemeAudit& a = kept.audit;
  led::Project m;
  m.set("picture", kept.picture.left(1024).toStdString());
  writeParams(a.params, m);
  led::writeImage(folderFile(dir, "plain.png"), a.plain);
  const bool measured = !a.ciphertext.empty();
  m.set("measured", flag(measured));
  if (measured) {
    led::writeImage(folderFile(dir, "ciphertext.png"), a.ciphertext);
    led::writeImage(folderFile(dir, "wrong-key.png"), a.wrongKey);
    m.set("ssim", number(a.ssim));
    m.set("psnr", number(a.psnr));
    m.set("keyBits", number(a.keyBits));
  }
  m.set("attacks", std::to_string(a.attacks.size()));
  for (int i = 0; i < int(a.attacks.size()); ++i) {
    const led::AttackOutcome& o = a.attacks[std::size_t(i)];
    m.set(attackEntry(i, "name"), led::encodePhrase(o.name));
    m.set(attackEntry(i, "summary"), led::encodePhrase(o.summary));
    m.set(attackEntry(i, "applies"), flag(o.applies));
    m.set(attackEntry(i, "succeeded"), flag(o.succeeded));
    m.set(attackEntry(i, "psnr"), number(o.psnr));
    m.set(attackEntry(i, "recovered"), flag(bool(o.recovered)));
    if (o.recovered) led::writeImage(folderFile(dir, attackPicture(i)), *o.recovered);
  }
  m.set("jpeg", flag(bool(a.jpeg)));
  if (a.jpeg) {
    m.set("jpeg.plain", ratePoints(a.jpeg->plain));
    m.set("jpeg.encrypted", ratePoints(a.jpeg->encrypted));
  }
  m.set("cancelled", flag(a.cancelled));
  led::writeProjectFile(folderFile(dir, kManifest), m);  // last: a folder without its manifest is no audit
}

// A picture of the audit, which must have the plain image's shape.
led::Image pictureFrom(const QString& dir, const QString& name, const led::ImageShape& shape) {
  led::Image image = led::readImage(folderFile(dir, name));
  if (!shape.empty() && image.shape != shape)
    led::fail(led::ErrorKind::Mismatch, QObject::tr("%1 is %2, not the audited picture's %3")
                                            .arg(QDir(dir).filePath(name), QString::fromStdString(image.shape.text()), QString::fromStdString(shape.text()))
                                            .toStdString());
  return image;
}

led::AttackOutcome attackFrom(const FolderManifest& m, int i, const led::ImageShape& shape) {
  led::AttackOutcome o{phraseFrom(m, attackEntry(i, "name")), m.flag(attackEntry(i, "applies")), m.flag(attackEntry(i, "succeeded")),
                       phraseFrom(m, attackEntry(i, "summary")), std::nullopt, m.number(attackEntry(i, "psnr"), 0, 1000, true)};
  if (m.flag(attackEntry(i, "recovered"))) o.recovered = pictureFrom(m.dir(), attackPicture(i), shape);
  return o;
}

}  // namespace

void writeAuditFolder(const QString& dir, const KeptAudit& kept) {
  writeProjectFolder(dir, kManifest, QObject::tr("%1 exists and is not a scheme audit folder: save the project under another name").arg(dir),
                     [&kept](const QString& staging) { writeInto(staging, kept); });
}

KeptAudit readAuditFolder(const QString& dir) {
  if (!isProjectFolder(dir, kManifest))
    led::fail(led::ErrorKind::Io, QObject::tr("%1 is no scheme audit folder (it has no %2).").arg(dir, kManifest).toStdString());
  const FolderManifest m(dir, kManifest);
  KeptAudit kept{{}, QString::fromStdString(m.text("picture"))};
  led::SchemeAudit& a = kept.audit;
  a.params = readParams(m);
  a.plain = pictureFrom(dir, "plain.png", {});
  if (m.flag("measured")) {
    a.ciphertext = pictureFrom(dir, "ciphertext.png", a.plain.shape);
    a.wrongKey = pictureFrom(dir, "wrong-key.png", a.plain.shape);
    a.ssim = m.number("ssim", -1, 1);
    a.psnr = m.number("psnr", 0, 1000, true);
    a.keyBits = m.number("keyBits", 0, 1e9, true);
  }
  const int attacks = m.whole("attacks", 0, kMaxAttacks);
  for (int i = 0; i < attacks; ++i) a.attacks.push_back(attackFrom(m, i, a.plain.shape));
  if (m.flag("jpeg")) a.jpeg = led::JpegCurve{ratePointsFrom(m, "jpeg.plain"), ratePointsFrom(m, "jpeg.encrypted")};
  a.cancelled = m.flag("cancelled");
  return kept;
}

}  // namespace led::ui
