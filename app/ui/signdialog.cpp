#include "signdialog.h"

#include "signaturepad.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kansa {

SignDialog::SignDialog(SignOff &signOff, qint64 auditId, SignatureRole role, const Signer &inspector,
    const Signer &contractor, QWidget *parent)
    : QDialog(parent)
    , m_signOff(signOff)
    , m_auditId(auditId)
    , m_role(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_pad(new SignaturePad(this))
{
    setWindowTitle(tr("Sign the checklist"));
    for (SignatureRole r : { SignatureRole::Inspector, SignatureRole::Contractor })
        m_role->addItem(SignatureRoles::label(r), int(r));
    m_role->setCurrentIndex(role == SignatureRole::Inspector ? 0 : 1);
    auto fill = [this, inspector, contractor] {
        const Signer &s = m_role->currentIndex() == 0 ? inspector : contractor;
        if (!m_name->isModified())
            m_name->setText(s.name);
        if (!m_title->isModified())
            m_title->setText(s.title);
    };
    fill();
    connect(m_role, &QComboBox::currentIndexChanged, this, fill);
    auto *form = new QFormLayout;
    form->addRow(tr("Signing as"), m_role);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Title"), m_title);
    auto *note = new QLabel(tr("Signing fixes the checklist as it is now: verdicts, notes and "
                               "evidence. Changing it later needs a reopen, which voids the signatures."), this);
    note->setWordWrap(true);
    auto *tools = new QHBoxLayout;
    auto *clear = new QPushButton(tr("Clear"), this);
    auto *undo = new QPushButton(tr("Undo stroke"), this);
    auto *redo = new QPushButton(tr("Redo stroke"), this);
    tools->addWidget(clear);
    tools->addWidget(undo);
    tools->addWidget(redo);
    tools->addStretch();
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(undo, &QPushButton::clicked, m_pad, &SignaturePad::undo);
    connect(redo, &QPushButton::clicked, m_pad, &SignaturePad::redo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm signature"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(new QLabel(tr("Sign in the box:"), this));
    layout->addWidget(m_pad, 1);
    layout->addLayout(tools);
    layout->addWidget(buttons);
}

void SignDialog::accept()
{
    QString error;
    const auto role = SignatureRole(m_role->currentData().toInt());
    if (!m_signOff.sign(m_auditId, role, m_name->text(), m_title->text(), m_pad->toPng(), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace Kansa
