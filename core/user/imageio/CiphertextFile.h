#pragma once
// .ledc files: a ciphertext with what decryption needs to check it (scheme and shapes), for rmt's real
// values and for any scheme when the ciphertext should carry its own description. It holds no key and
// no key fingerprint, so a saved ciphertext does not tell which key made it.
//
// Layout, little-endian: "LEDCIPH\n", u32 version, text scheme, u32 plain H, W, C, u32 layout H, W, C,
// u8 real, the samples (bytes or f32), SHA-256 of everything before.
#include <string>

#include "core/shared/ciphertext/Ciphertext.h"
#include "core/shared/ciphertext/SchemeParams.h"

namespace led {

struct CiphertextRecord {
  SchemeId scheme = SchemeId::Le;
  ImageShape plainShape;
  Ciphertext ciphertext;
};

void writeCiphertextFile(const std::string& path, const CiphertextRecord& record);
CiphertextRecord readCiphertextFile(const std::string& path);
CiphertextRecord decodeCiphertext(const std::vector<std::uint8_t>& bytes, const std::string& name);
bool isCiphertextPath(const std::string& path);

// Saves by extension: .ledc keeps everything; .png/.bmp/.tif store byte ciphertexts exactly. Refuses a
// lossy format (it would destroy the ciphertext) and an image format for rmt's real values.
void saveCiphertext(const std::string& path, const CiphertextRecord& record);
// Reads a .ledc file (checking it was made with `scheme`) or a lossless image holding a byte ciphertext.
Ciphertext loadCiphertext(const std::string& path, SchemeId scheme);

}  // namespace led
