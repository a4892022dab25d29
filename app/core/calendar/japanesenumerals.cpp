#include "calendar/japanesenumerals.h"

#include <algorithm>

#include <QString>

namespace Kansa::JapaneseNumerals {

namespace {
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    return -1;
}

int kanjiDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const qsizetype i = digits.indexOf(c);
    if (i >= 0)
        return int(i);
    return c == u'零' ? 0 : -1;
}
} // namespace

bool isDigit(QChar c)
{
    return digitValue(c) >= 0;
}

QString toFullWidth(int n)
{
    return toFullWidthDigits(QString::number(n));
}

QString toFullWidthDigits(QString text)
{
    for (QChar &c : text)
        if (c >= u'0' && c <= u'9')
            c = QChar(c.unicode() - u'0' + u'０');
    return text;
}

QString inDigitsOf(int n, const QString &reference)
{
    const bool wide = std::any_of(reference.cbegin(), reference.cend(), [](QChar c) { return c >= u'０' && c <= u'９'; });
    return wide ? toFullWidth(n) : QString::number(n);
}

QString toHalfWidthDigits(QString text)
{
    for (QChar &c : text)
        if (c >= u'０' && c <= u'９')
            c = QChar(c.unicode() - u'０' + u'0');
    return text;
}

bool isKanjiDigit(QChar c)
{
    return kanjiDigit(c) >= 0 || c == u'十' || c == u'百' || c == u'千';
}

int parseDigits(QStringView s)
{
    if (s.isEmpty() || s.size() > 6)
        return -1;
    int v = 0;
    for (QChar c : s) {
        const int d = digitValue(c);
        if (d < 0)
            return -1;
        v = v * 10 + d;
    }
    return v;
}

int parseKanji(QStringView s)
{
    if (s.isEmpty() || s.size() > 8)
        return -1;
    int total = 0;
    int current = -1; // pending digit before a multiplier
    bool positional = true; // "二〇" style: digits only
    for (QChar c : s)
        if (c == u'十' || c == u'百' || c == u'千')
            positional = false;
    if (positional) {
        int v = 0;
        for (QChar c : s) {
            const int d = kanjiDigit(c);
            if (d < 0)
                return -1;
            v = v * 10 + d;
        }
        return v;
    }
    for (QChar c : s) {
        const int d = kanjiDigit(c);
        if (d >= 0) {
            if (current >= 0)
                return -1; // two digits in a row in multiplier style
            current = d;
            continue;
        }
        const int mult = c == u'十' ? 10 : c == u'百' ? 100 : c == u'千' ? 1000 : 0;
        if (mult == 0)
            return -1;
        total += (current < 0 ? 1 : current) * mult;
        current = -1;
    }
    if (current >= 0)
        total += current;
    return total;
}

int parse(QStringView s)
{
    const int d = parseDigits(s);
    return d >= 0 ? d : parseKanji(s);
}

QString foldedForComparison(const QString &number)
{
    QString s = toHalfWidthDigits(number);
    s.removeIf([](QChar c) { return c.isSpace(); });
    s.replace(u'．', u'.'); // 1. and １． are one number
    return s;
}

} // namespace Kansa::JapaneseNumerals
