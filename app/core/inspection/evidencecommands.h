#pragma once

#include "evidence/evidence.h"

#include <QUndoCommand>

namespace Kansa {

class InspectionSession;

/// Undoable addition of evidence. The evidence is stored before the command is pushed (the
/// import already wrote it), so the first redo does nothing.
class AddEvidenceCommand : public QUndoCommand
{
public:
    AddEvidenceCommand(InspectionSession *session, const Evidence &evidence);
    void redo() override;
    void undo() override;

private:
    InspectionSession *m_session;
    Evidence m_evidence;
    bool m_stored = true;
};

/// Undoable removal of evidence; its file stays in the store until no evidence refers to it.
class RemoveEvidenceCommand : public QUndoCommand
{
public:
    RemoveEvidenceCommand(InspectionSession *session, const Evidence &evidence);
    void redo() override;
    void undo() override;

private:
    InspectionSession *m_session;
    Evidence m_evidence;
};

} // namespace Kansa
