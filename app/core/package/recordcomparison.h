#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

/// What differs between two versions of one audit, item by item, as the user must see it
/// before choosing one (a package conflict, a replacement): the check item by its clause
/// (第8第3項), what differs, and both values.
namespace Kansa::RecordComparison {

struct Change
{
    QString where; // 「第8第3項」, or the evidence file's name
    QString what; // "verdict", "note" … in the user's language
    QString here; // our value, in the user's language
    QString package; // the package's
};

/// Every check item whose verdict or finding texts differ, in checklist order; then evidence
/// only one side has. Records as AuditRecord::read gives them.
QList<Change> changes(const QJsonObject &ours, const QJsonObject &theirs);

/// 「第8第3項 — verdict: here 適合; in the package 重大な不適合」
QString line(const Change &change);

} // namespace Kansa::RecordComparison
