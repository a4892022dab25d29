#include "auditlistview.h"
#include "ui_auditlistview.h"

#include "auditdialog.h"
#include "auditlistmodel.h"
#include "audits/auditrepository.h"
#include "clauses/clausesetrepository.h"
#include "evidence/evidencestore.h"
#include "signoff/signoff.h"
#include "storage/searchindex.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QShortcut>

namespace Kansa {

namespace {
const QDate kNoBound(2000, 1, 1); // shown as blank: no date limit
}

AuditListView::AuditListView(QSqlDatabase db, EvidenceStore &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditListView>())
    , m_db(std::move(db))
    , m_store(store)
    , m_model(new AuditListModel(this))
    , m_filter(new AuditFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->auditTable->setModel(m_filter);
    m_ui->auditTable->sortByColumn(AuditListModel::Date, Qt::DescendingOrder);
    m_ui->auditTable->verticalHeader()->hide();
    m_ui->auditTable->horizontalHeader()->setSectionResizeMode(
        AuditListModel::Contractor, QHeaderView::Stretch);
    m_ui->auditTable->horizontalHeader()->setSectionResizeMode(
        AuditListModel::Place, QHeaderView::Stretch);
    m_ui->searchResults->hide();
    m_ui->statusCombo->addItem(tr("Any status"), -1);
    for (AuditStatus s : { AuditStatus::Preparing, AuditStatus::InProgress, AuditStatus::Signed,
             AuditStatus::Advised, AuditStatus::Completed })
        m_ui->statusCombo->addItem(AuditStatuses::label(s), int(s));
    for (QDateEdit *edit : { m_ui->fromEdit, m_ui->toEdit }) {
        edit->setMinimumDate(kNoBound);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kNoBound);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            const QDate from = m_ui->fromEdit->date();
            const QDate to = m_ui->toEdit->date();
            m_filter->setDateRange(
                from == kNoBound ? QDate() : from, to == kNoBound ? QDate() : to);
        });
    }
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_ui->statusCombo->currentData().toInt();
        m_filter->setStatus(s < 0 ? std::nullopt : std::optional<AuditStatus>(AuditStatus(s)));
    });
    connect(m_ui->archivedCheck, &QCheckBox::toggled, m_filter, &AuditFilterModel::setShowArchived);
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &AuditListView::search);
    connect(m_ui->auditTable, &QTableView::activated, this,
        [this] { emit openRequested(currentAuditId(), 0); });
    connect(m_ui->searchResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRequested(
            item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong());
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &AuditListView::createAudit);
    connect(m_ui->openButton, &QPushButton::clicked, this,
        [this] { emit openRequested(currentAuditId(), 0); });
    connect(m_ui->editButton, &QPushButton::clicked, this, &AuditListView::editDetails);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &AuditListView::duplicate);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &AuditListView::toggleArchived);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AuditListView::remove);
    connect(m_ui->auditTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AuditListView::updateButtons);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] { focusSearch(); });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    reload();
}

AuditListView::~AuditListView() = default;

