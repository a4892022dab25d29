#pragma once

#include "audits/verdict.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Kansa {

/// One auditable line of an audit (チェック項目), snapshotted from the clause set when the audit
/// was created: a paragraph without items, or one item of a paragraph.
struct CheckItem
{
    qint64 id = 0;
    qint64 auditId = 0;
    int ordinal = 0; // position in the audit
    QString articleNumber;
    QString articleHeading;
    int articleOrdinal = 0;
    int paragraphOrdinal = 0; // 1 = the unnumbered first paragraph
    QString paragraphText;
    QString itemLabel; // empty for a paragraph-level check item
    QString itemText;
    bool obligation = false; // the classifier's view, kept for reference
    bool scored = false; // counts towards progress; the inspector may override

    /// The text under check: the item's text, or the paragraph's.
    QString text() const { return itemLabel.isEmpty() ? paragraphText : itemText; }
    /// "第３ 第2項 (1)" in the clause set's own numbering.
    QString reference() const;
    /// The citation a Japanese letter uses whatever the UI language: 「第１１第３項」,
    /// 「第9条第2項(1)」; digits follow the article number's own width.
    QString citation() const;
    /// citation() of a check item given as a row (column → value), as packages and the history
    /// carry it; 「確認事項 N」 by its ordinal where the row has no article.
    static QString citationOfRow(const QJsonObject &row);
};

/// What the inspector recorded for one check item (指摘事項).
struct Finding
{
    qint64 checkItemId = 0;
    Verdict verdict = Verdict::Unchecked;
    QString note;
    QString problem; // for non-conformities: what is wrong
    QString improvement; // for non-conformities: the improvement required
    bool operator==(const Finding &) const = default;
};

/// The text fields of a finding, for edits and undo.
enum class FindingField { Note, Problem, Improvement };

} // namespace Kansa
