#include "settings/documentsettings.h"

#include "calendar/japanesenumerals.h"

#include "storage/sqlhelpers.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::DocumentSettings", text);
}

QHash<QString, QString> readAll(QSqlDatabase db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, value FROM settings")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool write(QSqlDatabase db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(Sql::text(value));
    return q.exec() || Sql::fail(q, error);
}

struct Field
{
    const char *key;
    QString DocumentSettings::*text = nullptr;
    int DocumentSettings::*number = nullptr;
    bool DocumentSettings::*flag = nullptr;
};

const Field kFields[] = {
    { "issuer.municipality", &DocumentSettings::municipality },
    { "issuer.department", &DocumentSettings::department },
    { "issuer.head_title", &DocumentSettings::headTitle },
    { "issuer.head_name", &DocumentSettings::headName },
    { "issuer.seal", &DocumentSettings::seal },
    { "contact.person", &DocumentSettings::contactPerson },
    { "contact.phone", &DocumentSettings::contactPhone },
    { "contact.email", &DocumentSettings::contactEmail },
    { "advisory.number_pattern", &DocumentSettings::numberPattern },
    { "advisory.next_number", nullptr, &DocumentSettings::nextNumber },
    { "advisory.honorific", &DocumentSettings::honorific },
    { "deadline.major_days", nullptr, &DocumentSettings::majorDays },
    { "deadline.minor_days", nullptr, &DocumentSettings::minorDays },
    { "dates.full_width", nullptr, nullptr, &DocumentSettings::fullWidthDigits },
    { "audit.default_lead", &DocumentSettings::defaultLead },
    { "report.approval_boxes", nullptr, nullptr, &DocumentSettings::approvalBoxes },
    { "report.photo_markup", nullptr, nullptr, &DocumentSettings::photoMarkup },
    { "workbook.era_dates", nullptr, nullptr, &DocumentSettings::eraDatesInWorkbooks },
};

const Field *field(const QString &key)
{
    for (const Field &f : kFields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

} // namespace

QString DocumentSettings::documentNumber(int n) const
{
    QString pattern = numberPattern;
    if (!pattern.contains(QLatin1String("{n}")))
        pattern += QStringLiteral("{n}");
    return pattern.replace(QLatin1String("{n}"), EraDate::number(n, digits()));
}

QString DocumentSettings::issuerLine() const
{
    if (headTitle.isEmpty() && headName.isEmpty())
        return municipality;
    return QString(headTitle + QStringLiteral("　") + headName).trimmed();
}

QString DocumentSettings::digitsOf(const QString &text) const
{
    // A run of digits inside an ASCII code ("R8-0042", "ISO27001") is an identifier: left alone.
    auto codeChar = [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetter()) || QStringLiteral("-_./@#:").contains(c);
    };
    QString out = text;
    for (qsizetype i = 0; i < out.size();) {
        const bool ascii = out.at(i).unicode() >= u'0' && out.at(i).unicode() <= u'9';
        const bool wide = out.at(i).unicode() >= 0xFF10 && out.at(i).unicode() <= 0xFF19;
        if (!ascii && !wide) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < out.size()
            && ((out.at(end).unicode() >= u'0' && out.at(end).unicode() <= u'9')
                || (out.at(end).unicode() >= 0xFF10 && out.at(end).unicode() <= 0xFF19)))
            ++end;
        const bool code = (i > 0 && codeChar(out.at(i - 1))) || (end < out.size() && codeChar(out.at(end)));
        if (!code)
            for (qsizetype k = i; k < end; ++k) {
                const char16_t c = out.at(k).unicode();
                const int d = c >= 0xFF10 ? c - 0xFF10 : c - u'0';
                out[k] = fullWidthDigits ? QChar(char16_t(0xFF10 + d)) : QChar(char16_t(u'0' + d));
            }
        i = end;
    }
    // 「第３(３)」 mixes widths: a number in ASCII brackets takes full-width ones too.
    if (fullWidthDigits) {
        static const QRegularExpression bracketed(QStringLiteral("\\(([０-９]{1,3})\\)"));
        out.replace(bracketed, QStringLiteral("（\\1）"));
    }
    return out;
}

QStringList DocumentSettings::missingIssuer() const
{
    QStringList out;
    if (municipality.trimmed().isEmpty())
        out << tr("the municipality");
    if (headTitle.trimmed().isEmpty())
        out << tr("the head's title (e.g. 小諸市長)");
    if (headName.trimmed().isEmpty())
        out << tr("the head's name");
    return out;
}

