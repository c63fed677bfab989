#include "core/user/imageio/ImageFile.h"

#include <algorithm>
#include <cstring>
#include <opencv2/imgproc.hpp>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/user/imageio/ImageHeader.h"
#include "core/user/imageio/JpegCodec.h"
#include "core/user/imageio/OpenCvCodecs.h"
#include "core/user/imageio/PngCodec.h"

namespace led {
namespace {

std::string lowerExtension(const std::string& path) {
  const auto dot = path.find_last_of('.');
  const auto slash = path.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext;
}

bool startsWith(const std::vector<std::uint8_t>& bytes, const char* magic, std::size_t n) {
  return bytes.size() >= n && std::memcmp(bytes.data(), magic, n) == 0;
}

// OpenCV's decoders fill a cut-off file with grey and report success, so check the trailer first.
void requireComplete(const std::vector<std::uint8_t>& bytes, const std::string& path) {
  auto truncated = [&] { fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is truncated: the image ends before its data does"), {path}}); };
  if (startsWith(bytes, "\x89PNG\r\n\x1a\n", 8)) {
    const std::size_t n = bytes.size();
    if (n < 20 || std::memcmp(bytes.data() + n - 8, "IEND", 4) != 0) truncated();
  } else if (startsWith(bytes, "\xff\xd8", 2)) {
    // The end-of-image marker must be near the end (some writers append a few padding bytes).
    const std::size_t from = bytes.size() > 64 ? bytes.size() - 64 : 2;
    bool found = false;
    for (std::size_t i = bytes.size() - 1; i > from && !found; --i) found = bytes[i - 1] == 0xff && bytes[i] == 0xd9;
    if (!found) truncated();
  } else if (startsWith(bytes, "BM", 2) && bytes.size() >= 6) {
    const std::uint32_t declared = bytes[2] | bytes[3] << 8 | bytes[4] << 16 | std::uint32_t(bytes[5]) << 24;
    if (declared > bytes.size()) truncated();
  }
}

Image fromMat(const cv::Mat& decoded) {
  cv::Mat m = decoded;
  if (m.depth() == CV_16U) m.convertTo(m, CV_8U, 1.0 / 257.0);
  if (m.depth() != CV_8U) fail(ErrorKind::BadFile, LED_PHRASE("led", "images with samples other than 8 or 16 bits are not supported"));
  cv::Mat rgb;
  switch (m.channels()) {
    case 1:
      rgb = m;
      break;
    case 2:
      cv::extractChannel(m, rgb, 0);
      break;  // grey + alpha
    case 3:
      cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB);
      break;
    case 4:
      cv::cvtColor(m, rgb, cv::COLOR_BGRA2RGB);
      break;
    default:
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "images with %1 channels are not supported"), {std::to_string(m.channels())}});
  }
  const ImageShape shape{rgb.rows, rgb.cols, rgb.channels()};
  requireValidShape(shape, "the image");
  Image out(shape);
  const std::size_t rowBytes = std::size_t(shape.width) * shape.channels;
  for (int r = 0; r < shape.height; ++r) std::memcpy(out.row(r), rgb.ptr(r), rowBytes);
  return out;
}

}  // namespace

Image readImage(const std::string& path) { return decodeImage(readWholeFile(path, std::size_t(1) << 30), path); }

Image decodeImage(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  if (bytes.empty()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is empty"), {name}});
  requireComplete(bytes, name);
  requireKnownFormat(bytes, name);
  requireModestSize(bytes, name);
  if (startsWith(bytes, "\x89PNG\r\n\x1a\n", 8)) return decodePng(bytes, name);
  if (startsWith(bytes, "\xff\xd8", 2))
    if (std::optional<Image> jpeg = decodeJpeg(bytes, name)) return std::move(*jpeg);
  cv::Mat decoded;
  try {
    decoded = openCvDecode(bytes);
  } catch (const cv::Exception& e) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 could not be decoded as an image: %2"), {name, e.msg}});
  }
  if (decoded.empty()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not an image this program can read"), {name}});
  try {
    return fromMat(decoded);
  } catch (const Error& e) {
    fail(e.kind(), {LED_PHRASE("led", "%1: %2"), {name, e.sentence()}});
  }
}

std::vector<std::uint8_t> encodeImage(const Image& image, const std::string& extension, int jpegQuality) {
  requireValidShape(image.shape, "the image");
  if (extension == "png") return encodePng(image);
  if (extension == "jpg" || extension == "jpeg") return encodeJpeg(image, jpegQuality);
  cv::Mat rgb(image.height(), image.width(), CV_8UC(image.channels()), const_cast<std::uint8_t*>(image.data.data()));
  cv::Mat bgr;
  if (image.channels() == 3)
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  else
    bgr = rgb;
  std::vector<std::uint8_t> encoded;
  bool ok = false;
  try {
    ok = openCvEncode(extension, bgr, encoded, {});
  } catch (const cv::Exception& e) {
    fail(ErrorKind::Io, {LED_PHRASE("led", "the image could not be encoded as %1: %2"), {extension, e.msg}});
  }
  if (!ok) fail(ErrorKind::Io, {LED_PHRASE("led", "the image could not be encoded as %1"), {extension}});
  return encoded;
}

void writeImage(const std::string& path, const Image& image, int jpegQuality) {
  if (!isImagePath(path))
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1: unknown image format '.%2'"), {path, lowerExtension(path)}});
  writeFileAtomically(path, encodeImage(image, lowerExtension(path), jpegQuality), 0644);
}

bool isLosslessImagePath(const std::string& path) {
  const std::string ext = lowerExtension(path);
  return ext == "png" || ext == "bmp" || ext == "tif" || ext == "tiff" || ext == "ppm" || ext == "pgm";
}

bool isImagePath(const std::string& path) {
  const std::string ext = lowerExtension(path);
  return isLosslessImagePath(path) || ext == "jpg" || ext == "jpeg" || ext == "webp";
}

}  // namespace led