void AuditListView::reload(qint64 selectAuditId)
{
    const qint64 keep = selectAuditId ? selectAuditId : currentAuditId();
    m_model->setAudits(AuditRepository(m_db).list());
    m_ui->countLabel->setText(tr("%n audit(s)", nullptr, int(m_model->audits().size())));
    if (keep)
        selectAudit(keep);
    if (!m_ui->auditTable->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_ui->auditTable->selectRow(0);
    updateButtons();
}

qint64 AuditListView::currentAuditId() const
{
    const QModelIndex current = m_ui->auditTable->currentIndex();
    return current.isValid() ? current.data(AuditListModel::AuditIdRole).toLongLong() : 0;
}

void AuditListView::selectAudit(qint64 auditId)
{
    const int row = m_model->rowOf(auditId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_ui->auditTable->setCurrentIndex(index);
        m_ui->auditTable->selectRow(index.row());
    }
}

void AuditListView::focusSearch()
{
    m_ui->findEdit->setFocus();
    m_ui->findEdit->selectAll();
}

void AuditListView::updateButtons()
{
    const qint64 id = currentAuditId();
    for (QWidget *w :
        { static_cast<QWidget *>(m_ui->openButton), static_cast<QWidget *>(m_ui->editButton),
            static_cast<QWidget *>(m_ui->duplicateButton),
            static_cast<QWidget *>(m_ui->archiveButton),
            static_cast<QWidget *>(m_ui->deleteButton) })
        w->setEnabled(id != 0);
    const int row = m_model->rowOf(id);
    const bool archived = row >= 0 && m_model->audits().at(row).archived;
    m_ui->archiveButton->setText(archived ? tr("Un&archive") : tr("&Archive"));
}

void AuditListView::search(const QString &text)
{
    m_filter->setText(text);
    m_ui->searchResults->clear();
    const QList<SearchIndex::Hit> hits = SearchIndex(m_db).search(text, 300);
    for (const SearchIndex::Hit &h : hits) {
        const QString where = h.reference.isEmpty()
            ? h.contractor
            : h.contractor + QStringLiteral(" · ") + h.reference;
        auto *item = new QListWidgetItem(where + QStringLiteral("：")
            + QString(h.text).replace(QLatin1Char('\n'), QStringLiteral("　")).left(120));
        item->setData(Qt::UserRole, h.auditId);
        item->setData(Qt::UserRole + 1, h.checkItemId);
        m_ui->searchResults->addItem(item);
    }
    m_ui->searchResults->setVisible(!text.trimmed().isEmpty());
    if (!text.trimmed().isEmpty() && hits.isEmpty())
        m_ui->searchResults->addItem(tr("Nothing found for “%1”.").arg(text.trimmed()));
}

void AuditListView::createAudit()
{
    const QList<ClauseSetSummary> sets = ClauseSetRepository(m_db).list();
    Audit blank;
    blank.date = QDate::currentDate();
    if (!sets.isEmpty())
        blank.clauseSetId = sets.first().id;
    AuditDialog dialog(sets, blank, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<ClauseSet> set = ClauseSetRepository(m_db).load(dialog.clauseSetId());
    QString error;
    const qint64 id = set ? AuditRepository(m_db).create(dialog.audit(), *set, &error) : 0;
    if (!id) {
        QMessageBox::warning(
            this, tr("Audit not created"), tr("The audit could not be saved: %1").arg(error));
        return;
    }
    reload(id);
    emit openRequested(id, 0);
}

void AuditListView::editDetails()
{
    const qint64 id = currentAuditId();
    const std::optional<Audit> audit = AuditRepository(m_db).load(id);
    if (!audit)
        return;
    AuditDialog dialog(ClauseSetRepository(m_db).list(), *audit, false, this);
    if (SignOff(m_db, m_store).isLocked(id))
        dialog.setReadOnly(); // the signed header cannot change until the checklist is reopened
    if (dialog.exec() != QDialog::Accepted || dialog.isReadOnly())
        return;
    QString error;
    if (!AuditRepository(m_db).update(dialog.audit(), &error))
        QMessageBox::warning(
            this, tr("Not saved"), tr("The details could not be saved: %1").arg(error));
    reload(id);
    emit auditChanged(id);
}

void AuditListView::duplicate()
{
    QString error;
    const qint64 id
        = AuditRepository(m_db).duplicate(currentAuditId(), QDate::currentDate(), &error);
    if (!id) {
        QMessageBox::warning(this, tr("Re-inspection not created"), error);
        return;
    }
    reload(id);
    editDetails();
}

void AuditListView::toggleArchived()
{
    const qint64 id = currentAuditId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    AuditRepository(m_db).setArchived(id, !m_model->audits().at(row).archived);
    if (!m_model->audits().at(row).archived)
        m_ui->archivedCheck->setChecked(true); // keep the archived audit in sight
    reload(id);
}

void AuditListView::remove()
{
    const qint64 id = currentAuditId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const AuditSummary &a = m_model->audits().at(row);
    const auto answer = QMessageBox::warning(this, tr("Delete audit"),
        tr("Delete the audit of %1 on %2 with all its findings and evidence? This cannot be "
           "undone.")
            .arg(a.contractor, QLocale().toString(a.date, QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    emit closeRequested(id);
    QString error;
    if (!AuditRepository(m_db).remove(id, &error))
        QMessageBox::warning(this, tr("Not deleted"), error);
    reload();
}

} // namespace Kansa
