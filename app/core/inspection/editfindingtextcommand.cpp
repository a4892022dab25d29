#include "inspection/editfindingtextcommand.h"
#include "inspection/inspectionsession.h"

#include <QCoreApplication>

namespace Kansa {

EditFindingTextCommand::EditFindingTextCommand(InspectionSession *session, qint64 checkItemId,
    FindingField field, const QString &from, const QString &to)
    : m_session(session)
    , m_item(checkItemId)
    , m_field(field)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("Kansa::EditFindingTextCommand", "Typing"));
}

void EditFindingTextCommand::redo()
{
    if (!m_session->applyText(m_item, m_field, m_to))
        setObsolete(true);
}

void EditFindingTextCommand::undo()
{
    m_session->applyText(m_item, m_field, m_from);
}

bool EditFindingTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditFindingTextCommand *>(other);
    if (o->m_item != m_item || o->m_field != m_field)
        return false;
    m_to = o->m_to;
    return true;
}

} // namespace Kansa
