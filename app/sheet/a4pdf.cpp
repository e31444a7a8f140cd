#include "a4pdf.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace zs {

bool writeA4Pdf(const QString &path, const QString &title, int dotsPerInch,
    const std::function<void(QPdfWriter &, QPainter &)> &draw, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
        writer.setResolution(dotsPerInch);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Zorgstem"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(QStringLiteral("cannot start a PDF in %1").arg(path));
        draw(writer, painter);
        if (!painter.end())
            return fail(QStringLiteral("cannot finish the PDF in %1").arg(path));
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace zs
