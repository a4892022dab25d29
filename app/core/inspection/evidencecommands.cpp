#include "inspection/evidencecommands.h"
#include "inspection/inspectionsession.h"

#include <QCoreApplication>

namespace Kansa {

AddEvidenceCommand::AddEvidenceCommand(InspectionSession *session, const Evidence &evidence)
    : m_session(session)
    , m_evidence(evidence)
{
    setText(QCoreApplication::translate("Kansa::EvidenceCommands", "Add %1")
                .arg(evidence.originalName));
}

void AddEvidenceCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    m_session->applyEvidenceRestored(m_evidence);
}

void AddEvidenceCommand::undo()
{
    m_session->applyEvidenceRemoved(m_evidence);
}

RemoveEvidenceCommand::RemoveEvidenceCommand(InspectionSession *session, const Evidence &evidence)
    : m_session(session)
    , m_evidence(evidence)
{
    setText(QCoreApplication::translate("Kansa::EvidenceCommands", "Remove %1")
                .arg(evidence.originalName));
}

void RemoveEvidenceCommand::redo()
{
    if (!m_session->applyEvidenceRemoved(m_evidence))
        setObsolete(true);
}

void RemoveEvidenceCommand::undo()
{
    m_session->applyEvidenceRestored(m_evidence);
}

} // namespace Kansa
