#pragma once

#include "evidence/photomarkup.h"

#include <QUndoCommand>

namespace Kansa {

class InspectionSession;

/// Undoable change of what is drawn on a photo (a mark added, moved, resized or deleted).
class EditMarkupCommand : public QUndoCommand
{
public:
    EditMarkupCommand(InspectionSession *session, qint64 evidenceId, qint64 checkItemId, const PhotoMarkup &from,
        const PhotoMarkup &to, const QString &text);
    void redo() override;
    void undo() override;

private:
    InspectionSession *m_session;
    qint64 m_evidence;
    qint64 m_item;
    PhotoMarkup m_from;
    PhotoMarkup m_to;
};

} // namespace Kansa
