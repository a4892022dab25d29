#include "advisoryeditor.h"
#include "issueletterdialog.h"
#include "calendar/today.h"
#include "ui_advisoryeditor.h"
#include "datefield.h"

#include "advisory/advisorylifecycle.h"
#include "advisory/advisoryrepository.h"
#include "settings/documentsettings.h"
#include "advisoryletter.h"
#include "audits/auditrepository.h"
#include "calendar/businesscalendar.h"
#include "documentpreview.h"
#include "settingsdialog.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>

namespace Kansa {

namespace {

enum Column { IncludeColumn, NumberColumn, ClauseColumn, SeverityColumn, DeadlineColumn, ColumnCount };

} // namespace

AdvisoryEditor::AdvisoryEditor(QSqlDatabase db, DocumentExport &exporter, qint64 advisoryId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdvisoryEditor>())
    , m_db(std::move(db))
    , m_exporter(exporter)
{
    m_ui->setupUi(this);
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableSize() - QSize(40, 60);
        resize(size().boundedTo(room));
    }
    m_ui->honorificCombo->addItem(QStringLiteral("様"), QStringLiteral("様"));
    m_ui->honorificCombo->addItem(QStringLiteral("殿"), QStringLiteral("殿"));
    for (AdvisorySeverity s : { AdvisorySeverity::Major, AdvisorySeverity::Minor, AdvisorySeverity::Recommendation })
        m_ui->severityCombo->addItem(AdvisorySeverities::label(s), int(s));
    m_ui->itemTable->setColumnCount(ColumnCount);
    m_ui->itemTable->setHorizontalHeaderLabels({ tr("In"), tr("No."), tr("Clause"), tr("Severity"), tr("Deadline") });
    m_ui->itemTable->verticalHeader()->hide();
    m_ui->itemTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({ width() * 2 / 5, width() * 3 / 5 });

    AdvisoryRepository letters(m_db);
    const std::optional<Advisory> a = letters.load(advisoryId);
    if (a)
        m_advisory = *a;
    // Initial deadlines moved from a closed day say so, like edited ones.
    noteDefaultShifts();

