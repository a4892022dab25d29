#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Kansa {

/// One enumerated item (号) inside a paragraph, e.g. "(1)".
struct ClauseItem
{
    QString label;
    QString text;
    bool operator==(const ClauseItem &) const = default;
};

/// One paragraph (項) of an article; the first is unnumbered.
struct Paragraph
{
    int ordinal = 0;
    QString text;
    bool obligation = false;
    QList<ClauseItem> items;
    bool operator==(const Paragraph &) const = default;
};

/// One numbered clause (第N / 第N条) with its heading (見出し).
struct Article
{
    QString number;
    int ordinal = 0;
    QString heading;
    QList<Paragraph> paragraphs;
    bool operator==(const Article &) const = default;

    /// The number as compared: digits folded to half width, spaces removed (第 ３ 条 = 第3条).
    QString numberKey() const;
};

/// A parsed clause document (特記事項 / 特約条項): plain value, no storage identity.
struct ClauseDocument
{
    QString title;
    QString edition;
    QString issuer;
    QStringList preamble;
    QList<Article> articles;
    bool operator==(const ClauseDocument &) const = default;

    int paragraphCount() const;
    int itemCount() const;
    int obligationCount() const;
    /// The positions (1-based) of the first two articles with one number (by numberKey).
    std::optional<std::pair<int, int>> repeatedNumber() const;
};

/// A stored, immutable version of a clause document.
struct ClauseSet
{
    qint64 id = 0;
    QString contentHash;
    QString sourceHash; // the file's text hash; the content hash unless the structure was corrected
    qint64 predecessorId = 0; // the set this one corrects, or 0
    QString sourceName;
    QString importedAt;
    bool builtin = false;
    ClauseDocument document;
};

/// One line of the clause-set list, without the article tree.
struct ClauseSetSummary
{
    qint64 id = 0;
    QString title;
    QString edition;
    QString sourceName;
    QString importedAt;
    bool builtin = false;
    bool corrected = false; // a structure the user corrected (in the review or as a new version)
    int articles = 0;
    int paragraphs = 0;
    int items = 0;
    int obligations = 0;
};

} // namespace Kansa
