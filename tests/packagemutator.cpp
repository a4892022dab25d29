#include "packagemutator.h"

#include "crypto/age.h"
#include "evidence/evidencestore.h"
#include "history/historylog.h"
#include "package/agedevice.h"
#include "package/packageimport.h"
#include "package/tararchive.h"
#include "signoff/signoff.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Kansa;

namespace PackageMutator {

namespace {

// Reads the choices one byte at a time; 0 once they run out.
struct Choices
{
    const QByteArray &bytes;
    qsizetype at = 0;
    int next(int below)
    {
        if (below <= 1)
            return 0;
        const int v = at < bytes.size() ? quint8(bytes.at(at++)) : 0;
        return v % below;
    }
};

// Values a field may be given: what other fields hold, and what a forger would try.
QJsonValue replacement(Choices &c, const QJsonValue &old)
{
    static const QList<QJsonValue> values = { QStringLiteral("conforming"), QStringLiteral("major"), QStringLiteral("minor"),
        QStringLiteral("na"), QStringLiteral(""), QJsonValue::Null, 0, 1, -1, 2147483648.0, 1e300, true,
        QStringLiteral("問題なし"), QStringLiteral("別の事業者株式会社"), QStringLiteral("inspector"), QStringLiteral("contractor"),
        QStringLiteral("issued"), QStringLiteral("draft"), QStringLiteral("2026-13-45"), QStringLiteral("../../etc/passwd"),
        QJsonObject { { QStringLiteral("base64"), QStringLiteral("AAAA") } }, QJsonArray {}, QJsonObject {} };
    switch (c.next(4)) {
    case 0: return values.at(c.next(int(values.size())));
    case 1:
        if (old.isString())
            return QString(old.toString() + QStringLiteral("改"));
        if (old.isDouble())
            return old.toDouble() + (c.next(2) ? 1 : -1);
        return QJsonValue::Null;
    case 2:
        if (old.isObject() && old.toObject().contains(QStringLiteral("base64"))) { // a hash, a key: one bit flipped
            QByteArray b = QByteArray::fromBase64(old.toObject().value(QStringLiteral("base64")).toString().toLatin1());
            if (!b.isEmpty())
                b[c.next(int(b.size()))] ^= char(1 << c.next(8));
            return QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(b.toBase64()) } };
        }
        return QString(c.next(2) ? 5000 : 1, u'字');
    default: return QJsonValue::Undefined; // the key goes
    }
}

// One change somewhere in the JSON tree under value, chosen by the bytes.
QJsonValue mutateJson(Choices &c, const QJsonValue &value, QStringList *path, int depth = 0)
{
    if (value.isObject() && !value.toObject().isEmpty() && depth < 8 && c.next(5)) {
        QJsonObject o = value.toObject();
        const QStringList keys = o.keys();
        const QString key = keys.at(c.next(int(keys.size())));
        *path << key;
        const QJsonValue changed = mutateJson(c, o.value(key), path, depth + 1);
        if (changed.isUndefined())
            o.remove(key);
        else
            o.insert(key, changed);
        return o;
    }
    if (value.isArray() && !value.toArray().isEmpty() && depth < 8) {
        QJsonArray a = value.toArray();
        const int i = c.next(int(a.size()));
        switch (c.next(6)) {
        case 0:
            *path << QStringLiteral("[%1] removed").arg(i);
            a.removeAt(i);
            return a;
        case 1:
            *path << QStringLiteral("[%1] repeated").arg(i);
            a.insert(i, a.at(i));
            return a;
        case 2: {
            const int j = c.next(int(a.size()));
            *path << QStringLiteral("[%1]<->[%2]").arg(i).arg(j);
            const QJsonValue t = a.at(i);
            a[i] = a.at(j);
            a[j] = t;
            return a;
        }
        default: {
            *path << QStringLiteral("[%1]").arg(i);
            const QJsonValue changed = mutateJson(c, a.at(i), path, depth + 1);
            if (changed.isUndefined())
                a.removeAt(i);
            else
                a[i] = changed;
            return a;
        }
        }
    }
    *path << QStringLiteral("= new value");
    return replacement(c, value);
}

} // namespace

