#include "clauseimport/wordnumbering.h"

#include "clauseimport/safexml.h"

namespace Kansa {

namespace {

// Reads the children of a w:lvl element into level; the reader is at its start.
void readLevel(SafeXml &x, WordNumbering::Level &level)
{
    while (x.child()) {
        const QStringView n = x.qualifiedName();
        if (n == u"w:start")
            level.start = qBound(0, x.intAttr(u"w:val", 1), 100000);
        else if (n == u"w:numFmt")
            level.format = ListNumbering::fromWord(x.attr(u"w:val"));
        else if (n == u"w:lvlText")
            level.text = x.attr(u"w:val");
        else if (n == u"w:lvlRestart")
            level.restartAfter = x.intAttr(u"w:val", -1);
        else if (n == u"w:suff")
            level.suffix = x.attr(u"w:val") == u"nothing" ? QString() : QStringLiteral(" ");
        x.skip();
    }
}

} // namespace

bool WordNumbering::read(const QByteArray &xml)
{
    SafeXml x(xml); // Word writes no DTD; one here could only expand entities
    while (x.nextStart()) {
        if (x.qualifiedName() == u"w:abstractNum") {
            Abstract a;
            const int id = x.intAttr(u"w:abstractNumId", -1);
            while (x.child()) {
                if (x.qualifiedName() == u"w:lvl") {
                    const int ilvl = x.intAttr(u"w:ilvl", -1);
                    Level level;
                    readLevel(x, level);
                    if (ilvl >= 0 && ilvl < 9)
                        a.levels[size_t(ilvl)] = level;
                } else {
                    x.skip();
                }
            }
            m_abstracts.insert(id, a);
        } else if (x.qualifiedName() == u"w:num") {
            Num num;
            const int id = x.intAttr(u"w:numId", -1);
            while (x.child()) {
                if (x.qualifiedName() == u"w:abstractNumId") {
                    num.abstractId = x.intAttr(u"w:val", -1);
                    x.skip();
                } else if (x.qualifiedName() == u"w:lvlOverride") {
                    const int ilvl = x.intAttr(u"w:ilvl", -1);
                    while (x.child()) {
                        if (x.qualifiedName() == u"w:startOverride") {
                            num.startOverride.insert(ilvl, qBound(0, x.intAttr(u"w:val", 1), 100000));
                            x.skip();
                        } else if (x.qualifiedName() == u"w:lvl") {
                            Level level;
                            readLevel(x, level);
                            num.levelOverride.insert(ilvl, level);
                        } else {
                            x.skip();
                        }
                    }
                } else {
                    x.skip();
                }
            }
            m_nums.insert(id, num);
        }
    }
    return !x.failed();
}

WordNumbering::Level WordNumbering::levelOf(const Num &num, int ilvl) const
{
    if (num.levelOverride.contains(ilvl))
        return num.levelOverride.value(ilvl);
    Level level = m_abstracts.value(num.abstractId).levels[size_t(ilvl)];
    if (num.startOverride.contains(ilvl))
        level.start = num.startOverride.value(ilvl);
    return level;
}

QString WordNumbering::next(int numId, int ilvl)
{
    if (numId <= 0 || ilvl < 0 || ilvl >= 9 || !m_nums.contains(numId))
        return {};
    const Num &num = m_nums[numId];
    if (!m_abstracts.contains(num.abstractId) && num.levelOverride.isEmpty())
        return {};
    const bool own = !num.startOverride.isEmpty() || !num.levelOverride.isEmpty();
    Counters &c = m_counters[own ? QStringLiteral("n%1").arg(numId) : QStringLiteral("a%1").arg(num.abstractId)];
    const Level level = levelOf(num, ilvl);
    c.value[size_t(ilvl)] = c.used[size_t(ilvl)] ? qMin(c.value[size_t(ilvl)] + 1, 1000000) : level.start;
    c.used[size_t(ilvl)] = true;
    // Deeper levels start again after this one, unless they say otherwise.
    for (int deeper = ilvl + 1; deeper < 9; ++deeper) {
        const int after = levelOf(num, deeper).restartAfter;
        if (after < 0 || (after > 0 && after - 1 <= ilvl))
            c.used[size_t(deeper)] = false;
    }
    if (level.format == ListNumbering::Format::None)
        return {};
    // A bullet (often a Symbol-font character of the private use area) is written ・, as a list
    // typed in a Japanese document would be.
    if (level.format == ListNumbering::Format::Bullet)
        return QStringLiteral("・") + level.suffix;
    QString label = level.text;
    for (int k = 0; k < 9; ++k) {
        const QString placeholder = QStringLiteral("%%1").arg(k + 1);
        if (!label.contains(placeholder))
            continue;
        const Level lk = levelOf(num, k);
        const int value = c.used[size_t(k)] ? c.value[size_t(k)] : lk.start;
        label.replace(placeholder, ListNumbering::format(value, k == ilvl ? level.format : lk.format));
    }
    return label.isEmpty() ? QString() : label + level.suffix;
}

} // namespace Kansa
