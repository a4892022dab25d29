#pragma once

#include "audits/checkitem.h"

#include <QUndoCommand>

namespace Kansa {

class InspectionSession;

/// Undoable edit of a finding's note, problem or improvement. Consecutive edits of the same
/// field merge, so one undo takes back a burst of typing.
class EditFindingTextCommand : public QUndoCommand
{
public:
    enum { Id = 1001 };
    EditFindingTextCommand(InspectionSession *session, qint64 checkItemId, FindingField field,
        const QString &from, const QString &to);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    InspectionSession *m_session;
    qint64 m_item;
    FindingField m_field;
    QString m_from;
    QString m_to;
};

} // namespace Kansa
