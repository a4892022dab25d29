#pragma once

#include "audits/verdict.h"

#include <QUndoCommand>

namespace Kansa {

class InspectionSession;

/// Undoable change of one check item's verdict.
class SetVerdictCommand : public QUndoCommand
{
public:
    SetVerdictCommand(InspectionSession *session, qint64 checkItemId, Verdict from, Verdict to);
    void redo() override;
    void undo() override;

private:
    InspectionSession *m_session;
    qint64 m_item;
    Verdict m_from;
    Verdict m_to;
};

} // namespace Kansa
