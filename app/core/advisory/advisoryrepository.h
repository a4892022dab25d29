#pragma once

#include "advisory/advisory.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Kansa {

struct DocumentSettings;

/// Reads advisories and edits drafts. An issued letter is refused here and, whatever program
/// writes, by the database's triggers; AdvisoryLifecycle creates, issues and corrects letters.
class AdvisoryRepository
{
public:
    explicit AdvisoryRepository(QSqlDatabase db);

    std::optional<Advisory> load(qint64 id) const;
    QList<Advisory> forAudit(qint64 auditId) const;
    /// The audit's letter to work on: its draft if it has one, else its last issued letter.
    std::optional<Advisory> current(qint64 auditId) const;
    std::optional<AdvisoryItem> item(qint64 itemId) const;
    /// DocumentSettings::letterNumbered on this database.
    qint64 letterNumbered(const QString &number, qint64 exceptId = 0) const;

    /// Sets a draft item's deadline; a day the office is closed moves to the next business day,
    /// and the date actually stored is returned (invalid on failure).
    QDate setDeadline(qint64 itemId, const QDate &deadline, QString *error = nullptr);
    bool setFinding(qint64 itemId, const QString &finding, QString *error = nullptr);
    bool setImprovement(qint64 itemId, const QString &improvement, QString *error = nullptr);
    /// A recommendation has no deadline; an item made a non-conformity gets its default one.
    bool setSeverity(qint64 itemId, AdvisorySeverity severity, QString *error = nullptr);
    bool setIncluded(qint64 itemId, bool included, QString *error = nullptr);
    /// The letter's own fields, while it is a draft.
    bool setIssuedOn(qint64 advisoryId, const QDate &date, QString *error = nullptr);
    bool setAddressee(qint64 advisoryId, const QString &addressee, QString *error = nullptr);
    bool setHonorific(qint64 advisoryId, const QString &honorific, QString *error = nullptr);
    bool setBody(qint64 advisoryId, const QString &body, QString *error = nullptr);
    /// Deletes a draft; an issued letter is a record and stays.
    bool remove(qint64 advisoryId, QString *error = nullptr);

    /// The check items an advisory names, for a re-inspection of exactly those.
    QSet<qint64> checkItems(qint64 advisoryId) const;

    /// The item with its clause reference in the documents' digits (the one rule).
    static AdvisoryItem clauseInDigitsOf(AdvisoryItem item, const DocumentSettings &settings);
    /// The item columns every query of advisory_items selects (as "i.") and itemFrom() reads,
    /// starting at the query's first column; kItemColumnCount of them.
    static QString itemColumns();
    static constexpr int kItemColumnCount = 13;
    static AdvisoryItem itemFrom(const QSqlQuery &q);
    /// The columns of advisories load() reads (as "a."), and the reader.
    static QString letterColumns();
    static Advisory letterFrom(const QSqlQuery &q, int first = 0);

private:
    QList<AdvisoryItem> items(qint64 advisoryId) const;
    bool draftOfItem(qint64 itemId, QString *error) const;
    bool setItemColumn(qint64 itemId, const char *column, const QVariant &value, QString *error);
    bool setLetterColumn(qint64 advisoryId, const char *column, const QVariant &value, QString *error);

    QSqlDatabase m_db;
};

} // namespace Kansa
