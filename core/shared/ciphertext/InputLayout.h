#pragma once
// How a ciphertext becomes a model's input tensor (CHW floats). Samples: one plane per channel,
// v / 255 - 0.5 (rmt's real values: v / 255). NibblePlanes (le with split nibbles): the lower nibbles of
// every channel, then the upper ones, n / 15 - 0.5. Needs no key: the cloud lays out what it receives.
#include <cstddef>
#include <string>

#include "core/shared/ciphertext/Ciphertext.h"
#include "core/shared/ciphertext/SchemeParams.h"

namespace led {

enum class InputLayout { Samples, NibblePlanes };

struct InputShape {
  int channels = 0;
  int height = 0;
  int width = 0;
  std::size_t size() const { return std::size_t(channels) * height * width; }
  std::string text() const;  // "2 planes of 28x28"
  bool operator==(const InputShape& o) const { return channels == o.channels && height == o.height && width == o.width; }
  bool operator!=(const InputShape& o) const { return !(*this == o); }
};

InputLayout layoutFor(const SchemeParams& params);
// The input shape that ciphertexts of this shape give in this layout.
InputShape inputShapeOf(const ImageShape& cipherShape, InputLayout layout);
// Writes inputShapeOf(ciphertext, layout).size() floats: how a cloud that holds only ciphertexts feeds its model.
void layOutCiphertext(const Ciphertext& ciphertext, InputLayout layout, float* out);

// How an encrypted dataset stores a model input compactly, channel by channel (CHW): the ciphertext's
// bytes, from which the input is laid out as it is read; rmt's real values as the input itself.
//   Bytes:   one byte per sample, input v / 255 - 0.5 (plain images, and every byte scheme without nibbles)
//   Nibbles: one byte per sample, input planes lower nibbles then upper nibbles, n / 15 - 0.5 (le)
//   Reals:   one float32 per input value (rmt)
enum class SampleEncoding { Bytes, Nibbles, Reals };
SampleEncoding encodingOf(InputLayout layout, bool real);
const char* encodingName(SampleEncoding encoding);
// The stored samples of one image: channels x height x width of the ciphertext's layout.
std::size_t storedValues(const InputShape& input, SampleEncoding encoding);
// A ciphertext as stored: storedValues() bytes (Bytes, Nibbles) or floats (Reals) in CHW order.
void storeCiphertext(const Ciphertext& ciphertext, SampleEncoding encoding, void* out);
// The model input (input.size() floats) of one stored image.
void decodeStored(SampleEncoding encoding, const void* stored, const InputShape& input, float* out);

}  // namespace led
