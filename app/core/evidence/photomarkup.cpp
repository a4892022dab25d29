#include "evidence/photomarkup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::PhotoMarkup", text);
}

double rounded(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

} // namespace

namespace MarkupKinds {

QString key(MarkupShape::Kind kind)
{
    switch (kind) {
    case MarkupShape::Kind::Arrow: return QStringLiteral("arrow");
    case MarkupShape::Kind::Ellipse: return QStringLiteral("ellipse");
    case MarkupShape::Kind::Rectangle: return QStringLiteral("rectangle");
    case MarkupShape::Kind::Freehand: return QStringLiteral("freehand");
    case MarkupShape::Kind::Pin: return QStringLiteral("pin");
    case MarkupShape::Kind::Text: return QStringLiteral("text");
    }
    return {};
}

std::optional<MarkupShape::Kind> fromKey(const QString &key)
{
    for (const auto k : { MarkupShape::Kind::Arrow, MarkupShape::Kind::Ellipse, MarkupShape::Kind::Rectangle,
             MarkupShape::Kind::Freehand, MarkupShape::Kind::Pin, MarkupShape::Kind::Text })
        if (MarkupKinds::key(k) == key)
            return k;
    return std::nullopt;
}

} // namespace MarkupKinds

QRectF MarkupShape::bounds() const
{
    if (points.isEmpty())
        return {};
    double l = points.first().x(), r = l, t = points.first().y(), b = t;
    for (const QPointF &p : points) {
        l = std::min(l, p.x());
        r = std::max(r, p.x());
        t = std::min(t, p.y());
        b = std::max(b, p.y());
    }
    return QRectF(QPointF(l, t), QPointF(r, b));
}

int PhotoMarkup::nextPinNumber() const
{
    int n = 0;
    for (const MarkupShape &s : shapes)
        if (s.kind == MarkupShape::Kind::Pin)
            n = std::max(n, s.number);
    return n + 1;
}

QList<QColor> PhotoMarkup::palette()
{
    return { QColor(0xE5, 0x1C, 0x23), QColor(0xFF, 0xD6, 0x00), QColor(0x1E, 0x5A, 0xFF), QColor(0x00, 0xA6, 0x3C),
        QColor(Qt::white), QColor(Qt::black) };
}

QString PhotoMarkup::toJson() const
{
    if (shapes.isEmpty())
        return {};
    QJsonArray list;
    for (const MarkupShape &s : shapes) {
        QJsonArray points;
        for (const QPointF &p : s.points)
            points.append(QJsonArray { rounded(p.x()), rounded(p.y()) });
        QJsonObject o { { QStringLiteral("kind"), MarkupKinds::key(s.kind) },
            { QStringLiteral("color"), s.color.name(QColor::HexRgb) }, { QStringLiteral("width"), s.width },
            { QStringLiteral("points"), points } };
        if (s.kind == MarkupShape::Kind::Pin)
            o.insert(QStringLiteral("number"), s.number);
        if (s.kind == MarkupShape::Kind::Text)
            o.insert(QStringLiteral("text"), s.text);
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("shapes"), list } }).toJson(QJsonDocument::Compact));
}

std::optional<PhotoMarkup> PhotoMarkup::fromJson(const QString &json, QString *why)
{
    auto fail = [&](const QString &reason) -> std::optional<PhotoMarkup> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    PhotoMarkup m;
    if (json.isEmpty())
        return m;
    if (json.size() > 4 * 1024 * 1024)
        return fail(tr("the markup is too large"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return fail(tr("the markup is not JSON: %1").arg(error.errorString()));
    const QJsonArray shapes = doc.object().value(QStringLiteral("shapes")).toArray();
    if (shapes.size() > MaxShapes)
        return fail(tr("more than %1 marks on one photo").arg(MaxShapes));
    for (const QJsonValue &v : shapes) {
        const QJsonObject o = v.toObject();
        const auto kind = MarkupKinds::fromKey(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return fail(tr("an unknown kind of mark"));
        MarkupShape s;
        s.kind = *kind;
        s.color = QColor(o.value(QStringLiteral("color")).toString());
        if (!s.color.isValid())
            return fail(tr("a mark without a valid colour"));
        s.width = o.value(QStringLiteral("width")).toInt(2);
        if (s.width < 1 || s.width > 3)
            return fail(tr("a line width other than 1, 2 or 3"));
        const QJsonArray points = o.value(QStringLiteral("points")).toArray();
        if (points.size() > MaxPoints)
            return fail(tr("a stroke of more than %1 points").arg(MaxPoints));
        for (const QJsonValue &p : points) {
            const QJsonArray xy = p.toArray();
            const double x = xy.at(0).toDouble(NAN), y = xy.at(1).toDouble(NAN);
            if (xy.size() != 2 || !std::isfinite(x) || !std::isfinite(y) || x < -0.5 || x > 1.5 || y < -0.5 || y > 1.5)
                return fail(tr("a point outside the photo"));
            s.points << QPointF(x, y);
        }
        const qsizetype needed = s.kind == MarkupShape::Kind::Pin || s.kind == MarkupShape::Kind::Text ? 1
            : s.kind == MarkupShape::Kind::Freehand                                                  ? 2
                                                                                                      : 2;
        if (s.points.size() < needed || (s.kind != MarkupShape::Kind::Freehand && s.points.size() != needed))
            return fail(tr("a mark with the wrong number of points"));
        s.number = o.value(QStringLiteral("number")).toInt();
        if (s.kind == MarkupShape::Kind::Pin && (s.number < 1 || s.number > 999))
            return fail(tr("a pin without a number from 1 to 999"));
        s.text = o.value(QStringLiteral("text")).toString();
        if (s.text.size() > MaxText || (s.kind == MarkupShape::Kind::Text && s.text.trimmed().isEmpty()))
            return fail(tr("a text label that is empty or longer than %1 characters").arg(MaxText));
        m.shapes << s;
    }
    return m;
}

} // namespace Kansa
