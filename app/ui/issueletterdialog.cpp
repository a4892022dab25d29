#include "issueletterdialog.h"
#include "datefield.h"

#include "calendar/today.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kansa {

IssueLetterDialog::IssueLetterDialog(const QString &number, const QString &draftedBy,
    const QString &approvedBy, const QDate &date, const QDate &earliest, QWidget *parent)
    : QDialog(parent)
    , m_drafted(new QLineEdit(draftedBy, this))
    , m_approved(new QLineEdit(approvedBy, this))
    , m_date(new DateField(this))
    , m_problem(new QLabel(this))
    , m_earliest(earliest)
{
    setWindowTitle(tr("Issue the letter"));
    auto *intro = new QLabel(tr("The letter is issued as %1 once it is approved (決裁). Its number is "
                                "taken and it can no longer change; a mistake found later is corrected "
                                "by a new letter. The approval date is the letter's date.")
                                 .arg(number),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    m_drafted->setObjectName(QStringLiteral("draftedByEdit"));
    m_approved->setObjectName(QStringLiteral("approvedByEdit"));
    m_date->setObjectName(QStringLiteral("approvedOnField"));
    m_date->setDate(date);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b01c1c"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Drafted by (起案)"), m_drafted);
    form->addRow(tr("A&pproved by (決裁)"), m_approved);
    form->addRow(tr("Approval da&te"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Issue"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_drafted, &QLineEdit::textChanged, this, &IssueLetterDialog::update);
    connect(m_approved, &QLineEdit::textChanged, this, &IssueLetterDialog::update);
    connect(m_date, &DateField::dateChanged, this, &IssueLetterDialog::update);
    update();
    (m_drafted->text().isEmpty() ? m_drafted : m_approved)->setFocus();
    resize(560, sizeHint().height());
}

QString IssueLetterDialog::draftedBy() const { return m_drafted->text().trimmed(); }
QString IssueLetterDialog::approvedBy() const { return m_approved->text().trimmed(); }
QDate IssueLetterDialog::approvedOn() const { return m_date->date(); }

void IssueLetterDialog::showRefusal(const QString &why)
{
    m_problem->setText(why);
    m_problem->setVisible(true);
}

void IssueLetterDialog::update()
{
    QString problem;
    if (m_earliest.isValid() && approvedOn() < m_earliest)
        problem = tr("The last letter issued is dated %1; this one, with a later number, cannot be "
                     "dated earlier.")
                      .arg(m_earliest.toString(Qt::ISODate));
    else if (approvedOn() > Today::date())
        problem = tr("The approval date is after today.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty() && !draftedBy().isEmpty() && !approvedBy().isEmpty()
        && approvedOn().isValid());
}

} // namespace Kansa
