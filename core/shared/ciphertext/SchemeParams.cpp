#include "core/shared/ciphertext/SchemeParams.h"

#include <cstdio>

#include "core/shared/common/Error.h"

namespace led {

const std::vector<SchemeId>& allSchemes() {
  static const std::vector<SchemeId> ids{SchemeId::Le, SchemeId::Ele, SchemeId::Etc, SchemeId::EtcGray, SchemeId::Pe, SchemeId::Rmt};
  return ids;
}

std::string schemeName(SchemeId id) {
  switch (id) {
    case SchemeId::Le:
      return "le";
    case SchemeId::Ele:
      return "ele";
    case SchemeId::Etc:
      return "etc";
    case SchemeId::EtcGray:
      return "etc-gray";
    case SchemeId::Pe:
      return "pe";
    case SchemeId::Rmt:
      return "rmt";
  }
  return "?";
}

SchemeId parseSchemeName(const std::string& name) {
  std::string known;
  for (SchemeId id : allSchemes()) {
    if (schemeName(id) == name) return id;
    known += (known.empty() ? "" : ", ") + schemeName(id);
  }
  fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "unknown scheme '%1' (known: %2)"), {name, known}});
}

SchemeParams SchemeParams::defaults(SchemeId id) {
  SchemeParams p;
  p.scheme = id;
  switch (id) {
    case SchemeId::Le:
    case SchemeId::Ele:
    case SchemeId::Etc:
    case SchemeId::EtcGray:
      p.blockSize = 4;
      break;
    case SchemeId::Pe:
      p.blockSize = 1;
      break;
    case SchemeId::Rmt:
      p.blockSize = 4;
      p.noise = 25;
      break;
  }
  return p;
}

void SchemeParams::validate() const {
  if (scheme == SchemeId::Pe && blockSize != 1)
    fail(ErrorKind::InvalidArgument,
         {LED_PHRASE("led", "pe encrypts pixel by pixel; its block size is 1, not %1"), {std::to_string(blockSize)}});
  if (blockSize < 1 || blockSize > 64)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "block size must be between 1 and 64, not %1"), {std::to_string(blockSize)}});
  if (scheme == SchemeId::Rmt && blockSize < 2) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "rmt needs blocks of at least 2x2"));
  if (!(noise >= 0 && noise <= 255)) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "noise level must be between 0 and 255"));
  if (scheme != SchemeId::Rmt && noise != 0)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "only rmt adds noise; %1 takes no noise level"), {schemeName(scheme)}});
}

std::string SchemeParams::text() const {
  std::string s = schemeName(scheme) + " M=" + std::to_string(blockSize);
  if (scheme == SchemeId::Le || scheme == SchemeId::Ele) {
    s += split ? " split" : " bytes";
    if (reverse) s += " reverse";
    if (shuffle) s += " shuffle";
  }
  if (scheme == SchemeId::Rmt) {
    if (blockPermutation) s += " block-permutation";
    char n[32];
    std::snprintf(n, sizeof n, " noise=%g", noise);
    s += n;
  }
  return s;
}

bool SchemeParams::operator==(const SchemeParams& o) const {
  return scheme == o.scheme && blockSize == o.blockSize && split == o.split && reverse == o.reverse && shuffle == o.shuffle &&
         blockPermutation == o.blockPermutation && noise == o.noise;
}

void KeySpec::validate() const {
  params.validate();
  requireValidShape(shape, "the image a key is made for");
}

}  // namespace led
