#include "followupstepdialog.h"
#include "calendar/today.h"
#include "ui_followupstepdialog.h"
#include "datefield.h"

#include "advisory/followup.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace Kansa {

FollowUpStepDialog::FollowUpStepDialog(FollowUp &followUp, Step step, const DueItem &row,
    const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FollowUpStepDialog>())
    , m_followUp(followUp)
    , m_step(step)
    , m_itemId(row.item.id)
{
    m_ui->setupUi(this);
    struct Wording
    {
        QString title, text;
        bool files;
    };
    const Wording w = [&]() -> Wording {
        switch (step) {
        case Step::Respond: return { tr("Response received"), tr("What the contractor reported"), true };
        case Step::Verify: return { tr("Improvement verified"), tr("How it was verified"), true };
        case Step::Return: return { tr("Return the response"), tr("Why it is not sufficient"), false };
        case Step::Close: return { tr("Close the item"), tr("Note (optional)"), false };
        case Step::NotRequired: return { tr("No action required"), tr("Why no action is required"), false };
        }
        return {};
    }();
    setWindowTitle(w.title);
    m_ui->itemLabel->setText(tr("%1 item %2, %3 (%4): %5")
                                 .arg(row.documentNumber)
                                 .arg(row.item.ordinal)
                                 .arg(row.item.clause, row.contractor, row.item.finding.left(120)));
    m_ui->textLabel->setText(w.text);
    m_ui->textLabel->setVisible(!w.text.isEmpty());
    m_ui->textEdit->setVisible(!w.text.isEmpty());
    for (QWidget *f : std::initializer_list<QWidget *> { m_ui->filesLabel, m_ui->fileList, m_ui->addFileButton,
             m_ui->removeFileButton })
        f->setVisible(w.files);
    // No minimum or maximum on the field: a typed date outside them was silently replaced by
    // the limit (the trial recorded 11-23 for a typed 12-01). The core refuses a future date or
    // one before the letter or the last step, and the dialog says why.
    m_ui->dateEdit->setDate(Today::date());
    m_ui->byEdit->setText(actor);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(m_ui->addFileButton, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("Attach the contractor's report or photos"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Photos and PDFs (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.pdf *.JPG *.JPEG *.PNG *.PDF)")));
    });
    connect(m_ui->removeFileButton, &QPushButton::clicked, this, [this] { delete m_ui->fileList->currentItem(); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (record())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (w.text.isEmpty())
        m_ui->byEdit->setFocus();
    else
        m_ui->textEdit->setFocus();
}

FollowUpStepDialog::~FollowUpStepDialog() = default;

void FollowUpStepDialog::setText(const QString &text)
{
    m_ui->textEdit->setPlainText(text);
}

void FollowUpStepDialog::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(QFileInfo(p).fileName(), m_ui->fileList);
        item->setData(Qt::UserRole, p);
        item->setToolTip(p);
    }
}

bool FollowUpStepDialog::record()
{
    m_ui->dateEdit->interpretText(); // a date typed and not yet left counts
    const QDate date = m_ui->dateEdit->date();
    const QString actor = m_ui->byEdit->text().trimmed();
    const QString text = m_ui->textEdit->toPlainText().trimmed();
    QStringList files;
    for (int i = 0; i < m_ui->fileList->count(); ++i)
        files << m_ui->fileList->item(i)->data(Qt::UserRole).toString();
    QString error;
    bool ok = false;
    switch (m_step) {
    case Step::Respond: ok = m_followUp.respond(m_itemId, date, actor, text, files, &error); break;
    case Step::Verify: ok = m_followUp.verify(m_itemId, date, actor, text, files, &error); break;
    case Step::Return: ok = m_followUp.returnItem(m_itemId, date, actor, text, &error); break;
    case Step::Close: ok = m_followUp.close(m_itemId, date, actor, text, &error); break;
    case Step::NotRequired: ok = m_followUp.notRequired(m_itemId, date, actor, text, &error); break;
    }
    m_ui->errorLabel->setText(ok ? QString() : error);
    return ok;
}

} // namespace Kansa
