#include "clauseimport/clausemarkers.h"

#include "calendar/japanesenumerals.h"
#include "text/textnormalizer.h"
#include "text/unicodepattern.h"

namespace Kansa::ClauseMarkers {

namespace {

const QString kAiueo = QStringLiteral(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン");
const QString kIroha = QStringLiteral("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマ"
                                      "ケフコエテアサキユメミシヱヒモセス");

QString stripSpaces(QString s)
{
    s.removeIf([](QChar c) { return TextNormalizer::isSpace(c); });
    return s;
}

// Particles and marks that continue a sentence: "第1条の規定", "第2条に定める" are references.
bool startsLikeReference(const QString &rest)
{
    static const QString particles
        = QStringLiteral("のにをがはへとでやもかまよ及又並、。・）)」第項号");
    return !rest.isEmpty() && particles.contains(rest.at(0));
}

} // namespace

bool startsWithCounter(const QString &rest)
{
    static const QString counters = QStringLiteral(
        "年月日時分秒条項号章節款目人名件回円個割倍点歳才度ヶヵか箇カ台枚部%％,，、");
    return !rest.isEmpty()
        && (counters.contains(rest.at(0)) || JapaneseNumerals::isDigit(rest.at(0)));
}

std::optional<ArticleMark> daiArticle(const QString &line)
{
    static const QRegularExpression re = unicodePattern(QStringLiteral(
        R"(^第\s*([0-9０-９]{1,3}|[〇一二三四五六七八九十百]{1,6})(?:\s*(条))?(?:\s*の\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))?)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    ArticleMark a;
    a.value = JapaneseNumerals::parse(m.capturedView(1));
    a.branch = m.capturedLength(3) ? JapaneseNumerals::parse(m.capturedView(3)) : 0;
    if (a.value <= 0 || a.branch < 0)
        return std::nullopt;
    const QString rest = line.mid(m.capturedEnd(0));
    const bool jo = m.capturedLength(2) > 0;
    const bool separated = rest.isEmpty() || TextNormalizer::isSpace(rest.at(0))
        || rest.at(0) == u'（' || rest.at(0) == u'(';
    if (!separated && !(jo && !startsLikeReference(rest)))
        return std::nullopt;
    a.number = stripSpaces(m.captured(0));
    a.rest = TextNormalizer::trimmed(rest);
    return a;
}

namespace {
// "2 …", "2. …", "２　…": a number that starts a line and is not followed by a unit.
std::optional<NumberMark> leadingNumber(const QString &line, int maxDigits, QString *written, bool headingMayFollow = false)
{
    static const QRegularExpression re
        = unicodePattern(QStringLiteral(R"(^([0-9０-９]{1,3})(?:[.．]\s*|\s+|$))"));
    const auto m = re.match(line);
    if (!m.hasMatch() || m.capturedLength(1) > maxDigits)
        return std::nullopt;
    NumberMark n;
    n.value = JapaneseNumerals::parseDigits(m.capturedView(1));
    n.rest = TextNormalizer::trimmed(line.mid(m.capturedEnd(0)));
    if (n.value <= 0)
        return std::nullopt;
    // 「2 週間以内に」 wrapped after its number is text; 「3 目的外」, 「5 個人情報の保護」 and
    // 「6 台帳」 are headings that begin with a counter's character (issue 26: the section 目的外
    // was lost, and every section after it with it).
    if (startsWithCounter(n.rest)) {
        QString heading = n.rest;
        if (!headingMayFollow || JapaneseNumerals::isDigit(n.rest.at(0)) || n.rest.size() < 2
            || takeHeading(heading, true).isEmpty() || !heading.isEmpty())
            return std::nullopt;
    }
    if (written)
        *written = stripSpaces(m.captured(0));
    return n;
}
} // namespace

std::optional<ArticleMark> bareArticle(const QString &line)
{
    QString written;
    const auto n = leadingNumber(line, 3, &written, true);
    if (!n)
        return std::nullopt;
    return ArticleMark { written, n->value, 0, n->rest };
}

std::optional<ArticleMark> twoLevelArticle(const QString &line)
{
    static const QRegularExpression re = unicodePattern(
        QStringLiteral(R"(^([0-9０-９]{1,2})\s*[-－‐―.．]\s*([0-9０-９]{1,2})(?:[.．]?\s+|$))"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const int major = JapaneseNumerals::parseDigits(m.capturedView(1));
    const int minor = JapaneseNumerals::parseDigits(m.capturedView(2));
    const QString rest = TextNormalizer::trimmed(QStringView(line).mid(m.capturedEnd(0)));
    if (major <= 0 || minor <= 0) // "1-2 日" is not a date here: the space makes it a label
        return std::nullopt;
    return ArticleMark { QStringLiteral("%1-%2").arg(major).arg(minor), major, minor, rest };
}

std::optional<NumberMark> paragraphNumber(const QString &line)
{
    return leadingNumber(line, 2, nullptr);
}

std::optional<ItemMark> item(const QString &line, std::optional<ItemStyle> preferred)
{
    static const QRegularExpression paren
        = unicodePattern(QStringLiteral(R"(^([(（])\s*([0-9０-９]{1,2})\s*([)）]))"));
    static const QRegularExpression parenKana
        = unicodePattern(QStringLiteral(R"(^([(（])([ア-ン])([)）]))"));
    static const QRegularExpression kanji
        = unicodePattern(QStringLiteral(R"(^([一二三四五六七八九十]{1,3})[\s　]+)"));
    static const QRegularExpression kana
        = unicodePattern(QStringLiteral(R"(^([ア-ン])(?:[\s　]+|[.．）)]\s*))"));

    // 1) 2); (a) (b); a b; ・ (a bullet is the next item of a list of bullets).
    static const QRegularExpression digitParen
        = unicodePattern(QStringLiteral(R"(^([0-9０-９]{1,2})[)）][\s　]*)"));
    static const QRegularExpression letterParen
        = unicodePattern(QStringLiteral(R"(^[(（]([a-zａ-ｚ])[)）][\s　]*)"));
    static const QRegularExpression letter = unicodePattern(QStringLiteral(R"(^([a-z])(?:[\s　]+|[.)）][\s　]*)(?=[^\x00-\x7F]))"));
    static const QRegularExpression ideograph
        = unicodePattern(QStringLiteral(R"(^([甲乙丙丁戊己庚辛壬癸])[\s　]+(?!は|が|及び|の|に|を))"));
    static const QRegularExpression bullet = unicodePattern(QStringLiteral(R"(^[・•●○◆■□◇][\s　]*)"));

    ItemMark mark;
    QRegularExpressionMatch m;
    if ((m = digitParen.match(line)).hasMatch()) {
        mark.style = ItemStyle::DigitParen;
        mark.value = JapaneseNumerals::parseDigits(m.capturedView(1));
    } else if ((m = letterParen.match(line)).hasMatch() || (m = letter.match(line)).hasMatch()) {
        mark.style = m.regularExpression() == letterParen ? ItemStyle::LetterParen : ItemStyle::Letter;
        const char16_t c = m.capturedView(1).at(0).unicode();
        mark.value = c >= u'ａ' ? c - u'ａ' + 1 : c - u'a' + 1;
    } else if ((m = ideograph.match(line)).hasMatch()) {
        mark.style = ItemStyle::Ideograph;
        mark.value = int(QStringLiteral("甲乙丙丁戊己庚辛壬癸").indexOf(m.capturedView(1))) + 1;
    } else if ((m = bullet.match(line)).hasMatch() && m.capturedEnd(0) < line.size()) {
        mark.style = ItemStyle::Bullet;
        mark.value = 1; // the parser counts bullets
        mark.label = line.left(1);
        mark.rest = TextNormalizer::trimmed(QStringView(line).mid(m.capturedEnd(0)));
        return mark;
    } else if ((m = paren.match(line)).hasMatch()) {
        mark.style = ItemStyle::Paren;
        mark.value = JapaneseNumerals::parseDigits(m.capturedView(2));
    } else if (!line.isEmpty() && line.at(0).unicode() >= 0x2460
        && line.at(0).unicode() <= 0x2487) {
        // ①…⑳ (U+2460–2473) and ⑴…⒇ (U+2474–2487): the label is one character.
        const char16_t u = line.at(0).unicode();
        mark.style = u >= 0x2474 ? ItemStyle::ParenChar : ItemStyle::Circled;
        mark.value = u - (u >= 0x2474 ? 0x2474 : 0x2460) + 1;
        mark.label = line.left(1);
        mark.rest = TextNormalizer::trimmed(QStringView(line).mid(1));
        return mark;
    } else if ((m = parenKana.match(line)).hasMatch()) {
        mark.style = ItemStyle::ParenKatakana;
        mark.value = int(kAiueo.indexOf(m.capturedView(2))) + 1;
    } else if ((m = kanji.match(line)).hasMatch()) {
        mark.style = ItemStyle::Kanji;
        mark.value = JapaneseNumerals::parseKanji(m.capturedView(1));
    } else if ((m = kana.match(line)).hasMatch()) {
        const QChar c = m.capturedView(1).at(0);
        const int aiueo = int(kAiueo.indexOf(c)) + 1;
        const int iroha = int(kIroha.indexOf(c)) + 1;
        const bool useIroha = preferred == ItemStyle::Iroha || (!preferred && iroha == 1);
        mark.style = useIroha ? ItemStyle::Iroha : ItemStyle::Katakana;
        mark.value = useIroha ? iroha : aiueo;
    } else {
        return std::nullopt;
    }
    if (mark.value <= 0)
        return std::nullopt;
    mark.label = stripSpaces(m.captured(0));
    mark.rest = TextNormalizer::trimmed(QStringView(line).mid(m.capturedEnd(0)));
    return mark;
}

std::optional<QString> headingLine(const QString &line)
{
    static const QRegularExpression re = unicodePattern(QStringLiteral(
        R"(^(?:[（(]\s*([^（）()]{1,40}?)\s*[）)]|【\s*([^【】]{1,40}?)\s*】|〔\s*([^〔〕]{1,40}?)\s*〕)$)"));
    static const QRegularExpression labelLike = unicodePattern(
        QStringLiteral(R"(^([0-9０-９]{1,2}|[ア-ン]|[一二三四五六七八九十]{1,3})$)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString heading = m.captured(1) + m.captured(2) + m.captured(3); // one group matched
    if (labelLike.match(heading).hasMatch())
        return std::nullopt;
    return heading;
}

QString takeHeading(QString &rest, bool allowBareHeading)
{
    static const QRegularExpression paren = unicodePattern(QStringLiteral(
        R"(^(?:[（(]\s*([^（）()]{1,40}?)\s*[）)]|【\s*([^【】]{1,40}?)\s*】)\s*)"));
    const auto m = paren.match(rest);
    if (m.hasMatch()) {
        QString heading = m.captured(1) + m.captured(2);
        rest = TextNormalizer::trimmed(QStringView(rest).mid(m.capturedEnd(0)));
        return heading;
    }
    if (!allowBareHeading || rest.isEmpty() || rest.size() > 30)
        return {};
    static const QString sentenceMarks = QStringLiteral("、。，．,「");
    static const QString particles = QStringLiteral("はがをにのてでともへ");
    for (QChar c : std::as_const(rest))
        if (sentenceMarks.contains(c))
            return {};
    if (particles.contains(rest.back()))
        return {};
    QString heading = rest;
    rest.clear();
    return heading;
}

bool isChapterLine(const QString &line)
{
    static const QRegularExpression re = unicodePattern(QStringLiteral(
        R"(^第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})\s*(章|節|款)(\s|$))"));
    return re.match(line).hasMatch();
}

bool isEndOfBody(const QString &line)
{
    const QString s = stripSpaces(line);
    return s == QStringLiteral("以上") || s == QStringLiteral("附則")
        || s == QStringLiteral("付則");
}

QString stripTitlePrefix(const QString &line)
{
    static const QRegularExpression re = unicodePattern(QStringLiteral(
        R"(^[【［\[（(〔]?\s*(?:別紙|別記|別添|別表|付属資料|附属資料|様式)\s*(?:第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*号?)?\s*(?:[】］\]）)〕]|\s+|$))"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return line;
    return TextNormalizer::trimmed(QStringView(line).mid(m.capturedEnd(0)));
}

bool looksLikeEdition(const QString &line)
{
    static const QRegularExpression re = unicodePattern(QStringLiteral(
        R"((第\s*[0-9０-９一二三四五六七八九十]+\s*版|版[）)]?$|改定|改正|施行|制定|^[（(]?(令和|平成|昭和)\s*[0-9０-９元一二三四五六七八九十]+\s*年|^[（(]?[0-9０-９]{4}\s*年))"));
    return line.size() <= 50 && !line.contains(u'。') && re.match(line).hasMatch();
}

bool looksLikeIssuer(const QString &line)
{
    static const QRegularExpression re = unicodePattern(QStringLiteral(
        R"((市|町|村|区|県|都|府|道|庁|省|課|室|部|局|委員会|センター|組合|広域連合)(長)?$)"));
    return line.size() <= 30 && !line.contains(u'。') && !line.contains(u'、')
        && re.match(line).hasMatch();
}

} // namespace Kansa::ClauseMarkers
