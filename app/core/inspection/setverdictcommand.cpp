#include "inspection/setverdictcommand.h"
#include "inspection/inspectionsession.h"

#include <QCoreApplication>

namespace Kansa {

SetVerdictCommand::SetVerdictCommand(
    InspectionSession *session, qint64 checkItemId, Verdict from, Verdict to)
    : m_session(session)
    , m_item(checkItemId)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("Kansa::SetVerdictCommand", "Verdict: %1")
                .arg(Verdicts::label(to)));
}

void SetVerdictCommand::redo()
{
    // A change that could not be written is not kept on the stack.
    if (!m_session->applyVerdict(m_item, m_to))
        setObsolete(true);
}

void SetVerdictCommand::undo()
{
    m_session->applyVerdict(m_item, m_from);
}

} // namespace Kansa
