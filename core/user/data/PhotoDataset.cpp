#include "core/user/data/PhotoDataset.h"

#include <algorithm>

#include "core/shared/common/Error.h"
#include "core/user/imageio/Resize.h"

namespace led {
namespace {

// A random crop of 70-100 % of the shorter side, mirrored half the time, brightness shifted by up to 24.
Image variant(const Image& photo, const ImageShape& shape, RandomSource& random) {
  const int shorter = std::min(photo.height(), photo.width());
  const int side = std::max(1, int(shorter * (0.7 + 0.3 * random.unit())));
  const int top = int(random.below(std::uint64_t(photo.height() - side + 1)));
  const int left = int(random.below(std::uint64_t(photo.width() - side + 1)));
  const bool mirror = random.below(2) == 1;
  const int shift = int(random.below(49)) - 24;
  Image crop(ImageShape{side, side, photo.channels()});
  for (int r = 0; r < side; ++r)
    for (int c = 0; c < side; ++c)
      for (int ch = 0; ch < photo.channels(); ++ch)
        crop.at(r, c, ch) = std::uint8_t(std::clamp(photo.at(top + r, left + (mirror ? side - 1 - c : c), ch) + shift, 0, 255));
  return conformTo(std::move(crop), shape);
}

}  // namespace

Dataset photoDataset(const std::vector<Image>& photos, const std::vector<std::string>& classNames, const ImageShape& shape, int copies,
                     RandomSource& random) {
  if (photos.size() < 2 || photos.size() != classNames.size())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a photo dataset needs at least two photos, each with a class name"));
  if (copies < 1) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a photo dataset needs at least one copy of every photo"));
  Dataset d;
  d.name = "photos only";
  d.shape = shape;
  d.classNames = classNames;
  // Cropped from copies shrunk once to four times the model's side: a crop then still averages several
  // source pixels per pixel, without each copy resizing the full photograph again.
  std::vector<Image> sources;
  for (const Image& photo : photos) sources.push_back(fitWithin(photo, 4 * std::max(shape.height, shape.width)));
  for (int copy = 0; copy < copies; ++copy)
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const Image v = variant(sources[i], shape, random);
      d.pixels.insert(d.pixels.end(), v.data.begin(), v.data.end());
      d.labels.push_back(std::uint16_t(i));
    }
  d.validate();
  return d;
}

}  // namespace led