DocumentSettings DocumentSettings::fromMap(const QHash<QString, QString> &stored)
{
    DocumentSettings s;
    for (const Field &f : kFields) {
        const QString key = QLatin1String(f.key);
        if (!stored.contains(key))
            continue;
        const QString v = stored.value(key);
        if (f.text)
            s.*f.text = v;
        else if (f.number)
            s.*f.number = v.toInt();
        else
            s.*f.flag = v == QLatin1String("1") || v == QLatin1String("true");
    }
    // Before schema 4 the head was one setting, title and name together.
    const QString legacyHead = stored.value(QStringLiteral("issuer.head"));
    if (!legacyHead.isEmpty() && s.headTitle.isEmpty() && s.headName.isEmpty())
        s.headTitle = legacyHead;
    return s;
}

DocumentSettings DocumentSettings::load(QSqlDatabase db)
{
    return fromMap(readAll(db));
}

bool DocumentSettings::save(QSqlDatabase db, QString *error) const
{
    return Sql::inTransaction(db, error, [&](QString *why) {
        for (const Field &f : kFields)
            if (!write(db, QLatin1String(f.key), value(QLatin1String(f.key)), why))
                return false;
        return true;
    });
}

QString DocumentSettings::toJson() const
{
    QJsonObject o;
    for (const Field &f : kFields)
        o.insert(QLatin1String(f.key), value(QLatin1String(f.key)));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

DocumentSettings DocumentSettings::fromJson(const QString &json)
{
    QHash<QString, QString> map;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return fromMap(map);
}

QStringList DocumentSettings::keys()
{
    QStringList out;
    for (const Field &f : kFields)
        out << QLatin1String(f.key);
    return out;
}

QString DocumentSettings::value(const QString &key) const
{
    const Field *f = field(key);
    if (!f)
        return {};
    return f->text ? this->*f->text
        : f->number ? QString::number(this->*f->number)
                    : QString::number(int(this->*f->flag));
}

QString DocumentSettings::invalid(const QString &key, const QString &value)
{
    const Field *f = field(key);
    if (!f)
        return {};
    if (f->number || f->flag) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || (f->flag && n > 1) || (key == QLatin1String("advisory.next_number") && n < 1))
            return tr("%1 takes a number (1 or more for numbers and days; 0 or 1 for on/off), not “%2”.")
                .arg(key, value);
        if (key.startsWith(QLatin1String("deadline.")) && (n < 1 || n > 365))
            return tr("A default deadline is 1 to 365 days, not %1.").arg(n);
    }
    if (key == QLatin1String("advisory.number_pattern") && !value.trimmed().isEmpty()
        && !value.contains(QLatin1String("{n}")))
        return tr("The document-number pattern needs {n} where the number goes, e.g. 小諸市情第{n}号.");
    if (key == QLatin1String("advisory.honorific") && value != QStringLiteral("様")
        && value != QStringLiteral("殿"))
        return tr("The honorific is 様 or 殿.");
    if (key == QLatin1String("issuer.seal") && value != QLatin1String("none")
        && value != QLatin1String("omitted") && value != QLatin1String("stamp"))
        return tr("The seal is “none”, “omitted” (公印省略 is printed) or “stamp” (a place for the seal "
                  "beside the head's name).");
    return {};
}

bool DocumentSettings::set(QSqlDatabase db, const QString &key, const QString &value, QString *error)
{
    // The earlier form (one setting for the head, title and name together), which scripts
    // still use: the title and the name, split at the first space; without one, the title.
    if (key == QLatin1String("issuer.head")) {
        const QString v = value.trimmed();
        const qsizetype space = v.indexOf(QRegularExpression(QStringLiteral("[ \\x{3000}]")));
        const QString title = space < 0 ? v : v.left(space);
        const QString name = space < 0 ? QString() : v.mid(space + 1).trimmed();
        // Both are written: a value without a space leaves no earlier name behind.
        return set(db, QStringLiteral("issuer.head_title"), title, error)
            && set(db, QStringLiteral("issuer.head_name"), name, error);
    }
    if (!field(key)) {
        if (error)
            *error = tr("Unknown setting “%1”. Known: %2").arg(key, keys().join(QStringLiteral(", ")));
        return false;
    }
    QString why = invalid(key, value);
    // The next number set back onto a number already given is refused now, not at issue.
    if (why.isEmpty() && key == QLatin1String("advisory.next_number")) {
        const DocumentSettings current = load(db);
        const QString number = current.documentNumber(value.toInt());
        if (letterNumbered(db, number))
            why = tr("%1 was already given to a letter; a number is given once. Choose a number after "
                     "the last one used.")
                      .arg(number);
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return write(db, key, value, error);
}

qint64 DocumentSettings::letterNumbered(QSqlDatabase db, const QString &number, qint64 exceptId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, document_number FROM advisories WHERE status <> 'draft' AND id <> ?"));
    q.addBindValue(exceptId);
    if (!q.exec())
        return 0;
    const QString wanted = JapaneseNumerals::foldedForComparison(number.trimmed());
    while (q.next())
        if (JapaneseNumerals::foldedForComparison(q.value(1).toString().trimmed()) == wanted)
            return q.value(0).toLongLong();
    return 0;
}

} // namespace Kansa
