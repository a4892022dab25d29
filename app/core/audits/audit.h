#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace Kansa {

/// Where an audit stands (準備中 → 実施中 → 署名済 → 勧告済 → 完了).
/// Signing: one signature stands (the checklist is locked), the other is still to come.
enum class AuditStatus { Preparing, InProgress, Signing, Signed, Advised, Completed };

namespace AuditStatuses {
QString key(AuditStatus s);
AuditStatus fromKey(const QString &key);
QString label(AuditStatus s);
} // namespace AuditStatuses

/// 定期 (periodic) or 臨時 (ad hoc).
enum class AuditKind { Periodic, Adhoc };

namespace AuditKinds {
QString key(AuditKind k);
std::optional<AuditKind> fromKey(const QString &key);
QString label(AuditKind k);
} // namespace AuditKinds

/// The contractor (受託者) as named in the contract.
struct Contractor
{
    QString name;
    QString address;
    QString representative;
    QString representativeTitle;
    bool operator==(const Contractor &) const = default;
};

/// The contract the clauses are attached to.
struct Contract
{
    QString title;
    QString number;
    QDate start;
    QDate end;
    bool operator==(const Contract &) const = default;
};

/// The contractor's responsibility structure submitted under 000 第3.
struct ResponsibilityStructure
{
    QString department;
    QString manager;
    QString workers;
    QString normalContact;
    QString emergencyContact;
    QString workPlaces;
    bool operator==(const ResponsibilityStructure &) const = default;
};

/// One on-site inspection (実地調査): who, what, where, when. A plain value.
struct Audit
{
    qint64 id = 0;
    qint64 clauseSetId = 0;
    QString clauseSetTitle;
    Contractor contractor;
    Contract contract;
    QString clientDepartment;
    QString workPlace; // 業務履行場所
    AuditKind kind = AuditKind::Periodic;
    QDate date;
    QString leadInspector;
    QStringList members;
    QStringList attendees; // the contractor's people present
    ResponsibilityStructure responsibility;
    AuditStatus status = AuditStatus::Preparing;
    bool archived = false;
    qint64 predecessorId = 0; // the audit this one re-inspects
    bool operator==(const Audit &) const = default;
};

/// One row of the audit list.
struct AuditSummary
{
    qint64 id = 0;
    QString contractor;
    QString clauseSetTitle;
    QString workPlace;
    QDate date;
    AuditKind kind = AuditKind::Periodic;
    AuditStatus status = AuditStatus::Preparing;
    bool archived = false;
    int answered = 0; // check items with a verdict
    int total = 0; // check items
    int conforming = 0;
    int major = 0;
    int minor = 0;
};

} // namespace Kansa
