#include "core/user/imageio/OpenCvCodecs.h"

#include <dlfcn.h>

#include "core/shared/common/Error.h"

namespace led {
namespace {

using Decode = cv::Mat (*)(const cv::_InputArray&, int);
using Encode = bool (*)(const std::string&, const cv::_InputArray&, std::vector<unsigned char>&, const std::vector<int>&);

// The two entry points of OpenCV's codec library, found by their (Itanium C++ ABI) names; tst_imagefile
// checks that they are the functions the headers declare.
struct Codecs {
  Decode decode = nullptr;
  Encode encode = nullptr;
  std::string problem;
};

const Codecs& codecs() {
  static const Codecs loaded = [] {
    Codecs c;
    void* library = dlopen(LED_OPENCV_IMGCODECS, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
      c.problem = dlerror();
      return c;
    }
    c.decode = reinterpret_cast<Decode>(dlsym(library, "_ZN2cv8imdecodeERKNS_11_InputArrayEi"));
    c.encode = reinterpret_cast<Encode>(
        dlsym(library,
              "_ZN2cv8imencodeERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKNS_11_InputArrayERSt6vectorIhSaIhEERKSB_IiSaIiEE"));
    if (!c.decode || !c.encode) c.problem = std::string(LED_OPENCV_IMGCODECS) + " lacks cv::imdecode or cv::imencode";
    return c;
  }();
  if (!loaded.problem.empty()) fail(ErrorKind::Io, {LED_PHRASE("led", "OpenCV's image codecs cannot be loaded: %1"), {loaded.problem}});
  return loaded;
}

}  // namespace

cv::Mat openCvDecode(const std::vector<std::uint8_t>& bytes) { return codecs().decode(bytes, -1 /* cv::IMREAD_UNCHANGED */); }

bool openCvEncode(const std::string& extension, const cv::Mat& image, std::vector<std::uint8_t>& out, const std::vector<int>& options) {
  return codecs().encode("." + extension, image, out, options);
}

}  // namespace led
