#pragma once
// Makes a QCustomPlot draw with its widget's palette (background, axes, labels, grid, legend) now and
// whenever the palette changes, so plots follow the light and dark appearances.
class QCustomPlot;

namespace led::ui {

void followPalette(QCustomPlot* plot);

}  // namespace led::ui
