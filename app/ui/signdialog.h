#pragma once

#include "signoff/signoff.h"

#include <QDialog>

class QLineEdit;
class QComboBox;

namespace Kansa {

class SignaturePad;

/// Asks who signs (role, name, title) and takes the signature. Confirming stores it at once
/// through SignOff; the dialog closes only when the signature is on disk.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(SignOff &signOff, qint64 auditId, SignatureRole role, const QString &name,
        QWidget *parent = nullptr);

    SignaturePad *pad() const { return m_pad; }
    QLineEdit *nameEdit() const { return m_name; }

public slots:
    void accept() override;

private:
    SignOff &m_signOff;
    qint64 m_auditId;
    QComboBox *m_role;
    QLineEdit *m_name;
    QLineEdit *m_title;
    SignaturePad *m_pad;
};

} // namespace Kansa
