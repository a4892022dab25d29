#include "officekeyspanel.h"

#include "crypto/agekeyfile.h"
#include "package/packagesettings.h"
#include "qrcodeimage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Kansa {

OfficeKeysPanel::OfficeKeysPanel(QSqlDatabase db, const Widgets &widgets, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_w(widgets)
    , m_parent(parent)
{
    connect(m_w.add, &QPushButton::clicked, this, &OfficeKeysPanel::add);
    connect(m_w.remove, &QPushButton::clicked, this, &OfficeKeysPanel::remove);
    connect(m_w.create, &QPushButton::clicked, this, &OfficeKeysPanel::create);
    connect(m_w.show, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_w.list->currentItem())
            showKey(item->text(), m_parent);
    });
    connect(m_w.list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_w.remove->setEnabled(row >= 0);
        m_w.show->setEnabled(row >= 0);
    });
    reload();
}

void OfficeKeysPanel::reload()
{
    m_w.list->clear();
    for (const AgeRecipient &r : PackageSettings::recipients(m_db))
        m_w.list->addItem(r.toString());
    m_w.list->setCurrentRow(m_w.list->count() - 1);
    m_w.remove->setEnabled(m_w.list->count() > 0);
    m_w.show->setEnabled(m_w.list->count() > 0);
}

void OfficeKeysPanel::add()
{
    bool ok = false;
    const QString key = QInputDialog::getText(m_parent, tr("Add an office key"),
        tr("The office's public key (age1…, 62 characters), as the office's Kansa shows it:"), QLineEdit::Normal,
        QApplication::clipboard()->text().trimmed().startsWith(QLatin1String("age1")) ? QApplication::clipboard()->text().trimmed() : QString(),
        &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    QString error;
    if (!PackageSettings::addRecipient(m_db, key, &error))
        QMessageBox::warning(m_parent, tr("Add an office key"), error);
    reload();
}

void OfficeKeysPanel::remove()
{
    QListWidgetItem *item = m_w.list->currentItem();
    if (!item
        || QMessageBox::question(m_parent, tr("Remove the office key"),
               tr("Packages exported from now on will no longer be encrypted to %1. Remove it?").arg(item->text()))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!PackageSettings::removeRecipient(m_db, item->text(), &error))
        QMessageBox::warning(m_parent, tr("Remove the office key"), error);
    reload();
}

void OfficeKeysPanel::create()
{
    QMessageBox::information(m_parent, tr("Create the office's key pair"),
        tr("The office creates its key pair once, on the computer that imports the packages. The key file "
           "opens every package sent to the office: keep it there (and a copy in the office's safe), never on "
           "a laptop. Laptops get only the public key (age1…)."));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Create the office's key pair"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("office.key")),
        tr("Key files (*.key)"));
    if (path.isEmpty())
        return;
    QString passphrase;
    for (;;) { // the key file is stored encrypted under a passphrase, typed twice
        bool ok = false;
        passphrase = QInputDialog::getText(m_parent, tr("Create the office's key pair"),
            tr("A passphrase that protects the key file (at least %1 characters; a few words are easy to remember):")
                .arg(AgeKeyFile::MinPassphraseLength),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        if (const QString weak = AgeKeyFile::weakness(passphrase); !weak.isEmpty()) {
            QMessageBox::information(m_parent, tr("Create the office's key pair"), weak);
            continue;
        }
        const QString again = QInputDialog::getText(m_parent, tr("Create the office's key pair"),
            tr("The same passphrase again:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        if (again == passphrase)
            break;
        QMessageBox::information(m_parent, tr("Create the office's key pair"), tr("The two passphrases differ."));
    }
    const AgeIdentity identity = AgeIdentity::generate();
    if (const QString error = AgeKeyFile::write(path, identity, passphrase); !error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Create the office's key pair"), error);
        return;
    }
    QString error;
    PackageSettings::addRecipient(m_db, identity.recipient().toString(), &error);
    reload();
    showKey(identity.recipient().toString(), m_parent);
}

void OfficeKeysPanel::showKey(const QString &key, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("The office's public key"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *explain = new QLabel(tr("Add this key on every laptop (Settings ▸ Packages ▸ Add a key…, or "
                                  "kansa-cli keys office add): scan the code, or copy the text."),
        &dialog);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *code = new QLabel(&dialog);
    code->setPixmap(QPixmap::fromImage(QrCodeImage::make(key, 5)));
    code->setAlignment(Qt::AlignCenter);
    layout->addWidget(code);
    auto *text = new QLineEdit(key, &dialog);
    text->setReadOnly(true);
    text->setMinimumWidth(text->fontMetrics().horizontalAdvance(key) + 24);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QObject::connect(copy, &QPushButton::clicked, &dialog, [key] { QApplication::clipboard()->setText(key); });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace Kansa
