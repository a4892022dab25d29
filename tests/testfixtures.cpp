#include "testfixtures.h"

#include "audits/auditrepository.h"
#include "clauses/clausesetrepository.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QWidget>

namespace TestFixtures {

qint64 newAudit(QSqlDatabase db, const QString &contractor, const QString &leadInspector)
{
    std::optional<Kansa::ClauseSet> set;
    for (const Kansa::ClauseSetSummary &s : Kansa::ClauseSetRepository(db).list())
        if (s.sourceName.startsWith(QLatin1String("000_")))
            set = Kansa::ClauseSetRepository(db).load(s.id);
    if (!set)
        return 0;
    Kansa::Audit a;
    a.contractor.name = contractor;
    a.date = QDate(2026, 11, 22);
    a.leadInspector = leadInspector;
    return Kansa::AuditRepository(db).create(a, *set);
}

void typeJapanese(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

} // namespace TestFixtures
