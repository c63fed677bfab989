#include "core/shared/modelfile/ModelInfo.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/shared/common/Error.h"
#include "core/shared/common/Fingerprint.h"

namespace led {

const std::vector<std::string>& architectures() {
  static const std::vector<std::string> names{"baseline", "block-cnn", "paper-cnn", "resnet20"};
  return names;
}

void requireArchitecture(const std::string& name) {
  const auto& known = architectures();
  if (std::find(known.begin(), known.end(), name) == known.end())
    fail(ErrorKind::InvalidArgument,
         {LED_PHRASE("led", "unknown architecture '%1' (known: baseline, block-cnn, paper-cnn, resnet20)"), {name}});
}

namespace {

constexpr std::size_t kMaxCells = 1 << 16;

// Numbers separated by spaces, as the familiarity lines hold them.
std::string numbers(const std::vector<float>& values) {
  std::ostringstream out;
  out.precision(9);
  for (std::size_t i = 0; i < values.size(); ++i) out << (i ? " " : "") << values[i];
  return out.str();
}

// Fails `in` on a word that is no number, or on more numbers than any model has cells.
std::vector<float> readNumbers(std::istream& in) {
  std::vector<float> values;
  for (float v; values.size() <= kMaxCells && in >> v;) values.push_back(v);
  if (values.size() > kMaxCells || !in.eof())
    in.setstate(std::ios::failbit);
  else
    in.clear();
  return values;
}

bool finite(const std::vector<float>& values) {
  return std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); });
}

bool plausible(const Familiarity& f, std::size_t classes) {
  const std::size_t cells = f.variances.size();
  if (cells == 0 || f.classMeans.size() != classes || !finite(f.variances) || !std::isfinite(f.bound) || f.bound < 0 || f.heldOut == 0 ||
      !(f.passShare > 0 && f.passShare < 1))
    return false;
  if (std::any_of(f.variances.begin(), f.variances.end(), [](float v) { return v <= 0; })) return false;
  return std::all_of(f.classMeans.begin(), f.classMeans.end(), [&](const auto& mean) { return mean.size() == cells && finite(mean); });
}

}  // namespace

std::string ModelInfo::text() const {
  std::ostringstream out;
  out << "format=led-model-1\n";
  out << "architecture=" << architecture << "\n";
  if (scheme) {
    out << "scheme=" << schemeName(scheme->scheme) << "\nblock=" << scheme->blockSize << "\nsplit=" << scheme->split
        << "\nreverse=" << scheme->reverse << "\nshuffle=" << scheme->shuffle << "\nblock-permutation=" << scheme->blockPermutation
        << "\nnoise=" << scheme->noise << "\n";
  }
  out << "key=" << keyFingerprint << "\ndataset=" << dataset << "\n";
  out << "image=" << imageShape.height << " " << imageShape.width << " " << imageShape.channels << "\n";
  out << "input=" << input.channels << " " << input.height << " " << input.width << "\n";
  out << "layout=" << (layout == InputLayout::NibblePlanes ? "nibble-planes" : "samples") << "\n";
  for (const std::string& c : classNames) out << "class=" << c << "\n";
  if (familiarity) {
    out.precision(9);
    out << "familiarity=" << familiarity->bound << " " << familiarity->heldOut << " " << familiarity->passShare << "\n";
    out << "familiarity-variance=" << numbers(familiarity->variances) << "\n";
    for (const std::vector<float>& mean : familiarity->classMeans) out << "familiarity-mean=" << numbers(mean) << "\n";
  }
  return out.str();
}

ModelInfo ModelInfo::parse(const std::string& text, const std::string& source) {
  auto bad = [&](const Phrase& why) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not a valid LED Studio model: %2"), {source, why}});
  };
  ModelInfo info;
  SchemeParams p;
  bool hasScheme = false, formatSeen = false;
  std::vector<float> variances;
  std::vector<std::vector<float>> means;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) bad(LED_PHRASE("led", "a line without '='"));
    const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
    std::istringstream v(value);
    if (key == "format") {
      if (value != "led-model-1") bad({LED_PHRASE("led", "unknown format '%1'"), {value}});
      formatSeen = true;
    } else if (key == "architecture")
      info.architecture = value;
    else if (key == "scheme") {
      try {
        p.scheme = parseSchemeName(value);
      } catch (const Error& e) {
        bad(e.sentence());
      }
      hasScheme = true;
    } else if (key == "block")
      v >> p.blockSize;
    else if (key == "split")
      v >> p.split;
    else if (key == "reverse")
      v >> p.reverse;
    else if (key == "shuffle")
      v >> p.shuffle;
    else if (key == "block-permutation")
      v >> p.blockPermutation;
    else if (key == "noise")
      v >> p.noise;
    else if (key == "key")
      info.keyFingerprint = value;
    else if (key == "dataset")
      info.dataset = value;
    else if (key == "image")
      v >> info.imageShape.height >> info.imageShape.width >> info.imageShape.channels;
    else if (key == "input")
      v >> info.input.channels >> info.input.height >> info.input.width;
    else if (key == "layout")
      info.layout = value == "nibble-planes" ? InputLayout::NibblePlanes : InputLayout::Samples;
    else if (key == "class")
      info.classNames.push_back(value);
    else if (key == "familiarity") {
      Familiarity& f = info.familiarity.emplace();
      v >> f.bound >> f.heldOut >> f.passShare;
    } else if (key == "familiarity-variance")
      variances = readNumbers(v);
    else if (key == "familiarity-mean")
      means.push_back(readNumbers(v));
    if (v.fail()) bad({LED_PHRASE("led", "the value of '%1' is not a number"), {key}});
  }
  if (!formatSeen) bad(LED_PHRASE("led", "no format line"));
  try {
    requireArchitecture(info.architecture);
    requireValidShape(info.imageShape, "the model's image");
    if (hasScheme) {
      p.validate();
      info.scheme = p;
    }
  } catch (const Error& e) {
    bad(e.sentence());
  }
  if (info.classNames.size() < 2 || info.classNames.size() > 1000) bad(LED_PHRASE("led", "it must name between 2 and 1000 classes"));
  if (info.input.size() == 0 || info.input.size() > (std::size_t(1) << 26)) bad(LED_PHRASE("led", "implausible input size"));
  if (info.familiarity) {
    info.familiarity->variances = std::move(variances);
    info.familiarity->classMeans = std::move(means);
    if (!plausible(*info.familiarity, info.classNames.size())) bad(LED_PHRASE("led", "its familiarity measure does not fit its classes"));
  }
  return info;
}

void requireModelKey(const ModelInfo& info, const std::string& given) {
  if (given == info.keyFingerprint) return;
  const std::string wanted = formatFingerprint(info.keyFingerprint);
  if (given.empty())
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "this model was trained on images encrypted with key %1; give that key"), {wanted}});
  if (info.keyFingerprint.empty()) fail(ErrorKind::Mismatch, LED_PHRASE("led", "this model was trained on plain images; it takes no key"));
  fail(ErrorKind::Mismatch, {LED_PHRASE("led", "this model was trained with key %1, not with key %2"), {wanted, formatFingerprint(given)}});
}

std::string ModelInfo::describe() const {
  std::string s = architecture + (scheme ? " on " + scheme->text() : std::string(" on plain images"));
  if (!keyFingerprint.empty()) s += " (key " + formatFingerprint(keyFingerprint) + ")";
  return s + ", " + dataset + ", " + std::to_string(classNames.size()) + " classes";
}

}  // namespace led
