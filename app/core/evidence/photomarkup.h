#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

namespace Kansa {

/// One mark drawn on a photo: its points are relative to the upright image (0..1 across and
/// down), so it sits on the same spot at any display or print size.
struct MarkupShape
{
    enum class Kind { Arrow, Ellipse, Rectangle, Freehand, Pin, Text };
    Kind kind = Kind::Arrow;
    QColor color = QColor(0xE5, 0x1C, 0x23);
    int width = 2; // 1 thin, 2 medium, 3 thick
    QList<QPointF> points; // arrow: tail, head; ellipse and rectangle: two corners; pin and text: one
    int number = 0; // a pin's number
    QString text; // a text label's text
    bool operator==(const MarkupShape &) const = default;

    /// The rectangle the shape covers, relative to the image.
    QRectF bounds() const;
};

/// What an inspector drew on a photo (矢印, 丸, 四角, 手書き, 番号, 文字). Kept beside the
/// evidence as JSON; the original file is never changed (its SHA-256 is the evidence).
struct PhotoMarkup
{
    static constexpr int MaxShapes = 200;
    static constexpr int MaxPoints = 2000; // per freehand stroke
    static constexpr int MaxText = 200;

    QList<MarkupShape> shapes;
    bool operator==(const PhotoMarkup &) const = default;

    bool isEmpty() const { return shapes.isEmpty(); }
    /// The next free pin number.
    int nextPinNumber() const;
    /// Canonical JSON (points rounded to 1/10000); "" when empty.
    QString toJson() const;
    /// Refuses anything out of bounds (too many shapes or points, points far outside the image,
    /// unknown kinds), saying why: it may come in an imported package.
    static std::optional<PhotoMarkup> fromJson(const QString &json, QString *why = nullptr);

    /// The strong colours offered: red, yellow, blue, green, white, black.
    static QList<QColor> palette();
};

namespace MarkupKinds {
QString key(MarkupShape::Kind kind); // "arrow", "ellipse", …
std::optional<MarkupShape::Kind> fromKey(const QString &key);
} // namespace MarkupKinds

} // namespace Kansa