    auto letterEdit = [this](auto write) {
        if (m_loading)
            return;
        QString error;
        saved(write(AdvisoryRepository(m_db), &error), error);
    };
    connect(m_ui->dateEdit, &DateField::dateChanged, this, [=, this](const QDate &d) {
        letterEdit([&](AdvisoryRepository r, QString *e) { return r.setIssuedOn(m_advisory.id, d, e); });
        if (m_loading)
            return;
        // Said now, not only when issuing: a deadline the new date has passed.
        QStringList passed;
        for (const AdvisoryItem &i : std::as_const(m_advisory.items))
            if (i.included && i.deadline.isValid() && i.deadline < d)
                passed << i.clause;
        if (!passed.isEmpty()) {
            m_ui->saveLabel->setStyleSheet(QStringLiteral("color:#b01c1c"));
            m_ui->saveLabel->setText(tr("Saved. The deadline of %1 is before the letter's date: move it before issuing.")
                                         .arg(passed.join(QStringLiteral("、"))));
        }
    });
    connect(m_ui->addresseeEdit, &QPlainTextEdit::textChanged, this, [=, this] {
        letterEdit([&](AdvisoryRepository r, QString *e) {
            return r.setAddressee(m_advisory.id, m_ui->addresseeEdit->toPlainText().trimmed(), e);
        });
    });
    connect(m_ui->honorificCombo, &QComboBox::currentIndexChanged, this, [=, this] {
        letterEdit([&](AdvisoryRepository r, QString *e) {
            return r.setHonorific(m_advisory.id, m_ui->honorificCombo->currentData().toString(), e);
        });
    });
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, [=, this] {
        letterEdit([&](AdvisoryRepository r, QString *e) {
            return r.setBody(m_advisory.id, m_ui->bodyEdit->toPlainText(), e);
        });
    });
    connect(m_ui->resetBodyButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (AdvisoryRepository(m_db).setBody(m_advisory.id, QString(), &error))
            reload(currentItem() ? currentItem()->id : 0);
        saved(error.isEmpty(), error);
    });

    auto itemEdit = [this](auto write) {
        const AdvisoryItem *item = currentItem();
        if (m_loading || !item)
            return;
        QString error;
        const qint64 id = item->id;
        saved(write(AdvisoryRepository(m_db), id, &error), error);
        reload(id);
    };
    connect(m_ui->itemTable, &QTableWidget::itemSelectionChanged, this, &AdvisoryEditor::showItem);
    connect(m_ui->includeCheck, &QCheckBox::toggled, this, [=, this](bool on) {
        itemEdit([&](AdvisoryRepository r, qint64 id, QString *e) { return r.setIncluded(id, on, e); });
    });
    connect(m_ui->severityCombo, &QComboBox::currentIndexChanged, this, [=, this] {
        const auto severity = AdvisorySeverity(m_ui->severityCombo->currentData().toInt());
        itemEdit([&](AdvisoryRepository r, qint64 id, QString *e) { return r.setSeverity(id, severity, e); });
        // A new severity gives the item its default deadline, which may have moved too.
        noteDefaultShifts();
        showItem();
    });
    // Texts are saved as they are typed, without reloading under the cursor.
    connect(m_ui->findingEdit, &QPlainTextEdit::textChanged, this, [this] {
        const AdvisoryItem *item = currentItem();
        if (m_loading || !item)
            return;
        QString error;
        saved(AdvisoryRepository(m_db).setFinding(item->id, m_ui->findingEdit->toPlainText(), &error), error);
        const bool wasEmpty = item->finding.trimmed().isEmpty();
        m_advisory.items[m_ui->itemTable->currentRow()].finding = m_ui->findingEdit->toPlainText();
        // A finding emptied or written: the table's numbers and its 「指摘事項が未記入」 follow.
        if (wasEmpty != m_ui->findingEdit->toPlainText().trimmed().isEmpty())
            fillTable();
    });
    connect(m_ui->improvementEdit, &QPlainTextEdit::textChanged, this, [this] {
        const AdvisoryItem *item = currentItem();
        if (m_loading || !item)
            return;
        QString error;
        saved(AdvisoryRepository(m_db).setImprovement(item->id, m_ui->improvementEdit->toPlainText(), &error), error);
        m_advisory.items[m_ui->itemTable->currentRow()].improvement = m_ui->improvementEdit->toPlainText();
    });
    connect(m_ui->deadlineEdit, &DateField::dateChanged, this, &AdvisoryEditor::saveDeadline);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &AdvisoryEditor::preview);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &AdvisoryEditor::issue);
    connect(m_ui->correctButton, &QPushButton::clicked, this, &AdvisoryEditor::correct);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    reload();
}

AdvisoryEditor::~AdvisoryEditor() = default;

const AdvisoryItem *AdvisoryEditor::currentItem() const
{
    const int row = m_ui->itemTable->currentRow();
    return row >= 0 && row < m_advisory.items.size() ? &m_advisory.items.at(row) : nullptr;
}

