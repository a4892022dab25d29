#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Kansa {

/// Asks who reopens a signed checklist and why; both are recorded with the audit.
class ReopenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReopenDialog(const QString &suggestedActor, QWidget *parent = nullptr);

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
