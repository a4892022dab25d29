// Issue 26: clause documents of layouts nobody here has seen, by the thousand. A seeded
// generator writes documents with a known structure (article numbering, where the heading
// sits, paragraph and item numbering, digits, heading words from real 特記事項 including 目的,
// 定義, 禁止, 報告, 監査, and sentences whose class is known); the parser must give back exactly
// that structure and class. A failure is shrunk (articles, paragraphs, items dropped while it
// still fails) and the smallest document is printed. KANSA_LAYOUT_SEED repeats a run;
// KANSA_LAYOUT_COUNT sets how many (./dev fuzz layouts runs it open-ended).
#include "documentfonts.h"
#include "clauseimport/clauseimporter.h"
#include "clauseimport/checklistsheet.h"
#include "clauseimport/clauseparser.h"
#include "testoffice.h"
#include "text/textnormalizer.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Kansa;

namespace {

enum class Numbering { Dai, DaiJo, Bare, BarePeriod };
enum class HeadingPlace { ParenLineBefore, BracketLineBefore, OnNumberLine, ParenAfterNumber, None };
enum class ItemStyle { Paren, FullParen, Circled, Katakana, ParenthesizedDigit, Kanji, Iroha, DigitParen, LetterParen, Bullet, HalfKatakana, Ideograph };
// How the document reaches Kansa: a text file (UTF-8, through the importer's decoder), a Word
// document, an OpenDocument text (each line a paragraph, numbers typed).
enum class Rendering { Text, Docx, Odt, Pdf, ShiftJis };

struct GenParagraph
{
    QString text;
    bool obligation = false;
    QStringList items;
};

struct GenArticle
{
    QString heading;
    QList<GenParagraph> paragraphs;
    bool deleted = false; // 「第５条　削除」: its number is taken, it is not in the structure
};

struct Layout
{
    Numbering numbering = Numbering::DaiJo;
    HeadingPlace heading = HeadingPlace::ParenLineBefore;
    ItemStyle items = ItemStyle::Paren;
    bool fullWidth = true;
    bool blankLines = false;
    bool kanjiNumbers = false; // 第十一条
    int branch = -1; // the article (0-based) written as 第N条の二 after 第N条, -1 for none
    bool wordNumbering = false; // .docx: article numbers and item labels are Word's automatic numbering
    bool runningHeader = false; // the title repeated over every page (text copied out of a PDF)
    bool barePageNumbers = false; // the page number a lone 「2」, not 「- 2 -」 (with a running header)
    bool supplementary = false; // 附則 and its sentence after the last article
    bool numberOwnLine = false; // the article's number alone on its line, the body on the next
    int party = 0; // how the parties are named (parties[])
    QString above; // an edition or an issuer above the title (令和6年度版, ○○県)
    QString below; // an edition under the title (（令和6年4月1日改正）)
    QString prefix; // 別紙２ before the title
    QString preamble; // a sentence before the first article
    bool endMark = false; // 以上 after the last article
    bool pageNumbers = false; // 「- 2 -」 lines between articles (text copied out of a PDF)
    QList<int> chapters; // articles (0-based) a 第N章 line comes before
    Rendering rendering = Rendering::Text;
    QString title;
    QList<GenArticle> articles;
};

const QStringList &headings()
{
    static const QStringList words = { QStringLiteral("目的"), QStringLiteral("定義"), QStringLiteral("基本的事項"),
        QStringLiteral("秘密の保持"), QStringLiteral("目的外使用の禁止"), QStringLiteral("複写及び複製の禁止"),
        QStringLiteral("再委託の禁止"), QStringLiteral("事故の報告"), QStringLiteral("監査"), QStringLiteral("個人情報の保護"),
        QStringLiteral("台帳の管理"), QStringLiteral("返還及び廃棄"), QStringLiteral("教育"), QStringLiteral("報告"),
        QStringLiteral("責任体制"), QStringLiteral("持出しの禁止"), QStringLiteral("実地調査"), QStringLiteral("契約の解除"),
        QStringLiteral("損害賠償"), QStringLiteral("調査"), QStringLiteral("管理体制の整備"), QStringLiteral("安全管理措置") };
    return words;
}

const QStringList &objects()
{
    static const QStringList words = { QStringLiteral("情報資産"), QStringLiteral("個人情報"), QStringLiteral("貸与された資料"),
        QStringLiteral("業務の記録"), QStringLiteral("作業場所の鍵"), QStringLiteral("従事者の名簿"), QStringLiteral("電子媒体"),
        QStringLiteral("アクセス権限"), QStringLiteral("USBメモリ") };
    return words;
}

// The parties as a document names them: 受託者/委託者, 受注者/発注者, 乙/甲, 指定管理者/市.
const std::pair<const char *, const char *> parties[] = { { "受託者", "委託者" }, { "受注者", "発注者" }, { "乙", "甲" },
    { "指定管理者", "市" } };

QString sentence(QRandomGenerator &r, bool obligation, int party = 0)
{
    const QString object = objects().at(r.bounded(int(objects().size())));
    const QString contractor = QString::fromUtf8(parties[party].first), client = QString::fromUtf8(parties[party].second);
    QString text;
    if (obligation) {
        static const char *forms[] = { "{C}は、%1を適切に管理しなければならない。", "{C}は、%1を第三者に提供してはならない。",
            "{C}は、%1を{K}に報告すること。", "{C}は、%1を直ちに返還するものとする。",
            "{C}は、%1の取扱いについて責任を負う者（以下「管理責任者」という。）を選任し、{K}に届け出なければならない。",
            "{C}は、{K}の承諾なしに%1を作業場所から持ち出すことができない。", "{C}の従事者は、%1を他に漏らしてはならない。" };
        text = QString::fromUtf8(forms[r.bounded(7)]).arg(object);
    } else {
        static const char *forms[] = { "{K}は、%1について報告を求めることができる。", "{K}は、%1の管理状況を調査することができる。",
            "この特記事項は、%1の保護に関し必要な事項を定めるものとする。" };
        text = QString::fromUtf8(forms[r.bounded(3)]).arg(object);
    }
    return text.replace(QStringLiteral("{C}"), contractor).replace(QStringLiteral("{K}"), client);
}

bool bare(const Layout &l)
{
    return l.numbering == Numbering::Bare || l.numbering == Numbering::BarePeriod;
}

Layout generate(QRandomGenerator &r)
{
    Layout l;
    l.numbering = Numbering(r.bounded(4));
    l.heading = HeadingPlace(r.bounded(5));
    if (bare(l) && (l.heading == HeadingPlace::ParenAfterNumber || l.heading == HeadingPlace::None))
        l.heading = HeadingPlace::OnNumberLine;
    l.items = ItemStyle(r.bounded(12));
    l.kanjiNumbers = !bare(l) && r.bounded(4) == 0;
    static const char *prefixes[] = { "", "", "別紙２", "【別紙４】", "別記１" };
    l.prefix = QString::fromUtf8(prefixes[r.bounded(5)]);
    if (r.bounded(3) == 0)
        l.preamble = QStringLiteral("本契約の受託者は、情報セキュリティポリシー及び関係法令を遵守して契約を履行するものとする。");
    l.endMark = r.bounded(3) == 0;
    l.pageNumbers = r.bounded(4) == 0;
    l.fullWidth = r.bounded(2);
    l.blankLines = r.bounded(2);
    l.rendering = Rendering(r.bounded(4) < 2 ? 0 : 1 + r.bounded(2));
    if (r.bounded(50) == 0) // a text PDF, A4, one line per line: slower, so one in fifty
        l.rendering = Rendering::Pdf;
    if (l.rendering == Rendering::Text && r.bounded(10) == 0) // a text file from an older PC
        l.rendering = Rendering::ShiftJis;
    // Kansa Mincho (IPAex) has no ⑶ and the fallback font's text does not extract: a PDF of
    // ours would not carry it, so the PDF rendering does not use ⑴.
    if (l.rendering == Rendering::Pdf && l.items == ItemStyle::ParenthesizedDigit)
        l.items = ItemStyle::Paren;
    l.runningHeader = l.pageNumbers && r.bounded(2);
    l.barePageNumbers = l.runningHeader && r.bounded(2);
    l.supplementary = !l.endMark && r.bounded(5) == 0;
    l.wordNumbering = l.rendering == Rendering::Docx && r.bounded(2);
    l.numberOwnLine = l.heading != HeadingPlace::OnNumberLine && l.heading != HeadingPlace::ParenAfterNumber && r.bounded(4) == 0;
    l.party = r.bounded(4);
    static const char *aboveTitle[] = { "", "", "", "令和6年度版", "○○県", "○○市総務部情報政策課" };
    l.above = QString::fromUtf8(aboveTitle[r.bounded(6)]);
    if (r.bounded(5) == 0)
        l.below = QStringLiteral("（令和6年4月1日改正）");
    l.title = r.bounded(2) ? QStringLiteral("情報セキュリティ特記事項") : QStringLiteral("個人情報取扱特記事項");
    const int articles = 2 + r.bounded(8);
    for (int a = 0; a < articles; ++a) {
        GenArticle article;
        if (l.heading != HeadingPlace::None)
            article.heading = headings().at(r.bounded(int(headings().size())));
        // Where articles are bare numbers (「3 見出し」), an article's body is one paragraph here:
        // unnumbered paragraphs cannot be told from a sentence wrapped after its 。 (an open
        // question for the parser, left for its own issue), and bare-numbered ones would be
        // the next article.
        const int paragraphs = bare(l) ? 1 : 1 + r.bounded(3);
        for (int p = 0; p < paragraphs; ++p) {
            GenParagraph paragraph;
            paragraph.obligation = r.bounded(4) != 0;
            paragraph.text = sentence(r, paragraph.obligation, l.party);
            if (p == 0 && paragraph.obligation && r.bounded(4) == 0) {
                paragraph.text = QStringLiteral("受託者は、次に掲げる事項を書面により委託者へ提出しなければならない。");
                const int items = 2 + r.bounded(3);
                for (int i = 0; i < items; ++i)
                    paragraph.items << objects().at(r.bounded(int(objects().size()))) + QStringLiteral("の管理方法");
            }
            article.paragraphs << paragraph;
        }
        l.articles << article;
    }
    // An article deleted by an amendment, never the first nor the last (so that a document
    // keeps an article at each end), and not right after a 第N条の二.
    if (articles > 2 && r.bounded(6) == 0)
        l.articles[1 + r.bounded(articles - 2)].deleted = true;
    if (l.numbering == Numbering::DaiJo && !l.wordNumbering && articles > 2 && r.bounded(4) == 0)
        l.branch = 1 + r.bounded(articles - 1); // never the first: 第N条の二 follows 第N条
    if (!bare(l) && r.bounded(4) == 0)
        for (int a = 0; a < l.articles.size(); a += 1 + r.bounded(4))
            l.chapters << a;
    return l;
}

QString digits(int n, bool fullWidth)
{
    QString s = QString::number(n);
    if (fullWidth)
        for (QChar &c : s)
            c = QChar(char16_t(0xFF10 + (c.unicode() - u'0')));
    return s;
}

QString itemLabel(ItemStyle style, int i)
{
    switch (style) {
    case ItemStyle::Paren: return QStringLiteral("(%1)").arg(i);
    case ItemStyle::FullParen: return QStringLiteral("（%1）").arg(digits(i, true));
    case ItemStyle::Circled: return QString(QChar(char16_t(0x2460 + i - 1)));
    case ItemStyle::Katakana: return QString(QStringLiteral("アイウエオカキ").at(i - 1));
    case ItemStyle::ParenthesizedDigit: return QString(QChar(char16_t(0x2474 + i - 1))); // ⑴
    case ItemStyle::Kanji: return QString(QStringLiteral("一二三四五六七").at(i - 1));
    case ItemStyle::Iroha: return QString(QStringLiteral("イロハニホヘト").at(i - 1));
    case ItemStyle::DigitParen: return QStringLiteral("%1)").arg(i);
    case ItemStyle::LetterParen: return QStringLiteral("(%1)").arg(QChar(char16_t(u'a' + i - 1)));
    case ItemStyle::Bullet: return QStringLiteral("・");
    case ItemStyle::HalfKatakana: return QString(QStringLiteral("ｱｲｳｴｵｶｷ").at(i - 1));
    case ItemStyle::Ideograph: return QString(QStringLiteral("甲乙丙丁戊己庚").at(i - 1));
    }
    return {};
}

// The label as Kansa gives it back: half-width katakana as full width.
QString readLabel(ItemStyle style, int i)
{
    return style == ItemStyle::HalfKatakana ? QString(QStringLiteral("アイウエオカキ").at(i - 1)) : itemLabel(style, i);
}

QString kanji(int n)
{
    static const QString ones = QStringLiteral("〇一二三四五六七八九");
    QString s;
    if (n >= 10)
        s += (n >= 20 ? QString(ones.at(n / 10)) : QString()) + QStringLiteral("十");
    if (n % 10 || n < 10)
        s += ones.at(n % 10);
    return s;
}

// The article's number as written: 第N条の二 repeats the number before it, later ones count on.
QString articleNumber(const Layout &l, int a)
{
    const bool isBranch = a == l.branch;
    const int n = l.branch >= 0 && a >= l.branch ? a : a + 1;
    const QString written = l.kanjiNumbers ? kanji(n) : digits(n, l.fullWidth);
    switch (l.numbering) {
    case Numbering::Dai: return QStringLiteral("第") + written;
    case Numbering::DaiJo:
        return QStringLiteral("第%1条").arg(written) + (isBranch ? (l.kanjiNumbers ? QStringLiteral("の二") : QStringLiteral("の") + digits(2, l.fullWidth)) : QString());
    case Numbering::Bare: return written;
    case Numbering::BarePeriod: return written + (l.fullWidth ? QStringLiteral("．") : QStringLiteral("."));
    }
    return {};
}

// One line of the document: its number or label (Word's automatic numbering at level 0 for an
// article, 1 for an item, when the layout uses it) and the text after it.
struct Line
{
    QString label;
    QString rest;
    int level = -1;
    QString text() const { return label + rest; }
};

QList<Line> renderLines(const Layout &l)
{
    QList<Line> lines;
    const auto typed = [&lines](const QString &text) { lines << Line { {}, text }; };
    if (!l.prefix.isEmpty())
        typed(l.prefix);
    if (!l.above.isEmpty())
        typed(l.above);
    typed(l.title);
    if (!l.below.isEmpty())
        typed(l.below);
    if (l.blankLines)
        typed({});
    if (!l.preamble.isEmpty())
        typed(l.preamble);
    int chapter = 0;
    for (int a = 0; a < l.articles.size(); ++a) {
        const GenArticle &article = l.articles.at(a);
        if (l.chapters.contains(a))
            typed(QStringLiteral("第%1章　総則").arg(digits(++chapter, l.fullWidth)));
        if (l.pageNumbers && a > 0 && a % 3 == 0) {
            typed(l.barePageNumbers ? QString::number(a / 3 + 1) : QStringLiteral("- %1 -").arg(a / 3 + 1));
            if (l.runningHeader)
                typed(l.title);
        }
        const QString number = articleNumber(l, a);
        if (article.deleted) {
            lines << Line { number, QStringLiteral("　削除"), 0 };
            continue;
        }
        QString afterNumber;
        if (l.heading == HeadingPlace::ParenLineBefore)
            typed(QStringLiteral("（%1）").arg(article.heading));
        else if (l.heading == HeadingPlace::BracketLineBefore)
            typed(QStringLiteral("【%1】").arg(article.heading));
        else if (l.heading == HeadingPlace::ParenAfterNumber)
            afterNumber = QStringLiteral("（%1）").arg(article.heading);
        for (int p = 0; p < article.paragraphs.size(); ++p) {
            const GenParagraph &paragraph = article.paragraphs.at(p);
            if (p == 0) {
                if (l.heading == HeadingPlace::OnNumberLine) {
                    lines << Line { number, u' ' + article.heading, 0 };
                    typed(paragraph.text);
                } else if (l.numberOwnLine) {
                    lines << Line { number, {}, 0 };
                    typed(paragraph.text);
                } else {
                    lines << Line { number, afterNumber + QChar(0x3000) + paragraph.text, 0 };
                }
            } else {
                typed(digits(p + 1, l.fullWidth) + QChar(0x3000) + paragraph.text);
            }
            for (int i = 0; i < paragraph.items.size(); ++i)
                lines << Line { itemLabel(l.items, i + 1), QChar(0x3000) + paragraph.items.at(i), 1 };
        }
        if (l.blankLines)
            typed({});
    }
    if (l.endMark)
        typed(QStringLiteral("以上"));
    if (l.supplementary) {
        typed(QStringLiteral("附　則"));
        typed(QStringLiteral("この特記事項は、令和８年４月１日から施行する。"));
    }
    return lines;
}

QString render(const Layout &l)
{
    QStringList text;
    for (const Line &line : renderLines(l))
        text << line.text();
    return text.join(u'\n') + u'\n';
}

// Word's numbering.xml for a layout that numbers its articles (level 0) and items (level 1)
// automatically, in the same style as the typed numbers.
QString wordNumberingXml(const Layout &l)
{
    QString articleFormat = l.kanjiNumbers ? QStringLiteral("japaneseCounting")
        : l.fullWidth                      ? QStringLiteral("decimalFullWidth")
                                           : QStringLiteral("decimal");
    const QString articleText = l.numbering == Numbering::Dai ? QStringLiteral("第%1")
        : l.numbering == Numbering::DaiJo                     ? QStringLiteral("第%1条")
        : l.numbering == Numbering::Bare                      ? QStringLiteral("%1")
        : l.fullWidth                                         ? QStringLiteral("%1．")
                                                              : QStringLiteral("%1.");
    static const char *itemFormats[] = { "decimal", "decimalFullWidth", "decimalEnclosedCircle", "aiueoFullWidth",
        "decimalEnclosedParen", "japaneseCounting", "irohaFullWidth", "decimal", "lowerLetter", "bullet", "aiueo",
        "ideographTraditional" };
    const QString itemText = l.items == ItemStyle::Paren || l.items == ItemStyle::LetterParen ? QStringLiteral("(%2)")
        : l.items == ItemStyle::FullParen                                                    ? QStringLiteral("（%2）")
        : l.items == ItemStyle::DigitParen                                                   ? QStringLiteral("%2)")
        : l.items == ItemStyle::Bullet                                                       ? QStringLiteral("・")
                                                                                             : QStringLiteral("%2");
    return QStringLiteral("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
        + articleFormat + QStringLiteral("\"/><w:lvlText w:val=\"") + articleText
        + QStringLiteral("\"/><w:suff w:val=\"space\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
        + QString::fromLatin1(itemFormats[int(l.items)]) + QStringLiteral("\"/><w:lvlText w:val=\"") + itemText
        + QStringLiteral("\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
}

// What differs between the generated structure and the parse; empty when they agree.
QString compare(const Layout &l, const ClauseDocument &d)
{
    if (d.title != l.title)
        return QStringLiteral("title 「%1」, written 「%2」").arg(d.title, l.title);
    QList<int> kept; // the articles not deleted
    for (int a = 0; a < l.articles.size(); ++a)
        if (!l.articles.at(a).deleted)
            kept << a;
    if (d.articles.size() != kept.size())
        return QStringLiteral("%1 articles parsed, %2 written").arg(d.articles.size()).arg(kept.size());
    for (int k = 0; k < kept.size(); ++k) {
        const int a = kept.at(k);
        const GenArticle &want = l.articles.at(a);
        const Article &got = d.articles.at(k);
        const QString where = QStringLiteral("article %1").arg(a + 1);
        Article written;
        written.number = articleNumber(l, a);
        if (got.numberKey() != written.numberKey())
            return QStringLiteral("%1: number 「%2」, written 「%3」").arg(where, got.number, written.number);
        if (got.heading != want.heading)
            return QStringLiteral("%1: heading 「%2」, written 「%3」").arg(where, got.heading, want.heading);
        if (got.paragraphs.size() != want.paragraphs.size())
            return QStringLiteral("%1: %2 paragraphs parsed, %3 written").arg(where).arg(got.paragraphs.size()).arg(want.paragraphs.size());
        for (int p = 0; p < want.paragraphs.size(); ++p) {
            const GenParagraph &wp = want.paragraphs.at(p);
            const Paragraph &gp = got.paragraphs.at(p);
            if (gp.text != wp.text)
                return QStringLiteral("%1 paragraph %2: 「%3」, written 「%4」").arg(where).arg(p + 1).arg(gp.text, wp.text);
            if (gp.items.size() != wp.items.size())
                return QStringLiteral("%1 paragraph %2: %3 items parsed, %4 written").arg(where).arg(p + 1).arg(gp.items.size()).arg(wp.items.size());
            for (int i = 0; i < wp.items.size(); ++i)
                if (gp.items.at(i).text != wp.items.at(i) || gp.items.at(i).label != readLabel(l.items, i + 1))
                    return QStringLiteral("%1 paragraph %2 item %3: 「%4 %5」, written 「%6 %7」").arg(where).arg(p + 1).arg(i + 1)
                        .arg(gp.items.at(i).label, gp.items.at(i).text, readLabel(l.items, i + 1), wp.items.at(i));
            if (gp.obligation != wp.obligation)
                return QStringLiteral("%1 paragraph %2: obligation %3, meant %4").arg(where).arg(p + 1).arg(gp.obligation).arg(wp.obligation);
        }
    }
    return {};
}

ClauseDocument parsed(const Layout &l)
{
    const QString text = render(l);
    if (l.rendering == Rendering::Pdf) {
        QByteArray pdf;
        {
            QBuffer out(&pdf);
            out.open(QIODevice::WriteOnly);
            QPdfWriter writer(&out);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(144);
            QPainter painter(&writer);
            QFont font(DocumentFonts::mincho());
            font.setPointSizeF(10.5);
            painter.setFont(font);
            const int step = painter.fontMetrics().lineSpacing() * 3 / 2;
            int y = step;
            // Lines wrap at the page's width, mid-sentence, as a word processor's PDF does.
            const int width = writer.width() - 120;
            QStringList printed;
            for (const QString &line : text.split(u'\n')) {
                QString rest = line;
                do {
                    int n = int(rest.size());
                    while (n > 1 && painter.fontMetrics().horizontalAdvance(rest.left(n)) > width)
                        --n;
                    printed << rest.left(n);
                    rest = rest.mid(n);
                } while (!rest.isEmpty());
            }
            for (const QString &line : std::as_const(printed)) {
                if (y > writer.height() - step) {
                    writer.newPage();
                    y = step;
                }
                painter.drawText(QPoint(60, y), line);
                y += step;
            }
        }
        if (const QString dump = qEnvironmentVariable("KANSA_LAYOUT_DUMP"); !dump.isEmpty()) {
            QFile f(dump); // the last PDF read, to look at
            if (f.open(QIODevice::WriteOnly))
                f.write(pdf);
        }
        return ClauseImporter::readBytes(pdf, QStringLiteral("generated.pdf")).document;
    }
    if (l.rendering == Rendering::ShiftJis) {
        // Encoded by iconv (CP932, as Windows writes Shift_JIS), CRLF line ends.
        QProcess iconv;
        iconv.start(QStringLiteral("iconv"), { QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), QStringLiteral("CP932") });
        iconv.write(QString(text).replace(u'\n', QStringLiteral("\r\n")).toUtf8());
        iconv.closeWriteChannel();
        if (iconv.waitForFinished(10000) && iconv.exitCode() == 0)
            return ClauseImporter::readBytes(iconv.readAllStandardOutput(), QStringLiteral("generated.txt")).document;
        // A character CP932 lacks: read as UTF-8 instead.
    }
    if (l.rendering == Rendering::Text || l.rendering == Rendering::ShiftJis)
        return ClauseImporter::readBytes(text.toUtf8(), QStringLiteral("generated.txt")).document;
    QString body;
    for (const Line &line : renderLines(l)) {
        if (l.rendering == Rendering::Docx && l.wordNumbering && line.level >= 0)
            body += TestOffice::wordParagraph(TextNormalizer::trimmed(line.rest), 1, line.level); // the separator is Word's
        else if (l.rendering == Rendering::Docx)
            body += TestOffice::wordParagraph(line.text());
        else
            body += QStringLiteral("<text:p>%1</text:p>").arg(line.text());
    }
    return l.rendering == Rendering::Docx
        ? ClauseImporter::readBytes(TestOffice::docx(body, l.wordNumbering ? wordNumberingXml(l) : QString()), QStringLiteral("generated.docx")).document
        : ClauseImporter::readBytes(TestOffice::odt(body), QStringLiteral("generated.odt")).document;
}

QString failure(const Layout &l)
{
    return compare(l, parsed(l));
}

// The smallest layout that still fails: articles, paragraphs and items dropped one at a time.
Layout shrink(Layout l)
{
    for (bool smaller = true; smaller;) {
        smaller = false;
        for (int a = 0; a < l.articles.size() && l.articles.size() > 1; ++a) {
            Layout t = l;
            t.articles.removeAt(a);
            t.branch = a == l.branch || l.branch == 1 ? -1 : a < l.branch ? l.branch - 1 : l.branch;
            if (!failure(t).isEmpty()) {
                l = t, smaller = true;
                break;
            }
        }
        for (int a = 0; !smaller && a < l.articles.size(); ++a)
            for (int p = 1; !smaller && p < l.articles.at(a).paragraphs.size(); ++p) {
                Layout t = l;
                t.articles[a].paragraphs.removeAt(p);
                if (!failure(t).isEmpty())
                    l = t, smaller = true;
            }
        for (int a = 0; !smaller && a < l.articles.size(); ++a)
            for (int p = 0; !smaller && p < l.articles.at(a).paragraphs.size(); ++p)
                if (l.articles.at(a).paragraphs.at(p).items.size() > 1) {
                    Layout t = l;
                    t.articles[a].paragraphs[p].items.removeLast();
                    if (!failure(t).isEmpty())
                        l = t, smaller = true;
                }
    }
    return l;
}

// An office's Excel checklist as the import reads its cells: title rows above the header (none to
// three), the columns in any order, a running No or none, the article column written on every
// row or only on an article's first row (a merged cell reads so), one row per check item.
struct Checklist
{
    XlsxSheet sheet;
    QList<std::pair<QString, QString>> articles; // number as read (第N…), heading
    QList<QStringList> texts; // per article, its check texts
    QStringList merges; // as the .xlsx has them: the title across the columns, an article's cells down its rows
    QList<double> heights; // row heights in points (0: Excel's default)
};

QString cellRef(int row, int column)
{
    return QString(QChar(char16_t(u'A' + column))) + QString::number(row + 1);
}

Checklist generateChecklist(QRandomGenerator &r)
{
    Checklist c;
    c.sheet.name = QStringLiteral("チェックリスト");
    const int titleRows = r.bounded(4);
    for (int i = 0; i < titleRows; ++i)
        c.sheet.rows << (i == 0 ? QStringList { QStringLiteral("情報セキュリティ点検表") } : QStringList { QString() });
    static const double heights[] = { 0, 0, 13.5, 18.75, 27, 40.5 };
    for (int i = 0; i <= titleRows; ++i) // the title and header rows at different heights
        c.heights << heights[r.bounded(6)];
    enum Column { No, Article, Heading, Text, Method };
    QList<Column> columns { Article, Heading, Text, Method };
    if (r.bounded(2))
        columns.prepend(No);
    if (r.bounded(3) == 0)
        std::swap(columns[columns.size() - 1], columns[columns.size() - 2]); // 確認方法 before 確認事項
    // Header words as offices write them: the article under 条項, 特記事項, 根拠条文 or 条; the
    // heading under 見出し, 項目 or 確認項目 (a text word too: the shorter column is the heading).
    static const char *articleHeaders[] = { "条項", "特記事項", "根拠条文", "条" };
    static const char *headingHeaders[] = { "見出し", "項目", "確認項目" };
    static const char *textHeaders[] = { "確認事項", "確認内容", "チェック項目" };
    const int articleHeader = r.bounded(4);
    const QString headers[] = { QStringLiteral("No"), QString::fromUtf8(articleHeaders[articleHeader]),
        QString::fromUtf8(headingHeaders[r.bounded(3)]), QString::fromUtf8(textHeaders[r.bounded(3)]), QStringLiteral("確認方法") };
    QStringList header;
    for (const Column col : columns)
        header << headers[col];
    // Two header rows: 「確認事項」 merged over the heading and the text, 「項目」 and 「内容」 under
    // it, the other header cells merged down both rows.
    const int headingAt = int(columns.indexOf(Heading)), textAt = int(columns.indexOf(Text));
    if (textAt == headingAt + 1 && r.bounded(3) == 0) {
        const int top = int(c.sheet.rows.size());
        QStringList below = header;
        header[headingAt] = header[textAt] = QStringLiteral("確認事項");
        below[headingAt] = QStringLiteral("項目");
        below[textAt] = QStringLiteral("内容");
        c.sheet.rows << header;
        c.merges << cellRef(top, headingAt) + u':' + cellRef(top, textAt);
        for (int col = 0; col < columns.size(); ++col)
            if (col != headingAt && col != textAt)
                c.merges << cellRef(top, col) + u':' + cellRef(top + 1, col);
        header = below;
        c.heights << 0;
    }
    c.sheet.rows << header;
    if (titleRows > 0 && r.bounded(2))
        c.merges << cellRef(0, 0) + u':' + cellRef(0, int(columns.size()) - 1);
    const bool everyRow = r.bounded(2);
    const bool merged = !everyRow && r.bounded(2); // an article's cells merged down its rows, or left empty
    // 第N条, 第N, N条, or a bare N (only under 条項 or 条: a bare number under another word is not
    // known to be the article)
    const int style = r.bounded(articleHeader == 0 || articleHeader == 3 ? 4 : 3);
    const bool citesParagraphs = style == 0 && everyRow && r.bounded(3) == 0; // 第N条第M項 on the article's rows
    const int articles = 1 + r.bounded(8);
    int running = 0;
    for (int a = 1; a <= articles; ++a) {
        const QString number = style == 0 ? QStringLiteral("第%1条").arg(a)
            : style == 1                  ? QStringLiteral("第%1").arg(a)
            : style == 2                  ? QStringLiteral("%1条").arg(a)
                                          : QString::number(a);
        const QString heading = headings().at(r.bounded(int(headings().size())));
        c.articles << std::pair { style == 3 ? QStringLiteral("第%1").arg(a) : number, heading };
        QStringList texts;
        const int rows = 1 + r.bounded(4);
        if (merged && rows > 1)
            for (int col = 0; col < columns.size(); ++col)
                if (columns.at(col) == Article || columns.at(col) == Heading)
                    c.merges << cellRef(int(c.sheet.rows.size()), col) + u':' + cellRef(int(c.sheet.rows.size()) + rows - 1, col);
        for (int k = 0; k < rows; ++k) {
            const QString text = sentence(r, true).replace(QStringLiteral("受託者は、"), QStringLiteral("受託者は、%1件目として").arg(k + 1));
            texts << text;
            QStringList row;
            for (const Column col : columns)
                row << (col == No ? QString::number(++running)
                        : col == Article ? (citesParagraphs ? QStringLiteral("%1第%2項").arg(number).arg(k + 1)
                                               : everyRow || k == 0 ? number
                                                                    : QString())
                        : col == Heading ? (everyRow || k == 0 ? heading : QString())
                        : col == Text    ? text
                                         : QStringLiteral("書面確認"));
            c.sheet.rows << row;
        }
        c.texts << texts;
    }
    for (int i = 0; i < c.sheet.rows.size(); ++i)
        c.sheet.hiddenRows << false;
    return c;
}

QString compareChecklist(const Checklist &c, const ClauseDocument &d)
{
    if (d.articles.size() != c.articles.size())
        return QStringLiteral("%1 articles read, %2 written").arg(d.articles.size()).arg(c.articles.size());
    for (int a = 0; a < c.articles.size(); ++a) {
        const Article &got = d.articles.at(a);
        if (got.number != c.articles.at(a).first || got.heading != c.articles.at(a).second)
            return QStringLiteral("article %1: 「%2 %3」, written 「%4 %5」").arg(a + 1).arg(got.number, got.heading,
                c.articles.at(a).first, c.articles.at(a).second);
        QStringList texts;
        for (const Paragraph &p : got.paragraphs)
            texts << p.text;
        if (texts != c.texts.at(a))
            return QStringLiteral("article %1: items %2, written %3").arg(a + 1).arg(texts.join(u'|'), c.texts.at(a).join(u'|'));
    }
    return {};
}

// The checklist read as its sheet's cells, and as an .xlsx file through the importer (shared
// strings, merged cells, row heights).
QString compareChecklist(const Checklist &c)
{
    const QString cells = compareChecklist(c, ChecklistSheet::read({ c.sheet }, {}, QStringLiteral("generated")).document);
    if (!cells.isEmpty())
        return QStringLiteral("cells: ") + cells;
    const ClauseImporter::Result file
        = ClauseImporter::readBytes(TestOffice::xlsx(c.sheet.name, c.sheet.rows, c.merges, c.heights), QStringLiteral("generated.xlsx"));
    if (file.error.isError())
        return QStringLiteral(".xlsx: not read (%1)").arg(int(file.error.code));
    const QString xlsx = compareChecklist(c, file.document);
    return xlsx.isEmpty() ? QString() : QStringLiteral(".xlsx (merged %1): ").arg(c.merges.join(u' ')) + xlsx;
}

QString describe(const XlsxSheet &sheet)
{
    QStringList rows;
    for (const QStringList &row : sheet.rows)
        rows << row.join(u'\t');
    return rows.join(u'\n');
}

} // namespace

class TestLayoutProperty : public QObject
{
    Q_OBJECT

    void run(quint32 seed, int count)
    {
        QRandomGenerator r(seed);
        for (int n = 0; n < count; ++n) {
            const Layout l = generate(r);
            if (failure(l).isEmpty())
                continue;
            const Layout small = shrink(l);
            static const char *renderings[] = { "text", ".docx", ".odt", "PDF", "Shift_JIS text" };
            QFAIL(qPrintable(QStringLiteral("seed %1, document %2 (%3): %4\n--- smallest document that fails ---\n%5")
                                 .arg(seed).arg(n).arg(QLatin1String(renderings[int(small.rendering)]), failure(small), render(small))));
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(DocumentFonts::ensureLoaded(&error), qPrintable(error));
    }

    void fixedSeed()
    {
        const int count = qEnvironmentVariableIntValue("KANSA_LAYOUT_COUNT") > 0 ? qEnvironmentVariableIntValue("KANSA_LAYOUT_COUNT") : 5000;
        const quint32 seed = qEnvironmentVariableIsSet("KANSA_LAYOUT_SEED") ? quint32(qEnvironmentVariableIntValue("KANSA_LAYOUT_SEED")) : 20261207u;
        run(seed, count);
    }

    // Office checklists in Excel (issue 26's third fault among them: a running No before 条項).
    void checklists()
    {
        const quint32 seed = qEnvironmentVariableIsSet("KANSA_LAYOUT_SEED") ? quint32(qEnvironmentVariableIntValue("KANSA_LAYOUT_SEED")) : 20261207u;
        QRandomGenerator r(seed);
        for (int n = 0; n < 2000; ++n) {
            const Checklist c = generateChecklist(r);
            const QString why = compareChecklist(c);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("seed %1, checklist %2: %3\n%4").arg(seed).arg(n).arg(why, describe(c.sheet))));
        }
    }

    void freshSeed()
    {
        const quint32 seed = QRandomGenerator::global()->generate() & 0x7fffffff;
        qInfo("fresh seed %u (repeat with KANSA_LAYOUT_SEED=%u)", seed, seed);
        run(seed, 1000);
    }
};

QTEST_MAIN(TestLayoutProperty)
#include "tst_layoutproperty.moc"
