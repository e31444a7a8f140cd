#pragma once

#include <QString>
#include <functional>

class QPainter;
class QPdfWriter;

namespace zs {

/// Writes an A4 portrait PDF to path through a QSaveFile: draw paints its pages, and the file
/// appears only when every step worked (nothing is left at path otherwise). Shared by the
/// invitation sheet and the board's report. False, with *error in words, when a step fails.
bool writeA4Pdf(const QString &path, const QString &title, int dotsPerInch,
    const std::function<void(QPdfWriter &, QPainter &)> &draw, QString *error);

} // namespace zs
