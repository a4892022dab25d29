#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "settings/documentsettings.h"
#include "officekeyspanel.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QPushButton>
#include <QScrollBar>
#include <QWheelEvent>

namespace Kansa {

SettingsDialog::SettingsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    // Every change is saved at once, so a wheel turned while scrolling the page must not change
    // a number or a choice under the pointer: only a field with the focus takes the wheel.
    for (QWidget *w : m_ui->scrollContents->findChildren<QWidget *>())
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(this);
        }
    m_ui->sealCombo->addItem(tr("公印省略 is printed under the head's name"), QStringLiteral("omitted"));
    m_ui->sealCombo->addItem(tr("A place for the seal beside the head's name"), QStringLiteral("stamp"));
    m_ui->sealCombo->addItem(tr("Nothing"), QStringLiteral("none"));
    m_ui->honorificCombo->addItem(QStringLiteral("様"), QStringLiteral("様"));
    m_ui->honorificCombo->addItem(QStringLiteral("殿"), QStringLiteral("殿"));
    m_ui->digitsCombo->addItem(tr("Full-width (令和８年１１月２２日)"), QStringLiteral("1"));
    m_ui->digitsCombo->addItem(tr("Half-width (令和8年11月22日)"), QStringLiteral("0"));
    load();
    new OfficeKeysPanel(m_db, { m_ui->officeKeysList, m_ui->addKeyButton, m_ui->removeKeyButton, m_ui->showKeyButton,
                                  m_ui->createKeyButton },
        this);

    const std::pair<QLineEdit *, const char *> texts[] = {
        { m_ui->municipalityEdit, "issuer.municipality" }, { m_ui->departmentEdit, "issuer.department" },
        { m_ui->headTitleEdit, "issuer.head_title" }, { m_ui->headNameEdit, "issuer.head_name" },
        { m_ui->numberPatternEdit, "advisory.number_pattern" }, { m_ui->contactPersonEdit, "contact.person" },
        { m_ui->contactPhoneEdit, "contact.phone" }, { m_ui->contactEmailEdit, "contact.email" },
        { m_ui->defaultLeadEdit, "audit.default_lead" },
    };
    for (const auto &[edit, key] : texts)
        connect(edit, &QLineEdit::textChanged, this,
            [this, k = QString::fromLatin1(key)](const QString &text) { save(k, text.trimmed()); });
    const std::pair<QComboBox *, const char *> combos[] = {
        { m_ui->sealCombo, "issuer.seal" }, { m_ui->honorificCombo, "advisory.honorific" },
        { m_ui->digitsCombo, "dates.full_width" },
    };
    for (const auto &[combo, key] : combos)
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this, c = combo, k = QString::fromLatin1(key)] { save(k, c->currentData().toString()); });
    const std::pair<QSpinBox *, const char *> spins[] = {
        { m_ui->nextNumberSpin, "advisory.next_number" }, { m_ui->majorDaysSpin, "deadline.major_days" },
        { m_ui->minorDaysSpin, "deadline.minor_days" },
    };
    for (const auto &[spin, key] : spins)
        connect(spin, &QSpinBox::valueChanged, this,
            [this, k = QString::fromLatin1(key)](int v) { save(k, QString::number(v)); });
    const std::pair<QCheckBox *, const char *> checks[] = {
        { m_ui->approvalBoxesCheck, "report.approval_boxes" }, { m_ui->photoMarkupCheck, "report.photo_markup" },
        { m_ui->eraDatesCheck, "workbook.era_dates" },
    };
    for (const auto &[check, key] : checks)
        connect(check, &QCheckBox::toggled, this,
            [this, k = QString::fromLatin1(key)](bool on) { save(k, on ? QStringLiteral("1") : QStringLiteral("0")); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    showNumberPreview();
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    auto *w = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::Wheel && w && !w->hasFocus()) {
        QCoreApplication::sendEvent(m_ui->scroll->verticalScrollBar(), event); // scroll the page
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::load()
{
    m_loading = true;
    const DocumentSettings s = DocumentSettings::load(m_db);
    m_ui->municipalityEdit->setText(s.municipality);
    m_ui->departmentEdit->setText(s.department);
    m_ui->headTitleEdit->setText(s.headTitle);
    m_ui->headNameEdit->setText(s.headName);
    m_ui->sealCombo->setCurrentIndex(qMax(0, m_ui->sealCombo->findData(s.seal)));
    m_ui->numberPatternEdit->setText(s.numberPattern);
    m_ui->nextNumberSpin->setValue(s.nextNumber);
    m_ui->honorificCombo->setCurrentIndex(qMax(0, m_ui->honorificCombo->findData(s.honorific)));
    m_ui->digitsCombo->setCurrentIndex(s.fullWidthDigits ? 0 : 1);
    m_ui->majorDaysSpin->setValue(s.majorDays);
    m_ui->minorDaysSpin->setValue(s.minorDays);
    m_ui->contactPersonEdit->setText(s.contactPerson);
    m_ui->contactPhoneEdit->setText(s.contactPhone);
    m_ui->contactEmailEdit->setText(s.contactEmail);
    m_ui->defaultLeadEdit->setText(s.defaultLead);
    m_ui->approvalBoxesCheck->setChecked(s.approvalBoxes);
    m_ui->photoMarkupCheck->setChecked(s.photoMarkup);
    m_ui->eraDatesCheck->setChecked(s.eraDatesInWorkbooks);
    m_loading = false;
}

void SettingsDialog::save(const QString &key, const QString &value)
{
    if (m_loading)
        return;
    QString error;
    if (DocumentSettings::set(m_db, key, value, &error)) {
        m_ui->statusLabel->setStyleSheet(QString());
        m_ui->statusLabel->setText(tr("Saved."));
    } else {
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color:#b01c1c"));
        m_ui->statusLabel->setText(tr("Not saved: %1").arg(error));
        // The field shows what is stored, not the refused number (the message says why).
        if (key == QLatin1String("advisory.next_number")) {
            m_loading = true;
            m_ui->nextNumberSpin->setValue(DocumentSettings::load(m_db).nextNumber);
            m_loading = false;
        }
    }
    showNumberPreview();
    if (m_ui->requestLabel->isVisible() && DocumentSettings::load(m_db).missingIssuer().isEmpty())
        m_ui->requestLabel->setText(tr("The issuer is complete."));
}

void SettingsDialog::showNumberPreview()
{
    const DocumentSettings s = DocumentSettings::load(m_db);
    m_ui->numberPreview->setText(tr("The next letter will be %1.").arg(s.documentNumber(s.nextNumber)));
}

void SettingsDialog::setRequest(const QString &text)
{
    m_ui->requestLabel->setText(text);
    m_ui->requestLabel->setVisible(!text.isEmpty());
}

bool SettingsDialog::askForMissingIssuer(QSqlDatabase db, QWidget *parent)
{
    const QStringList missing = DocumentSettings::load(db).missingIssuer();
    if (missing.isEmpty())
        return true;
    SettingsDialog dialog(db, parent);
    dialog.setRequest(tr("Documents name the office that issues them. Please enter %1; it is "
                         "asked once and kept for every later document.")
                          .arg(missing.join(tr(", "))));
    if (missing.size() == 3 || DocumentSettings::load(db).municipality.isEmpty())
        dialog.m_ui->municipalityEdit->setFocus();
    else
        dialog.m_ui->headNameEdit->setFocus();
    dialog.exec();
    return DocumentSettings::load(db).missingIssuer().isEmpty();
}

} // namespace Kansa
