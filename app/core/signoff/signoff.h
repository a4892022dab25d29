#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kansa {

class EvidenceStore;

/// Who signs the checklist on site.
enum class SignatureRole { Inspector, Contractor };

namespace SignatureRoles {
QString key(SignatureRole r); // "inspector", "contractor"
std::optional<SignatureRole> fromKey(const QString &key);
QString label(SignatureRole r);
} // namespace SignatureRoles

/// One signature of a checklist (署名): the drawn image (PNG), who, when, and the SHA-256 of the
/// canonical content it covers.
struct Signature
{
    qint64 id = 0;
    qint64 auditId = 0;
    SignatureRole role = SignatureRole::Inspector;
    QString name;
    QString title;
    QDateTime signedAt; // UTC
    QByteArray png;
    QString contentHash;
    bool voided = false;
    QDateTime voidedAt;
    QString voidReason;
};

/// The state of an audit's signed content, for `kansa-cli verify` and the workspace banner.
struct SignOffCheck
{
    bool signedOff = false; // at least one signature stands
    bool unchanged = false; // the content (and its files) still hash to what was signed
    QString signedHash;
    QString currentHash;
    QStringList changes; // what differs, in the user's language
};

/// Signing, reopening and checking. Signing stores the signature together with the canonical
/// content in one transaction, so a confirmed signature is on disk at once; from then on the
/// database's triggers refuse changes to what was signed until reopen() voids the signatures.
class SignOff
{
public:
    SignOff(QSqlDatabase db, EvidenceStore &store);

    /// Signs the current content. A second signature must cover the same content as the
    /// first; a role that has signed already must reopen first. Returns the signature's id.
    qint64 sign(qint64 auditId, SignatureRole role, const QString &name, const QString &title,
        const QByteArray &png, QString *error = nullptr);
    /// Voids every standing signature, records who reopened and why, and unlocks the audit.
    bool reopen(qint64 auditId, const QString &actor, const QString &reason, QString *error = nullptr);

    bool isLocked(qint64 auditId) const { return isSigned(m_db, auditId); }
    /// Whether a signature of the audit stands (not voided), without an evidence store.
    static bool isSigned(QSqlDatabase db, qint64 auditId);
    QList<Signature> standing(qint64 auditId) const;
    QList<Signature> history(qint64 auditId) const; // voided ones too, oldest first
    /// Compares the content signed with the content now, including a fresh SHA-256 of every
    /// evidence file, so a photo swapped on disk is caught too.
    /// rehashFiles false: the files are known to be what their names say (an import that has
    /// just hashed them), so only the rows are compared.
    SignOffCheck check(qint64 auditId, bool rehashFiles = true) const;

private:
    QList<Signature> select(qint64 auditId, bool standingOnly) const;
    /// The hash of the content as it is now, in the form the given signature was made in.
    QString currentHashInFormOf(qint64 signatureId, qint64 auditId) const;
    bool recordEvent(qint64 auditId, const QString &kind, const QString &actor,
        const QString &detail, QString *error);

    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
