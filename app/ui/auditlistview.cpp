#include "auditlistview.h"
#include "calendar/today.h"
#include "ui_auditlistview.h"

#include "auditdialog.h"
#include "settings/documentsettings.h"
#include "auditlistmodel.h"
#include "audits/auditrepository.h"
#include "clauses/clausesetrepository.h"
#include "evidence/evidencestore.h"
#include "signoff/signoff.h"
#include "searchresults/searchmatch.h"
#include "searchhitdelegate.h"
#include "search/searchindex.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
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
    for (AuditStatus s : { AuditStatus::Preparing, AuditStatus::InProgress, AuditStatus::Signing, AuditStatus::Signed,
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
    m_ui->searchResults->setItemDelegate(new SearchHitDelegate(m_ui->searchResults));
    connect(m_ui->searchResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 audit = item->data(Qt::UserRole).toLongLong();
        if (!audit)
            return; // 「Nothing found」
        if (const qint64 advisoryItem = item->data(Qt::UserRole + 2).toLongLong())
            emit followUpRequested(advisoryItem);
        else
            emit openRequested(audit, item->data(Qt::UserRole + 1).toLongLong());
    });
    for (const char *changed : { SIGNAL(rowsInserted(QModelIndex, int, int)),
             SIGNAL(rowsRemoved(QModelIndex, int, int)), SIGNAL(modelReset()),
             SIGNAL(layoutChanged()) })
        connect(m_filter, changed, this, SLOT(updateCount()));
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
    updateCount();
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

void AuditListView::setSearchText(const QString &text)
{
    m_ui->findEdit->setText(text);
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
    m_ui->archiveButton->setText(archived ? tr("Un&archive") : tr("Ar&chive"));
}

void AuditListView::search(const QString &text)
{
    const QString query = text.trimmed();
    m_ui->searchResults->clear();
    const QList<SearchMatch> matches
        = query.isEmpty() ? QList<SearchMatch>() : SearchMatches::find(m_db, query, 300);
    for (const SearchMatch &m : matches) {
        // 「委託先 · 第３ (1) · 不適合の内容：…施錠されていない…」 with the terms highlighted
        QString where = m.hit.contractor;
        if (!m.hit.reference.isEmpty())
            where += QStringLiteral(" · ") + m.hit.reference;
        if (!m.field.isEmpty())
            where += QStringLiteral(" · ") + m.field;
        where += QStringLiteral("：");
        QVariantList marks;
        for (const SearchMatch::Mark &mark : m.marks)
            marks.append(QPoint(int(where.size()) + mark.start, mark.length));
        auto *item = new QListWidgetItem(where + m.snippet);
        item->setData(Qt::UserRole, m.hit.auditId);
        item->setData(Qt::UserRole + 1, m.hit.checkItemId);
        item->setData(Qt::UserRole + 2, m.hit.advisoryItemId);
        item->setData(SearchHitDelegate::MarksRole, marks);
        item->setToolTip(m.snippet);
        m_ui->searchResults->addItem(item);
    }
    m_ui->searchResults->setVisible(!query.isEmpty());
    if (!query.isEmpty() && matches.isEmpty())
        m_ui->searchResults->addItem(tr("Nothing found for “%1”.").arg(query));
    // The list above keeps the audits the search found, so it never goes empty beside hits.
    m_filter->setSearch(query, query.isEmpty() ? QSet<qint64>() : SearchIndex(m_db).auditIds(query));
    updateCount();
}

void AuditListView::updateCount()
{
    const int total = int(m_model->audits().size());
    const int shown = m_filter->rowCount();
    m_ui->countLabel->setText(shown == total
            ? tr("%n audit(s)", nullptr, total)
            : tr("%1 of %n audit(s) shown", nullptr, total).arg(shown));
}

void AuditListView::createAudit()
{
    const QList<ClauseSetSummary> sets = ClauseSetRepository(m_db).list();
    Audit blank;
    blank.date = Today::date();
    blank.leadInspector = DocumentSettings::load(m_db).defaultLead; // the office's default
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
    const qint64 source = currentAuditId();
    AuditRepository audits(m_db);
    const auto audit = audits.load(source);
    if (!audit)
        return;
    // A newer version of the clause document in the library: the re-inspection can check
    // against it, each new or changed item marked.
    std::optional<ClauseSet> newer;
    const ClauseSetRepository sets(m_db);
    if (const auto newerId = sets.newerVersion(audit->clauseSetId))
        newer = sets.load(*newerId);
    if (newer) {
        QMessageBox ask(QMessageBox::Question, tr("Re-inspection"),
            tr("A newer version of the clause document is in the library: %1 (imported %2).\n\n"
               "Check against the newer version? Items that are new or changed since this audit are "
               "marked in the re-inspection.")
                .arg(newer->document.title + (newer->document.edition.isEmpty() ? QString() : u' ' + newer->document.edition),
                    newer->importedAt.left(10)),
            QMessageBox::NoButton, this);
        QPushButton *useNewer = ask.addButton(tr("Use the &newer version"), QMessageBox::YesRole);
        QPushButton *same = ask.addButton(tr("Keep the &same clauses"), QMessageBox::NoRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(useNewer);
        ask.exec();
        if (ask.clickedButton() != useNewer && ask.clickedButton() != same)
            return;
        if (ask.clickedButton() == same)
            newer.reset();
    }
    const qint64 id = newer ? audits.reinspect(source, Today::date(), *newer, &error)
                            : audits.duplicate(source, Today::date(), &error);
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
    // Only an audit that holds nothing yet (created by mistake) is simply deleted; one with
    // findings, evidence, signatures or letters is disposed of, which destroys its data for good
    // and leaves a signed record.
    if (AuditRepository(m_db).holdsRecords(id)) {
        QMessageBox box(QMessageBox::Information, tr("Delete audit"),
            tr("The audit of %1 holds findings, evidence or letters. To remove it for good, dispose of it: its data is "
               "destroyed and a signed disposal record is kept.")
                .arg(a.contractor),
            QMessageBox::Cancel, this);
        QPushButton *dispose = box.addButton(tr("Dispose of it…"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == dispose)
            emit disposeRequested(id);
        return;
    }
    if (const QString why = AuditRepository(m_db).whyNotRemovable(id); !why.isEmpty()) {
        QMessageBox::information(this, tr("Not deleted"), why);
        return;
    }
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
