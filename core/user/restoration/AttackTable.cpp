#include "core/user/restoration/AttackTable.h"

#include <algorithm>
#include <map>

#include <opencv2/imgproc.hpp>

#include "core/shared/common/Decimals.h"
#include "core/shared/common/Error.h"
#include "core/user/imageio/Resize.h"

namespace led {
namespace {

// The grid's tiles are enlarged to about this side; labels sit in margins above and to the left.
constexpr int kTileSide = 64, kGutter = 8, kTop = 22, kLeft = 84;

// The cells of one grid row: plain, then every score's restoration, of one victim image.
std::vector<const Image*> gridRow(const std::vector<const RestorationScore*>& scores, int image) {
  std::vector<const Image*> cells{&scores.front()->plainSamples[std::size_t(image)]};
  for (const RestorationScore* s : scores) cells.push_back(&s->samples[std::size_t(image)]);
  return cells;
}

}  // namespace

AttackTable runAttackTable(const AttackTablePlan& plan, const DatasetSplit& data, const RestorationCallback& progress,
                           const std::atomic<bool>& cancel) {
  AttackTable table;
  table.dataset = data.test.name;
  const int cells = int(plan.schemes.size() * (plan.attacks.size() + 1));
  for (const SchemeParams& params : plan.schemes) {
    std::vector<RestorationAttack> row{RestorationAttack::Ciphertext};
    row.insert(row.end(), plan.attacks.begin(), plan.attacks.end());
    for (RestorationAttack attack : row) {
      RestorationPlan cell = plan.attack;
      cell.params = params;
      const int done = int(table.scores.size());
      const RestorationCallback inner = [&](const RestorationProgress& p) {
        if (progress) progress({{LED_PHRASE("led", "%1 on %2: %3"), {restorationTitle(attack), params.text(), p.step}}, done, cells});
      };
      try {
        table.scores.push_back(runRestorationAttack(attack, cell, data.train, data.test, inner, cancel));
      } catch (const Error& e) {
        if (e.kind() != ErrorKind::Cancelled) throw;
        table.cancelled = true;
        return table;
      }
    }
  }
  return table;
}

std::string attackTableCsv(const AttackTable& table) {
  std::string csv = "dataset,scheme,parameters,attack,images,ssim_mean,ssim_sd,psnr_mean,psnr_sd,seconds,device\n";
  for (const RestorationScore& s : table.scores)
    csv += table.dataset + "," + schemeName(s.params.scheme) + ",\"" + s.params.text() + "\"," + restorationName(s.attack) + "," +
           std::to_string(s.images) + "," + decimals(s.ssimMean, 4) + "," + decimals(s.ssimSpread, 4) + "," + decimals(s.psnrMean, 4) +
           "," + decimals(s.psnrSpread, 4) + "," + decimals(s.seconds, 4) + "," + s.device + "\n";
  return csv;
}

Image attackTableGrid(const AttackTable& table, int perScheme) {
  // Scores grouped by scheme, in the table's order.
  std::vector<std::vector<const RestorationScore*>> rows;
  for (const RestorationScore& s : table.scores) {
    if (s.attack == RestorationAttack::Ciphertext || rows.empty()) rows.emplace_back();
    rows.back().push_back(&s);
  }
  if (rows.empty() || rows.front().front()->samples.empty())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "The attack table has no restorations to draw."));
  const ImageShape tile = rows.front().front()->samples.front().shape;
  const int zoom = std::max(1, kTileSide / std::max(tile.height, 1)), side = tile.height * zoom + 2, width = tile.width * zoom + 2;
  const int images = std::min<int>(perScheme, int(rows.front().front()->samples.size()));
  std::size_t columns = 0;
  for (const auto& r : rows) columns = std::max(columns, r.size() + 1);
  cv::Mat canvas(kTop + int(rows.size()) * (side + kGutter), kLeft + int(columns) * images * width, CV_8UC3, cv::Scalar::all(255));
  const auto label = [&canvas](const std::string& text, int x, int y) {
    cv::putText(canvas, text, {x, y}, cv::FONT_HERSHEY_SIMPLEX, 0.45, cv::Scalar::all(0), 1, cv::LINE_AA);
  };
  std::vector<std::string> titles{"plain"};
  for (const RestorationScore* s : rows.front()) titles.push_back(restorationName(s->attack));
  for (std::size_t c = 0; c < titles.size(); ++c) label(titles[c], kLeft + int(c) * images * width + 4, kTop - 8);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const int top = kTop + int(r) * (side + kGutter);
    label(schemeName(rows[r].front()->params.scheme), 4, top + side / 2 + 5);
    for (int i = 0; i < images && i < int(rows[r].front()->samples.size()); ++i) {
      const std::vector<const Image*> cells = gridRow(rows[r], i);
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (cells[c]->shape != tile) continue;
        Image big = enlargeNearest(*cells[c], {tile.height * zoom, tile.width * zoom, 3});
        const cv::Mat colour(big.height(), big.width(), CV_8UC3, big.data.data());
        colour.copyTo(canvas(cv::Rect(kLeft + (int(c) * images + i) * width + 1, top + 1, colour.cols, colour.rows)));
      }
    }
  }
  return Image(ImageShape{canvas.rows, canvas.cols, 3}, std::vector<std::uint8_t>(canvas.data, canvas.data + canvas.total() * 3));
}

}  // namespace led
