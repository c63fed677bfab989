#pragma once
// The image of docs/specification.md, section 1: uint8, H x W x C (C = 1 or 3), row-major HWC, RGB order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace led {

struct ImageShape {
  int height = 0;
  int width = 0;
  int channels = 0;

  std::size_t pixels() const { return std::size_t(height) * std::size_t(width); }
  std::size_t samples() const { return pixels() * std::size_t(channels); }
  bool empty() const { return height == 0 || width == 0 || channels == 0; }
  std::string text() const;  // "768x576x3"
  bool operator==(const ImageShape& o) const { return height == o.height && width == o.width && channels == o.channels; }
  bool operator!=(const ImageShape& o) const { return !(*this == o); }
};

// Largest side and sample count accepted anywhere, so a crafted header cannot demand unbounded memory.
constexpr int kMaxImageSide = 1 << 15;
constexpr std::size_t kMaxImageSamples = std::size_t(1) << 30;

// Throws InvalidArgument unless the shape is one this program can hold.
void requireValidShape(const ImageShape& shape, const std::string& what);

struct Image {
  ImageShape shape;
  std::vector<std::uint8_t> data;

  Image() = default;
  explicit Image(ImageShape s);
  Image(ImageShape s, std::vector<std::uint8_t> samples);

  int height() const { return shape.height; }
  int width() const { return shape.width; }
  int channels() const { return shape.channels; }
  bool empty() const { return data.empty(); }
  std::uint8_t* row(int r) { return data.data() + std::size_t(r) * shape.width * shape.channels; }
  const std::uint8_t* row(int r) const { return data.data() + std::size_t(r) * shape.width * shape.channels; }
  std::uint8_t& at(int r, int c, int ch) { return row(r)[std::size_t(c) * shape.channels + ch]; }
  std::uint8_t at(int r, int c, int ch) const { return row(r)[std::size_t(c) * shape.channels + ch]; }
};

// Smallest shape whose sides are multiples of m.
ImageShape paddedShape(const ImageShape& shape, int m);
// Pads right and bottom by replicating the last column and row (docs/specification.md, section 2).
Image padByEdgeReplication(const Image& image, int m);
// The top-left height x width of an image.
Image cropTopLeft(const Image& image, int height, int width);

}  // namespace led
