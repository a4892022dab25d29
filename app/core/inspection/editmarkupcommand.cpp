#include "inspection/editmarkupcommand.h"
#include "inspection/inspectionsession.h"

namespace Kansa {

EditMarkupCommand::EditMarkupCommand(InspectionSession *session, qint64 evidenceId, qint64 checkItemId,
    const PhotoMarkup &from, const PhotoMarkup &to, const QString &text)
    : m_session(session)
    , m_evidence(evidenceId)
    , m_item(checkItemId)
    , m_from(from)
    , m_to(to)
{
    setText(text);
}

void EditMarkupCommand::redo()
{
    if (!m_session->applyMarkup(m_evidence, m_item, m_to))
        setObsolete(true);
}

void EditMarkupCommand::undo()
{
    m_session->applyMarkup(m_evidence, m_item, m_from);
}

} // namespace Kansa
