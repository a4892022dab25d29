#include "inspection/editcaptioncommand.h"
#include "inspection/inspectionsession.h"

#include <QCoreApplication>

namespace Kansa {

EditCaptionCommand::EditCaptionCommand(
    InspectionSession *session, const Evidence &evidence, const QString &to)
    : m_session(session)
    , m_evidence(evidence.id)
    , m_item(evidence.checkItemId)
    , m_from(evidence.caption)
    , m_to(to)
{
    setText(QCoreApplication::translate("Kansa::EditCaptionCommand", "Caption"));
}

void EditCaptionCommand::redo()
{
    if (!m_session->applyCaption(m_evidence, m_item, m_to))
        setObsolete(true);
}

void EditCaptionCommand::undo()
{
    m_session->applyCaption(m_evidence, m_item, m_from);
}

bool EditCaptionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditCaptionCommand *>(other);
    if (o->m_evidence != m_evidence)
        return false;
    m_to = o->m_to;
    return true;
}

} // namespace Kansa
