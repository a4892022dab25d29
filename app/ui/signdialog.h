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
    /// Who signs for each role, as the audit names them (the contractor's representative and
    /// 職名); the fields follow the role chosen until the user types in them.
    struct Signer
    {
        QString name;
        QString title;
    };
    SignDialog(SignOff &signOff, qint64 auditId, SignatureRole role, const Signer &inspector,
        const Signer &contractor, QWidget *parent = nullptr);
    QLineEdit *titleEdit() const { return m_title; }

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
