#pragma once

#include "clauseimport/clausereading.h"

#include <QList>
#include <QString>

#include <functional>

namespace Kansa {

/// The import review: the lines of a clause document with how each was read, corrected by the
/// user (a line becomes an article's start, a paragraph, an item, a heading, the text before it
/// goes on, or not clause text; numbers and headings edited; obligations flipped), and the
/// document assembled from them after every change. Corrections can be undone.
class ClauseReview
{
public:
    /// A document just read from a file, as the parser read it.
    static ClauseReview ofText(const QString &decodedText);
    /// A stored document (correcting a clause set whose source file is not at hand).
    static ClauseReview ofDocument(const ClauseDocument &document);

    const QList<ReadLine> &lines() const { return m_lines; }
    const AssembledClauses &assembled() const { return m_assembled; }
    const ClauseDocument &document() const { return m_assembled.document; }
    /// The document differs from the one first read: importing stores a corrected version.
    bool isCorrected() const { return m_assembled.document != m_original; }
    int omittedLines() const;

    /// Each row read as kind (rows already of that kind stay as they are). A row that cannot be
    /// a heading (it is a sentence or longer than 40 characters, or it is not before an
    /// article's number nor right after one without a heading) is left as it was; the rows left
    /// so are returned.
    QList<int> setKind(const QList<int> &rows, LineReading::Kind kind);
    void setArticleNumber(int article, const QString &number);
    void setArticleHeading(int article, const QString &heading);
    void setObligation(int article, int paragraph, bool obligation);
    /// The title as the user types it, over what the lines give (no line is added for it).
    void setTitle(const QString &title);

    bool canUndo() const { return !m_undo.isEmpty(); }
    void undo();

    /// What keeps the document from being stored, in words for the user; empty when it can be.
    QString problem() const;

private:
    struct State
    {
        QList<ReadLine> lines;
        std::optional<QString> title;
        bool operator==(const State &) const = default;
    };
    ClauseReview(QList<ReadLine> lines);
    void change(const std::function<void(State &)> &edit);
    void assemble();
    int articleLine(int article) const;

    QList<ReadLine> m_lines;
    std::optional<QString> m_title; // typed by the user
    AssembledClauses m_assembled;
    ClauseDocument m_original;
    QList<State> m_undo;
};

} // namespace Kansa
