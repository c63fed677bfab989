#pragma once
// Helpers shared by the tests: seeded random images and checks that a call fails the right way.
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QThreadPool>
#include <QTest>
#include <functional>
#include <string>

#include "core/shared/common/Error.h"
#include "core/shared/image/Image.h"
#include "core/shared/random/RandomSource.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::test {

inline Image randomImage(const ImageShape& shape, std::uint64_t seed) {
  Image image(shape);
  StreamRandom random(seed);
  random.fill(image.data.data(), image.data.size());
  return image;
}

// Smooth image with structure (gradients and a disc), closer to a photo than noise is.
inline Image gradientImage(const ImageShape& shape) {
  Image image(shape);
  for (int r = 0; r < shape.height; ++r)
    for (int c = 0; c < shape.width; ++c)
      for (int ch = 0; ch < shape.channels; ++ch) {
        const int dr = r - shape.height / 2, dc = c - shape.width / 2;
        const bool disc = dr * dr + dc * dc < shape.height * shape.width / 8;
        image.at(r, c, ch) = std::uint8_t((r * 255 / std::max(1, shape.height - 1) + ch * 60 + (disc ? 90 : 0)) % 256);
      }
  return image;
}

// Keeps the program's settings (QSettings) and data (models handed to prediction, keys) in `folder`, never
// in those of the user running the tests, so tests running side by side do not share them.
inline void keepSettingsIn(const QString& folder) {
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
  qputenv("XDG_DATA_HOME", (folder + "/data").toUtf8());
  QCoreApplication::setOrganizationName("LED Studio Tests");
}

// Lets every pending layout happen now, instead of waiting a while and hoping they did: layout
// requests go out as posted events, and laying out one widget can post another's.
inline void settleLayouts() {
  for (int round = 0; round < 8; ++round) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
  }
}

// Writes raw bytes to a file (for malformed files the program must refuse).
inline void writeBytes(const QString& path, const std::vector<std::uint8_t>& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
}

// Runs f, which must throw led::Error of `kind` whose sentence contains `needle`; returns the sentence.
inline std::string expectError(ErrorKind kind, const std::function<void()>& f, const std::string& needle = {}) {
  try {
    f();
  } catch (const Error& e) {
    const std::string what = e.what();
    if (e.kind() != kind) QTest::qFail(("wrong error kind for: " + what).c_str(), __FILE__, __LINE__);
    if (!needle.empty() && what.find(needle) == std::string::npos)
      QTest::qFail(("error '" + what + "' does not mention '" + needle + "'").c_str(), __FILE__, __LINE__);
    return what;
  } catch (const std::exception& e) {
    QTest::qFail((std::string("not a led::Error: ") + e.what()).c_str(), __FILE__, __LINE__);
    return {};
  }
  QTest::qFail("no error was raised", __FILE__, __LINE__);
  return {};
}

// A key drawn from a seeded stream: a fixture that is the same in every run, never a user's key.
inline Key seededKey(SchemeId scheme, std::uint64_t seed, const ImageShape& shape = {28, 28, 1}) {
  StreamRandom random(seed);
  return generateKey({SchemeParams::defaults(scheme), shape}, random);
}

// Waits until the window's background work (QtConcurrent's global pool) has finished and what it
// handed back has been delivered, work it started in turn included: a condition, not a guess at how
// long that takes. False when it is still running after timeoutMs.
inline bool backgroundWorkDone(int timeoutMs = 60000) {
  for (int round = 0; round < 20; ++round) {
    if (!QThreadPool::globalInstance()->waitForDone(timeoutMs)) return false;
    QCoreApplication::processEvents();
    if (QThreadPool::globalInstance()->activeThreadCount() == 0) return true;
  }
  return false;
}

}  // namespace led::test