void AdvisoryEditor::reload(qint64 selectItem)
{
    if (const std::optional<Advisory> a = AdvisoryRepository(m_db).load(m_advisory.id))
        m_advisory = *a;
    m_loading = true;
    const bool draft = m_advisory.isDraft();
    if (draft)
        m_ui->statusTitle->setText(tr("Draft: nothing is final until the letter is issued. Every change is saved."));
    else
        m_ui->statusTitle->setText(tr("%1, issued on %2 (drafted by %3, approved by %4). An issued letter "
                                      "does not change; a correction is a new letter that refers to it.")
                                       .arg(m_advisory.documentNumber, m_advisory.issuedOn.toString(Qt::ISODate),
                                           m_advisory.draftedBy.isEmpty() ? tr("(not recorded)") : m_advisory.draftedBy,
                                           m_advisory.issuedBy.isEmpty() ? tr("(not recorded)") : m_advisory.issuedBy));
    if (m_advisory.status == AdvisoryStatus::Superseded)
        m_ui->statusTitle->setText(m_ui->statusTitle->text() + QLatin1Char(' ') + AdvisoryStatuses::label(m_advisory.status));
    setWindowTitle(draft ? tr("Advisory letter (draft)") : tr("Advisory letter %1").arg(m_advisory.documentNumber));
    m_ui->dateEdit->setDate(m_advisory.issuedOn);
    const DocumentSettings s = DocumentSettings::load(m_db);
    m_ui->numberLabel->setText(draft ? tr("taken when issued (next: %1)").arg(s.documentNumber(s.nextNumber))
                                     : m_advisory.documentNumber);
    if (m_ui->addresseeEdit->toPlainText() != m_advisory.addressee)
        m_ui->addresseeEdit->setPlainText(m_advisory.addressee);
    m_ui->honorificCombo->setCurrentIndex(qMax(0, m_ui->honorificCombo->findData(m_advisory.honorific)));
    if (const auto in = AdvisoryLetter::load(m_db, m_advisory.id)) {
        const QString body = m_advisory.body.isEmpty() ? AdvisoryLetter::standardBody(*in) : m_advisory.body;
        if (m_ui->bodyEdit->toPlainText() != body)
            m_ui->bodyEdit->setPlainText(body);
    }
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->dateEdit, m_ui->honorificCombo,
             m_ui->resetBodyButton, m_ui->includeCheck, m_ui->severityCombo, m_ui->deadlineEdit })
        w->setEnabled(draft);
    for (QPlainTextEdit *e : { m_ui->addresseeEdit, m_ui->bodyEdit, m_ui->findingEdit, m_ui->improvementEdit })
        e->setReadOnly(!draft);
    m_ui->issueButton->setVisible(draft);
    m_ui->correctButton->setVisible(m_advisory.status == AdvisoryStatus::Issued);
    fillTable();
    int row = 0;
    for (int r = 0; r < m_advisory.items.size(); ++r)
        if (m_advisory.items.at(r).id == selectItem)
            row = r;
    m_loading = false;
    if (!m_advisory.items.isEmpty())
        m_ui->itemTable->selectRow(row);
    showItem();
}

void AdvisoryEditor::fillTable()
{
    QTableWidget *t = m_ui->itemTable;
    t->setRowCount(int(m_advisory.items.size()));
    int printed = 0;
    for (int r = 0; r < m_advisory.items.size(); ++r) {
        const AdvisoryItem &i = m_advisory.items.at(r);
        const bool shown = i.included && !i.finding.trimmed().isEmpty();
        // Included but without its finding: it blocks issuing, so it says so (in red), rather
        // than reading as left out (the trial: 記載しない beside a ticked box).
        const bool unfinished = i.included && !shown;
        const QStringList cells { i.included ? QStringLiteral("✓") : QString(),
            shown ? QString::number(++printed) : unfinished ? tr("finding missing") : tr("left out"), i.clause,
            AdvisorySeverities::label(i.severity),
            i.severity == AdvisorySeverity::Recommendation ? tr("(none)") : i.deadline.toString(Qt::ISODate) };
        // Cells are updated in place, so a refresh while typing keeps the selection.
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *cell = t->item(r, c);
            if (!cell) {
                cell = new QTableWidgetItem;
                t->setItem(r, c, cell);
            }
            cell->setText(cells.at(c));
            cell->setForeground(unfinished ? QColor(176, 28, 28) : !shown ? QColor(130, 130, 130) : t->palette().text().color());
        }
    }
    t->resizeColumnsToContents();
}

void AdvisoryEditor::showItem()
{
    if (m_loading)
        return;
    const AdvisoryItem *item = currentItem();
    m_ui->itemBox->setEnabled(item != nullptr);
    if (!item)
        return;
    m_loading = true;
    m_ui->itemBox->setTitle(tr("Item: %1").arg(item->clause));
    m_ui->includeCheck->setChecked(item->included);
    m_ui->severityCombo->setCurrentIndex(m_ui->severityCombo->findData(int(item->severity)));
    if (m_ui->findingEdit->toPlainText() != item->finding)
        m_ui->findingEdit->setPlainText(item->finding);
    if (m_ui->improvementEdit->toPlainText() != item->improvement)
        m_ui->improvementEdit->setPlainText(item->improvement);
    const bool rec = item->severity == AdvisorySeverity::Recommendation;
    m_ui->deadlineEdit->setEnabled(m_advisory.isDraft() && !rec);
    m_ui->deadlineEdit->setDate(item->deadline.isValid() ? item->deadline : m_advisory.issuedOn);
    QString note = rec ? tr("A recommendation has no deadline.") : m_deadlineNotes.value(item->id);
    if (item->included && item->finding.trimmed().isEmpty())
        note = tr("Without a finding this item is not printed; write what was found.");
    m_ui->deadlineNote->setText(note);
    m_loading = false;
}

