#pragma once

#include "evidence/evidence.h"

#include <QUndoCommand>

namespace Kansa {

class InspectionSession;

/// Undoable edit of a photo's or document's caption; consecutive edits merge.
class EditCaptionCommand : public QUndoCommand
{
public:
    enum { Id = 1002 };
    EditCaptionCommand(InspectionSession *session, const Evidence &evidence, const QString &to);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    InspectionSession *m_session;
    qint64 m_evidence;
    qint64 m_item;
    QString m_from;
    QString m_to;
};

} // namespace Kansa