Entries decrypt(const QString &path, const AgeIdentity &identity)
{
    Entries entries;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return entries;
    AgeReadDevice age(in);
    if (age.begin({ identity }, {}) != Age::Error::None)
        return entries;
    TarArchive::Reader tar(age);
    while (const auto e = tar.next()) {
        QByteArray content;
        for (QByteArray p; !(p = tar.read(1 << 20)).isEmpty();)
            content += p;
        entries.append({ e->name, content });
    }
    return entries;
}

QByteArray encrypt(const Entries &entries, const AgeRecipient &recipient)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    AgeWriteDevice w(out);
    if (w.begin({ { recipient }, {}, 10 }) != Age::Error::None)
        return {};
    TarArchive::Writer t(w);
    for (const auto &[name, content] : entries)
        t.add(name, content, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
    t.finish();
    w.finish();
    return out.data();
}

QStringList mutate(Entries &entries, const QByteArray &choices)
{
    Choices c { choices };
    QStringList done;
    const int changes = 1 + c.next(3);
    for (int n = 0; n < changes && !entries.isEmpty(); ++n) {
        // Mostly the records (their rows and history), sometimes the manifest or a file.
        const int pick = c.next(8);
        qsizetype at = pick < 6 ? 1 : pick == 6 ? 0 : 2 + c.next(int(std::max<qsizetype>(1, entries.size() - 2)));
        at = std::min(at, entries.size() - 1);
        auto &[name, content] = entries[at];
        const QJsonDocument doc = QJsonDocument::fromJson(content);
        if (doc.isObject()) {
            QStringList path { name };
            QJsonObject root = doc.object();
            // Straight at the tables or the history most of the time: that is where a forger works.
            const QJsonValue changed = mutateJson(c, root, &path);
            content = QJsonDocument(changed.toObject()).toJson(QJsonDocument::Compact);
            done << path.join(u'/');
        } else if (!content.isEmpty()) {
            switch (c.next(3)) {
            case 0: {
                const int i = c.next(int(std::min<qsizetype>(content.size(), 1 << 20)));
                content[i] = char(content.at(i) ^ (1 << c.next(8)));
                done << QStringLiteral("%1: byte %2 flipped").arg(name).arg(i);
                break;
            }
            case 1:
                content.truncate(content.size() / 2);
                done << QStringLiteral("%1: cut in half").arg(name);
                break;
            default:
                content = entries.at(c.next(int(entries.size()))).second;
                done << QStringLiteral("%1: replaced by another entry").arg(name);
            }
        }
    }
    return done;
}

QString importAndCheck(QSqlDatabase db, EvidenceStore &store, const QString &package, const AgeIdentity &identity)
{
    const auto count = [&db](const char *sql) {
        QSqlQuery q(db);
        return q.exec(QLatin1String(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const auto state = [&] {
        return QList<qint64> { count("SELECT count(*) FROM audits"), count("SELECT count(*) FROM findings"),
            count("SELECT count(*) FROM evidence"), count("SELECT count(*) FROM history_entries WHERE audit_id IS NOT NULL"),
            count("SELECT count(*) FROM package_conflicts"), count("SELECT count(*) FROM signatures") };
    };
    const QList<qint64> before = state();
    const PackageImport::Result r = PackageImport(db, store).read(package, { identity }, {});
    if (!r.error.isEmpty()) {
        if (state() != before)
            return QStringLiteral("refused (%1) but the database changed").arg(r.error);
        if (!r.error.contains(QStringLiteral("Nothing was imported")))
            return QStringLiteral("refused without saying nothing was imported: %1").arg(r.error);
        return {};
    }
    if (r.audits.isEmpty())
        return QStringLiteral("accepted with no audit");
    for (const PackageImport::Outcome &o : r.audits) {
        if (o.kind == PackageImport::Outcome::Conflict || !o.auditId)
            continue;
        const HistoryLog::Check check = HistoryLog::verify(db, HistoryLog::auditOrigin(db, o.auditId));
        if (!check.ok())
            return QStringLiteral("imported, but history verify fails: %1").arg(HistoryLog::describe(check));
        const SignOffCheck signatures = SignOff(db, store).check(o.auditId);
        if (signatures.signedOff && !signatures.unchanged)
            return QStringLiteral("imported, but the signatures do not hold: %1").arg(signatures.changes.join(u' '));
    }
    return {};
}

} // namespace PackageMutator
