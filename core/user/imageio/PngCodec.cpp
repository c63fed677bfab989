#include "core/user/imageio/PngCodec.h"

#include <png.h>

#include <cstring>

#include "core/shared/common/Error.h"

namespace led {
namespace {

struct Reader {
  const std::vector<std::uint8_t>* bytes;
  std::size_t at = 0;
};

void readFromMemory(png_structp png, png_bytep out, png_size_t n) {
  auto* reader = static_cast<Reader*>(png_get_io_ptr(png));
  if (n > reader->bytes->size() - reader->at) png_error(png, "read past the end of the data");
  std::memcpy(out, reader->bytes->data() + reader->at, n);
  reader->at += n;
}

void writeToMemory(png_structp png, png_bytep data, png_size_t n) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(png_get_io_ptr(png));
  out->insert(out->end(), data, data + n);
}

void flushNothing(png_structp) {}

// libpng reports errors by longjmp: this stores its message, the callers turn it into an Error once
// they are back in C++ (no object with a destructor lives between setjmp and longjmp).
void keepMessage(png_structp png, png_const_charp message) {
  auto* text = static_cast<char*>(png_get_error_ptr(png));
  std::strncpy(text, message, 199);
  text[199] = '\0';
  png_longjmp(png, 1);
}

void ignoreWarning(png_structp, png_const_charp) {}

// Reads header and transforms, then the rows into `samples` (sized by `resize`). Returns false on a
// libpng error, with its message in `message`.
template <typename Resize>
bool readPng(png_structp png, png_infop info, Reader& reader, ImageShape& shape, std::vector<png_bytep>& rows, Resize resize) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_set_read_fn(png, &reader, readFromMemory);
  png_read_info(png, info);
  png_set_expand(png);       // palette to RGB, gray below 8 bits to 8, tRNS to alpha
  png_set_scale_16(png);     // 16-bit samples to 8, rounded
  png_set_strip_alpha(png);  // dropped, not composited
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  shape = {int(png_get_image_height(png, info)), int(png_get_image_width(png, info)), int(png_get_channels(png, info))};
  if (!resize(shape)) return true;
  png_read_image(png, rows.data());
  png_read_end(png, nullptr);
  return true;
}

bool writePng(png_structp png, png_infop info, const Image& image, std::vector<std::uint8_t>& out) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_set_write_fn(png, &out, writeToMemory, flushNothing);
  png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
               image.channels() == 1 ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int r = 0; r < image.height(); ++r) png_write_row(png, const_cast<png_bytep>(image.row(r)));
  png_write_end(png, nullptr);
  return true;
}

}  // namespace

Image decodePng(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  char message[200] = "";
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, message, keepMessage, ignoreWarning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    throw std::bad_alloc();
  }
  Reader reader{&bytes};
  ImageShape shape;
  Image image;
  std::vector<png_bytep> rows;
  std::string refusal;
  const auto resize = [&](const ImageShape& s) {
    if (s.channels != 1 && s.channels != 3) {
      refusal = "images with " + std::to_string(s.channels) + " channels are not supported";
      return false;
    }
    try {
      requireValidShape(s, "the image");
    } catch (const Error& e) {
      refusal = e.what();
      return false;
    }
    image = Image(s);
    rows.resize(std::size_t(s.height));
    for (int r = 0; r < s.height; ++r) rows[std::size_t(r)] = image.row(r);
    return true;
  };
  const bool read = readPng(png, info, reader, shape, rows, resize);
  png_destroy_read_struct(&png, &info, nullptr);
  if (!read) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 could not be decoded as an image: %2"), {name, std::string(message)}});
  if (!refusal.empty()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: %2"), {name, refusal}});
  return image;
}

std::vector<std::uint8_t> encodePng(const Image& image) {
  requireValidShape(image.shape, "the image");
  char message[200] = "";
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, message, keepMessage, ignoreWarning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    throw std::bad_alloc();
  }
  std::vector<std::uint8_t> out;
  const bool written = writePng(png, info, image, out);
  png_destroy_write_struct(&png, &info);
  if (!written)
    fail(ErrorKind::Io, {LED_PHRASE("led", "the image could not be encoded as %1: %2"), {std::string("png"), std::string(message)}});
  return out;
}

}  // namespace led
