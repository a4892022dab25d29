#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Kansa {

/// Asks who reopens a signed checklist and why; both are recorded with the audit. Says how many
/// signatures are voided, and what reopening means for a letter already issued (notice).
class ReopenDialog : public QDialog
{
    Q_OBJECT
public:
    ReopenDialog(const QString &suggestedActor, int signatures, const QString &notice,
        QWidget *parent = nullptr);

    QString actor() const;
    QString reason() const;
    QLineEdit *actorEdit() const { return m_actor; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

private:
    void update();

    QLineEdit *m_actor;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok = nullptr;
};

} // namespace Kansa
