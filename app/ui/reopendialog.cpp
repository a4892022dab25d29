#include "reopendialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kansa {

ReopenDialog::ReopenDialog(const QString &suggestedActor, int signatures, const QString &notice, QWidget *parent)
    : QDialog(parent)
    , m_actor(new QLineEdit(suggestedActor, this))
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Reopen the checklist"));
    auto *intro = new QLabel(
        tr("Reopening voids the %n signature(s); the checklist must be signed again. Who reopens "
           "it, and why, is recorded with the audit.", nullptr, signatures),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    auto *letter = new QLabel(notice, this);
    letter->setObjectName(QStringLiteral("noticeLabel"));
    letter->setWordWrap(true);
    letter->setVisible(!notice.isEmpty());
    letter->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_actor->setObjectName(QStringLiteral("actorEdit"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(100);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reopened by"), m_actor);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reopen"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(letter);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_actor, &QLineEdit::textChanged, this, &ReopenDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReopenDialog::update);
    update();
    (m_actor->text().isEmpty() ? static_cast<QWidget *>(m_actor) : m_reason)->setFocus();
}

QString ReopenDialog::actor() const { return m_actor->text().trimmed(); }
QString ReopenDialog::reason() const { return m_reason->toPlainText().trimmed(); }

void ReopenDialog::update()
{
    m_ok->setEnabled(!actor().isEmpty() && !reason().isEmpty());
}

} // namespace Kansa
