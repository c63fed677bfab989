#include "core/user/project/AuditFolder.h"

#include <sstream>

#include "core/shared/common/Error.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/project/FolderManifest.h"
#include "core/user/project/ProjectFolder.h"

namespace led {
namespace {

const std::string kManifest = "audit.ledproj";
constexpr int kMaxAttacks = 8;
constexpr std::size_t kMaxRatePoints = 100;

std::string attackPicture(int i) { return "attack-" + std::to_string(i) + ".png"; }
std::string attackEntry(int i, const char* field) { return "attack." + std::to_string(i) + "." + field; }
std::string flag(bool b) { return b ? "1" : "0"; }

Phrase phraseFrom(const FolderManifest& m, const std::string& name) {
  try {
    return decodePhrase(m.text(name));
  } catch (const Error&) {
    m.bad({LED_PHRASE("led", "%1 is not a sentence as LED Studio keeps one"), {name}});
  }
}

// Points as "quality:bitsPerPixel:psnr", separated by spaces.
std::string ratePoints(const std::vector<RatePoint>& points) {
  std::string out;
  for (const RatePoint& p : points)
    out += (out.empty() ? "" : " ") + std::to_string(p.quality) + ":" + manifestNumber(p.bitsPerPixel) + ":" + manifestNumber(p.psnr);
  return out;
}

std::vector<RatePoint> ratePointsFrom(const FolderManifest& m, const std::string& name) {
  std::istringstream in(m.text(name));
  std::vector<RatePoint> points;
  for (std::string field; in >> field;) {
    if (points.size() == kMaxRatePoints) m.bad({LED_PHRASE("led", "%1 holds more than %2 points"), {name, std::to_string(kMaxRatePoints)}});
    RatePoint p{0, -1, -1};
    char end = 0;
    const bool read = std::sscanf(field.c_str(), "%d:%lf:%lf%c", &p.quality, &p.bitsPerPixel, &p.psnr, &end) == 3;
    if (!read || p.quality < 1 || p.quality > 100 || !(p.bitsPerPixel >= 0 && p.bitsPerPixel <= 64) || !(p.psnr >= 0))
      m.bad({LED_PHRASE("led", "%1 should hold points quality:bits per pixel:PSNR"), {name}});
    points.push_back(p);
  }
  return points;
}

void writeParams(const SchemeParams& p, Project& m) {
  m.set("scheme", schemeName(p.scheme));
  m.set("blockSize", std::to_string(p.blockSize));
  m.set("split", flag(p.split));
  m.set("reverse", flag(p.reverse));
  m.set("shuffle", flag(p.shuffle));
  m.set("blockPermutation", flag(p.blockPermutation));
  m.set("noise", manifestNumber(p.noise));
}

SchemeParams readParams(const FolderManifest& m) {
  SchemeParams p;
  try {
    p.scheme = parseSchemeName(m.text("scheme"));
    p.blockSize = m.whole("blockSize", 1, 64);
    p.split = m.flag("split");
    p.reverse = m.flag("reverse");
    p.shuffle = m.flag("shuffle");
    p.blockPermutation = m.flag("blockPermutation");
    p.noise = m.number("noise", 0, 255);
    p.validate();
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::BadFile) throw;
    m.bad(e.sentence());
  }
  return p;
}

void writeInto(const std::string& dir, const KeptAudit& kept) {
  const SchemeAudit& a = kept.audit;
  Project m;
  m.set("picture", kept.picture.substr(0, 1024));
  writeParams(a.params, m);
  writeImage(folderFile(dir, "plain.png"), a.plain);
  const bool measured = !a.ciphertext.empty();
  m.set("measured", flag(measured));
  if (measured) {
    writeImage(folderFile(dir, "ciphertext.png"), a.ciphertext);
    writeImage(folderFile(dir, "wrong-key.png"), a.wrongKey);
    m.set("ssim", manifestNumber(a.ssim));
    m.set("psnr", manifestNumber(a.psnr));
    m.set("keyBits", manifestNumber(a.keyBits));
  }
  m.set("attacks", std::to_string(a.attacks.size()));
  for (int i = 0; i < int(a.attacks.size()); ++i) {
    const AttackOutcome& o = a.attacks[std::size_t(i)];
    m.set(attackEntry(i, "name"), encodePhrase(o.name));
    m.set(attackEntry(i, "summary"), encodePhrase(o.summary));
    m.set(attackEntry(i, "applies"), flag(o.applies));
    m.set(attackEntry(i, "succeeded"), flag(o.succeeded));
    m.set(attackEntry(i, "psnr"), manifestNumber(o.psnr));
    m.set(attackEntry(i, "recovered"), flag(bool(o.recovered)));
    if (o.recovered) writeImage(folderFile(dir, attackPicture(i)), *o.recovered);
  }
  m.set("jpeg", flag(bool(a.jpeg)));
  if (a.jpeg) {
    m.set("jpeg.plain", ratePoints(a.jpeg->plain));
    m.set("jpeg.encrypted", ratePoints(a.jpeg->encrypted));
  }
  m.set("cancelled", flag(a.cancelled));
  writeProjectFile(folderFile(dir, kManifest), m);  // last: a folder without its manifest is no audit
}

// A picture of the audit, which must have the plain image's shape.
Image pictureFrom(const std::string& dir, const std::string& name, const ImageShape& shape) {
  Image image = readImage(folderFile(dir, name));
  if (!shape.empty() && image.shape != shape)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "%1 is %2, not the audited picture's %3"), {folderFile(dir, name), image.shape.text(), shape.text()}});
  return image;
}

AttackOutcome attackFrom(const FolderManifest& m, int i, const ImageShape& shape) {
  AttackOutcome o{phraseFrom(m, attackEntry(i, "name")),
                  m.flag(attackEntry(i, "applies")),
                  m.flag(attackEntry(i, "succeeded")),
                  phraseFrom(m, attackEntry(i, "summary")),
                  std::nullopt,
                  m.number(attackEntry(i, "psnr"), 0, 1000, true)};
  if (m.flag(attackEntry(i, "recovered"))) o.recovered = pictureFrom(m.dir(), attackPicture(i), shape);
  return o;
}

}  // namespace

void writeAuditFolder(const std::string& dir, const KeptAudit& kept) {
  writeProjectFolder(dir, kManifest,
                     {LED_PHRASE("led", "%1 exists and is not a scheme audit folder: save the project under another name"), {dir}},
                     [&kept](const std::string& staging) { writeInto(staging, kept); });
}

KeptAudit readAuditFolder(const std::string& dir) {
  if (!isProjectFolder(dir, kManifest))
    fail(ErrorKind::Io, {LED_PHRASE("led", "%1 is no scheme audit folder (it has no %2)."), {dir, kManifest}});
  const FolderManifest m(dir, kManifest);
  KeptAudit kept{{}, m.text("picture")};
  SchemeAudit& a = kept.audit;
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
  if (m.flag("jpeg")) a.jpeg = JpegCurve{ratePointsFrom(m, "jpeg.plain"), ratePointsFrom(m, "jpeg.encrypted")};
  a.cancelled = m.flag("cancelled");
  return kept;
}

}  // namespace led
