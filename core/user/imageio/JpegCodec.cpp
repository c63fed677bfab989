#include "core/user/imageio/JpegCodec.h"

#include <turbojpeg.h>

#include <memory>

#include "core/shared/common/Error.h"

namespace led {
namespace {

struct HandleCloser {
  void operator()(void* handle) const { tjDestroy(handle); }
};
using Handle = std::unique_ptr<void, HandleCloser>;

std::string lastError(void* handle) { return tjGetErrorStr2(handle); }

}  // namespace

std::optional<Image> decodeJpeg(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  const Handle handle(tjInitDecompress());
  if (!handle) throw std::bad_alloc();
  int width = 0, height = 0, subsampling = 0, colourspace = 0;
  if (tjDecompressHeader3(handle.get(), bytes.data(), static_cast<unsigned long>(bytes.size()), &width, &height, &subsampling,
                          &colourspace) != 0)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 could not be decoded as an image: %2"), {name, lastError(handle.get())}});
  if (colourspace == TJCS_CMYK || colourspace == TJCS_YCCK) return std::nullopt;
  const bool gray = colourspace == TJCS_GRAY;
  const ImageShape shape{height, width, gray ? 1 : 3};
  requireValidShape(shape, "the image");
  Image image(shape);
  if (tjDecompress2(handle.get(), bytes.data(), static_cast<unsigned long>(bytes.size()), image.data.data(), width, 0, height,
                    gray ? TJPF_GRAY : TJPF_RGB, 0) != 0 &&
      tjGetErrorCode(handle.get()) == TJERR_FATAL)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 could not be decoded as an image: %2"), {name, lastError(handle.get())}});
  return image;
}

std::vector<std::uint8_t> encodeJpeg(const Image& image, int quality) {
  requireValidShape(image.shape, "the image");
  const Handle handle(tjInitCompress());
  if (!handle) throw std::bad_alloc();
  const bool gray = image.channels() == 1;
  unsigned char* encoded = nullptr;
  unsigned long size = 0;
  if (tjCompress2(handle.get(), image.data.data(), image.width(), 0, image.height(), gray ? TJPF_GRAY : TJPF_RGB, &encoded, &size,
                  gray ? TJSAMP_GRAY : TJSAMP_420, quality, 0) != 0) {
    tjFree(encoded);
    fail(ErrorKind::Io, {LED_PHRASE("led", "the image could not be encoded as %1: %2"), {std::string("jpg"), lastError(handle.get())}});
  }
  std::vector<std::uint8_t> out(encoded, encoded + size);
  tjFree(encoded);
  return out;
}

}  // namespace led
