#pragma once

#include "clauses/clauseset.h"
#include "clauseimport/clauselines.h"

#include <QList>
#include <QString>

#include <optional>

namespace Kansa {

/// What one line of a clause document is: how the parser read it, or how the user corrected it
/// in the import review. Every line of the source has one, so that none goes missing unseen.
struct LineReading
{
    enum Kind : quint8 {
        Title, // the document's title
        Edition, // 第２版, 令和６年４月改定
        Issuer, // ○○市総務部
        Preamble, // starts a paragraph of the text before the articles
        Heading, // the heading of the next article (or of the one it is in)
        Article, // starts an article: number, heading on the line, text
        Paragraph, // starts a paragraph (項) of the current article
        Item, // starts an item (号): label, text
        SubItem, // a sub-item (ア, イ under (1)): kept in its item's text
        Continued, // goes on with the text before it
        Omitted, // not clause text (see Omission)
    };
    enum Omission : quint8 {
        NotOmitted,
        PageNumber, // 「- 2 -」, a lone number between pages
        RunningHeader, // the title repeated at the top of each page
        Chapter, // 第1章 総則: structure above the articles, not kept
        AfterBody, // 以上, 附則 and what follows them
        Label, // 別紙２ alone above the title
        Deleted, // 第２条 削除: an article an amendment deleted (its number stays taken)
        ByUser, // the user said it is not clause text
    };

    Kind kind = Continued;
    Omission omission = NotOmitted;
    QString number; // Article: as written (第３条); Paragraph: its value (2); Item, SubItem: label
    QString heading; // Article: the heading written on its line
    QString text; // what the line adds to the text
    std::optional<bool> obligation; // Article, Paragraph: as the user set it (else classified)

    bool operator==(const LineReading &) const = default;
};

/// One line of the source with its reading.
struct ReadLine
{
    SourceLine source;
    LineReading reading;
    bool operator==(const ReadLine &) const = default;
};

/// Where a line went in the assembled document: indexes into articles, paragraphs and items
/// (-1 where it does not apply: the header, an omitted line, paragraph text outside items).
struct LinePlacement
{
    int article = -1;
    int paragraph = -1;
    int item = -1;
};

/// Builds the document from its read lines: the parser's last step, and the import review's
/// after each correction. Obligations are classified, except where a line sets them.
struct AssembledClauses
{
    ClauseDocument document;
    QList<LinePlacement> placements; // one per line
    QList<QList<int>> paragraphLines; // per article, per paragraph: the line that starts it
};
AssembledClauses assembleClauses(const QList<ReadLine> &lines);

/// The reading a line gets when the user says it is of this kind: the number, label or heading
/// taken from its text where it has one (第５条, ２, (3), 【秘密】), the whole text otherwise. An
/// article whose line has no number in the document's style takes the one after previousNumber
/// (the article before it; empty for the first).
LineReading readLineAs(const QString &lineText, LineReading::Kind kind, const QString &previousNumber);

/// The lines that give back a stored document exactly (with its obligations as set), for
/// correcting a clause set whose source file is not at hand.
QList<ReadLine> linesOfDocument(const ClauseDocument &document);

} // namespace Kansa
