#include "ui/common/SchemeExplanation.h"

#include <QObject>

namespace led::ui {

QString schemeExplanation(led::SchemeId id) {
  switch (id) {
    case led::SchemeId::Le:
      return QObject::tr("One key for every block: each block's 4-bit nibbles are reversed and shuffled.");
    case led::SchemeId::Ele:
      return QObject::tr("le with its own key at every block position, then the blocks change places.");
    case led::SchemeId::Etc:
      return QObject::tr("Blocks are moved, turned, mirrored, negated and their colours reordered; survives JPEG.");
    case led::SchemeId::EtcGray:
      return QObject::tr("Y, Cb and Cr side by side as one gray image, then scrambled in small blocks.");
    case led::SchemeId::Pe:
      return QObject::tr("Pixel by pixel: samples negated and colour channels reordered. No blocks move.");
    case led::SchemeId::Rmt:
      return QObject::tr("Each block is multiplied by a random orthogonal matrix, then noise is added.");
  }
  return {};
}

}  // namespace led::ui
