#pragma once
// OpenCV's image codecs for the formats the program's own PNG and JPEG codecs leave (BMP, TIFF, WebP,
// PNM, CMYK JPEG), loaded on first use: libopencv_imgcodecs brings about 120 shared libraries (GDAL,
// GDCM, HDF5, ...) whose loading takes 60-90 ms, which every led command would pay at start-up.
#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace led {

// cv::imdecode(bytes, IMREAD_UNCHANGED); empty when OpenCV cannot decode them. Io error when the codecs
// cannot be loaded.
cv::Mat openCvDecode(const std::vector<std::uint8_t>& bytes);
// cv::imencode("." + extension, image, out, options); false when OpenCV cannot encode it.
bool openCvEncode(const std::string& extension, const cv::Mat& image, std::vector<std::uint8_t>& out, const std::vector<int>& options);

}  // namespace led