void AdvisoryEditor::noteDefaultShifts()
{
    const DocumentSettings s = DocumentSettings::load(m_db);
    for (const AdvisoryItem &i : std::as_const(m_advisory.items)) {
        if (!i.deadline.isValid() || i.severity == AdvisorySeverity::Recommendation)
            continue;
        const QDate requested = m_advisory.issuedOn.addDays(
            i.severity == AdvisorySeverity::Major ? s.majorDays : s.minorDays);
        if (BusinessCalendar::onOrAfter(requested) == i.deadline)
            m_deadlineNotes.insert(i.id, BusinessCalendar::explainShift(requested, i.deadline));
    }
}

void AdvisoryEditor::saveDeadline(const QDate &requested)
{
    const AdvisoryItem *item = currentItem();
    if (m_loading || !item)
        return;
    QString error;
    const qint64 id = item->id;
    const QDate stored = AdvisoryRepository(m_db).setDeadline(id, requested, &error);
    saved(stored.isValid(), error);
    if (!stored.isValid()) {
        m_ui->deadlineNote->setText(error); // beside the field, not only in the status line
        return;
    }
    m_deadlineNotes.insert(id, BusinessCalendar::explainShift(requested, stored));
    reload(id);
}

void AdvisoryEditor::saved(bool ok, const QString &error)
{
    m_ui->saveLabel->setStyleSheet(ok ? QString() : QStringLiteral("color:#b01c1c"));
    m_ui->saveLabel->setText(ok ? tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("H:mm:ss")))
                                : tr("Not saved: %1").arg(error));
}

void AdvisoryEditor::issue()
{
    // A date still being typed is committed first, and the question names the letter as it is
    // stored (the trial: it asked about 12-28 and issued a letter dated 11-24).
    m_ui->dateEdit->interpretText();
    m_ui->deadlineEdit->interpretText();
    if (const std::optional<Advisory> stored = AdvisoryRepository(m_db).load(m_advisory.id))
        m_advisory = *stored;
    const DocumentSettings s = DocumentSettings::load(m_db);
    if (!SettingsDialog::askForMissingIssuer(m_db, this))
        return;
    // 起案 → 決裁: the lead inspector drafts, the approver (remembered) approves; the approval
    // date is the letter's, never before the last letter issued.
    QString drafter = s.defaultLead;
    if (const auto audit = AuditRepository(m_db).load(m_advisory.auditId); audit && !audit->leadInspector.isEmpty())
        drafter = audit->leadInspector;
    AdvisoryLifecycle letters(m_db);
    const std::optional<Advisory> last = letters.latestIssued();
    QSettings settings;
    IssueLetterDialog dialog(s.documentNumber(s.nextNumber), drafter,
        settings.value(QStringLiteral("letters/approvedBy")).toString(),
        std::max(m_advisory.issuedOn, last ? last->issuedOn : QDate()), last ? last->issuedOn : QDate(), this);
    // A refusal (a date before the audit, an item without its finding) is said in the dialog,
    // which stays open with what was typed.
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        settings.setValue(QStringLiteral("letters/approvedBy"), dialog.approvedBy());
        QString error;
        if (letters.issue(m_advisory.id, { dialog.draftedBy(), dialog.approvedBy(), dialog.approvedOn() }, &error))
            break;
        dialog.showRefusal(error);
    }
    reload();
    emit letterIssued(m_advisory.id);
}

void AdvisoryEditor::correct()
{
    if (!confirm(tr("Draft a correction of %1? The correction is a new letter listing every item; "
                    "once issued, it replaces %1 in the follow-up.")
                     .arg(m_advisory.documentNumber)))
        return;
    QString error;
    const qint64 id = AdvisoryLifecycle(m_db).correct(m_advisory.id, Today::date(), &error);
    if (!id) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_advisory.id = id;
    m_deadlineNotes.clear();
    reload();
}

void AdvisoryEditor::preview()
{
    SettingsDialog::askForMissingIssuer(m_db, this);
    DocumentPreview dialog(m_exporter, DocumentKind::Advisory, m_advisory.auditId, this);
    QString error;
    if (!dialog.generate(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    dialog.exec();
}

} // namespace Kansa
