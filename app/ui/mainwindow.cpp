#include "mainwindow.h"
#include "disposalactions.h"
#include "auditactions.h"
#include "packageactions.h"
#include "ui_mainwindow.h"

#include "auditlistview.h"
#include "clausediffdialog.h"
#include "clausehtml.h"
#include "clauseimportcontroller.h"
#include "clauselibrarymodel.h"
#include "clauses/clausesetrepository.h"
#include "evidence/evidencebatch.h"
#include "evidencecontroller.h"
#include "evidence/evidencestore.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "ledgerview.h"
#include "settingsdialog.h"
#include "windowgeometry.h"

#include <QDir>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace Kansa {

MainWindow::MainWindow(QSqlDatabase db, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(std::move(db))
    , m_model(new ClauseLibraryModel(this))
    , m_importer(new ClauseImportController(m_db, this))
    , m_store(std::make_unique<EvidenceStore>(m_db, EvidenceStore::rootFor(databasePath)))
    , m_undoGroup(new QUndoGroup(this))
    , m_databasePath(databasePath)
{
    m_ui->setupUi(this);
    m_audits = new AuditListView(m_db, *m_store, this);
    m_ui->tabs->insertTab(0, m_audits, tr("Audits"));
    m_ledger = new LedgerView(m_db, *m_store, this);
    m_ui->tabs->insertTab(1, m_ledger, tr("Follow-up"));
    m_ui->tabs->setCurrentIndex(0);
    m_ui->tabs->setTabsClosable(true);
    for (int i = 0; i < 3; ++i) // the audit list, the follow-up ledger and the clause library stay
        m_ui->tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *w = qobject_cast<InspectionWorkspace *>(m_ui->tabs->widget(index)))
            closeAudit(w->session()->audit().id);
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        InspectionWorkspace *w = currentWorkspace();
        m_undoGroup->setActiveStack(w ? w->session()->undoStack() : nullptr);
        if (m_ui->tabs->currentWidget() == m_audits)
            m_audits->reload();
        if (m_ui->tabs->currentWidget() == m_ledger)
            m_ledger->reload();
    });
    connect(m_ledger, &LedgerView::countsChanged, this, &MainWindow::showFollowUpCounts);
    connect(m_ledger, &LedgerView::saved, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_ledger, &LedgerView::openAuditRequested, this, [this](qint64 audit) { openAudit(audit); });
    connect(m_audits, &AuditListView::openRequested, this,
        [this](qint64 audit, qint64 item) { openAudit(audit, item); });
    connect(m_audits, &AuditListView::closeRequested, this, &MainWindow::closeAudit);
    connect(m_audits, &AuditListView::followUpRequested, this, [this](qint64 advisoryItem) {
        showLedger();
        m_ledger->selectItem(advisoryItem);
    });
    connect(m_audits, &AuditListView::auditChanged, this, [this](qint64 id) {
        if (InspectionWorkspace *w = workspace(id))
            w->session()->reloadAudit();
    });
    connect(m_ui->actionNewAudit, &QAction::triggered, m_audits, &AuditListView::createAudit);
    setupEditMenu();
    auto *auditMenu = new QMenu(tr("&Audit"), this);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), auditMenu);
    m_actions = new AuditActions(this, m_db, *m_store, auditMenu);
    m_packages = new PackageActions(this, m_db, *m_store, m_ui->menuFile, m_ui->actionQuit);
    auditMenu->insertAction(auditMenu->actions().value(3), [&] {
        auto *check = new QAction(tr("&History…"), auditMenu);
        connect(check, &QAction::triggered, this, [this] {
            // The open audit, else the one selected in the list.
            const qint64 selected = currentWorkspace() ? 0 : m_audits->currentAuditId();
            if (const qint64 audit = selected ? selected : m_actions->currentAudit())
                m_packages->checkHistory(audit);
        });
        return check;
    }());
    m_disposals = new DisposalActions(this, m_db, *m_store);
    auto *exportMenu = new QMenu(tr("E&xport"), m_ui->menuFile);
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->addAction(tr("&Excel workbook (.xlsx)…"), this, [this] {
        // The open audit, else the one selected in the list.
        const qint64 selected = currentWorkspace() ? 0 : m_audits->currentAuditId();
        if (const qint64 audit = selected ? selected : m_actions->currentAudit())
            m_actions->exportWorkbook(audit);
    });
    m_ui->menuFile->insertMenu(m_ui->actionQuit, exportMenu);
    auditMenu->addSeparator();
    auditMenu->addAction(tr("&Dispose of the audit…"), this, [this] {
        // The open audit, else the one selected in the list.
        const qint64 selected = currentWorkspace() ? 0 : m_audits->currentAuditId();
        if (const qint64 audit = selected ? selected : m_actions->currentAudit())
            m_disposals->dispose(audit);
    });
    auditMenu->addAction(tr("Dis&posal records…"), m_disposals, &DisposalActions::printRecord);
    // Queued: the list's own statements are closed before a disposal truncates the log.
    connect(m_audits, &AuditListView::disposeRequested, m_disposals, &DisposalActions::dispose, Qt::QueuedConnection);
    m_ui->clauseTree->setModel(m_model);
    m_ui->clauseTree->header()->setStretchLastSection(false);
    m_ui->clauseTree->header()->setSectionResizeMode(
        ClauseLibraryModel::ClauseColumn, QHeaderView::Stretch);
    m_ui->clauseTree->header()->setSectionResizeMode(
        ClauseLibraryModel::ObligationColumn, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    QFont reading = m_ui->clauseText->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    m_ui->clauseText->setFont(reading);

    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    connect(m_ui->importButton, &QPushButton::clicked, this, &MainWindow::chooseFilesToImport);
    connect(m_ui->correctButton, &QPushButton::clicked, this, &MainWindow::correctClauseSet);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &MainWindow::compareClauseSets);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_importer, &ClauseImportController::imported, this, [this](qint64 id, bool created) {
        reload(id);
        m_ui->tabs->setCurrentWidget(m_ui->libraryPage);
        const ClauseSet *set = currentClauseSet();
        statusBar()->showMessage(!created ? tr("This document is already in the library; it is shown.")
                : set && set->id == id && set->predecessorId
                ? tr("The corrected version is stored; the version it corrects stays in the library.")
                : tr("Clause set imported."),
            8000);
    });
    connect(m_ui->clauseTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::showSelection);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
    reload();
    showFollowUpCounts(m_ledger->overdueCount(), m_ledger->dueSoonCount());
    showFollowUpStatus();
    // The ledger's "within N days" changed: the status bar counts by the same days.
    connect(m_ledger, &LedgerView::dueWithinDaysChanged, this, &MainWindow::showFollowUpStatus);
    WindowGeometry::restore(this, QStringLiteral("window/main"), QSize(1200, 760));
}

void MainWindow::showFollowUpStatus()
{
    if (m_ledger->overdueCount() + m_ledger->dueSoonCount() > 0)
        statusBar()->showMessage(tr("Follow-up: %n item(s) overdue", nullptr, m_ledger->overdueCount())
                + QStringLiteral(" · ")
                + tr("%1 due within %2 days").arg(m_ledger->dueSoonCount()).arg(m_ledger->dueWithinDays())
                + QStringLiteral(" · ") + tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    else
        statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
}

void MainWindow::showFollowUpCounts(int overdue, int dueSoon)
{
    QString audits = tr("Audits");
    QString ledger = tr("Follow-up");
    if (overdue + dueSoon > 0) {
        const QString counts = overdue > 0 && dueSoon > 0
            ? tr("%1 overdue, %2 due soon").arg(overdue).arg(dueSoon)
            : overdue > 0 ? tr("%1 overdue").arg(overdue)
                          : tr("%1 due soon").arg(dueSoon);
        //: A tab's label with the follow-up counts: 「実地調査（期限超過 1）」 in Japanese.
        audits = tr("%1 (%2)").arg(audits, counts);
        ledger = tr("%1 (%2)").arg(ledger, counts);
    }
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_audits), audits);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ledger), ledger);
    m_ui->tabs->tabBar()->setTabTextColor(m_ui->tabs->indexOf(m_ledger),
        overdue > 0 ? QColor(176, 28, 28) : m_ui->tabs->tabBar()->palette().color(QPalette::WindowText));
}

void MainWindow::showLedger()
{
    m_ledger->reload();
    m_ui->tabs->setCurrentWidget(m_ledger);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db, this);
    dialog.exec();
    m_ledger->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload(qint64 selectClauseSetId)
{
    ClauseSetRepository repository(m_db);
    QList<ClauseSet> sets;
    const QList<ClauseSetSummary> summaries = repository.list();
    for (const ClauseSetSummary &s : summaries)
        if (auto set = repository.load(s.id))
            sets.append(std::move(*set));
    m_model->setClauseSets(std::move(sets));
    QModelIndex select
        = selectClauseSetId ? m_model->indexOfSet(selectClauseSetId) : m_model->index(0, 0);
    if (select.isValid()) {
        m_ui->clauseTree->expand(select);
        m_ui->clauseTree->setCurrentIndex(select);
    }
}

void MainWindow::showSelection()
{
    const QModelIndex current = m_ui->clauseTree->currentIndex();
    if (!current.isValid()) {
        m_ui->clauseText->clear();
        return;
    }
    const ClauseLibraryModel::Path p = m_model->pathOf(current);
    const ClauseSet &set = m_model->clauseSets().at(p.set);
    m_ui->clauseText->setHtml(ClauseHtml::document(set, p.article, p.paragraph, p.item));
    if (p.article >= 0)
        m_ui->clauseText->scrollToAnchor(QStringLiteral("article-%1").arg(p.article));
}

const ClauseSet *MainWindow::currentClauseSet() const
{
    const QModelIndex current = m_ui->clauseTree->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_model->clauseSets().at(m_model->pathOf(current).set);
}

void MainWindow::correctClauseSet()
{
    if (const ClauseSet *set = currentClauseSet())
        m_importer->correct(*set);
}

void MainWindow::compareClauseSets()
{
    const QList<ClauseSet> &sets = m_model->clauseSets();
    if (sets.size() < 2) {
        QMessageBox::information(this, tr("Compare clause sets"),
            tr("There is only one clause set in the library. Import another version of the document first."));
        return;
    }
    // The chosen set against the one it corrects, else against the set listed before it.
    const ClauseSet *chosen = currentClauseSet();
    const qint64 newId = chosen ? chosen->id : sets.last().id;
    qint64 oldId = chosen && chosen->predecessorId ? chosen->predecessorId : 0;
    for (qsizetype i = 0; !oldId && i < sets.size(); ++i)
        if (sets.at(i).id == newId)
            oldId = sets.at(i > 0 ? i - 1 : i + 1).id;
    ClauseDiffDialog dialog(sets, oldId, newId, this);
    dialog.exec();
}

void MainWindow::setupEditMenu()
{
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts(QKeySequence::Redo);
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->menuEdit->addSeparator();
    QAction *settings = m_ui->menuEdit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(QKeySequence::Preferences);
    m_ui->menuEdit->addSeparator();
    // One key per conforming item: 1 records it and the next item without a verdict is current.
    m_advanceAction = m_ui->menuEdit->addAction(tr("After 適合 or 該当なし, go to the &next item without a verdict"));
    m_advanceAction->setCheckable(true);
    // On unless turned off: one key per conforming item is the fastest path (issue 25).
    m_advanceAction->setChecked(QSettings().value(QLatin1String(AdvanceKey), true).toBool());
    connect(m_advanceAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(AdvanceKey), on);
        for (int i = 0; i < m_ui->tabs->count(); ++i)
            if (auto *w = qobject_cast<InspectionWorkspace *>(m_ui->tabs->widget(i)))
                w->setAdvanceAfterVerdict(on);
    });
}

QAction *MainWindow::advanceAfterVerdictAction() const { return m_advanceAction; }

QList<qint64> MainWindow::openAudits() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        if (auto *w = qobject_cast<InspectionWorkspace *>(m_ui->tabs->widget(i)))
            ids.append(w->session()->audit().id);
    return ids;
}

void MainWindow::saveSession() const
{
    WindowGeometry::save(this, QStringLiteral("window/main"));
    QStringList ids;
    for (qint64 id : openAudits())
        ids.append(QString::number(id));
    QSettings().setValue(QStringLiteral("session/openAudits"), ids);
}

void MainWindow::restoreSession()
{
    const QStringList ids = QSettings().value(QStringLiteral("session/openAudits")).toStringList();
    for (const QString &id : ids)
        openAudit(id.toLongLong()); // an audit deleted meanwhile is skipped
    if (!ids.isEmpty())
        m_ui->tabs->setCurrentIndex(0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

InspectionWorkspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<InspectionWorkspace *>(m_ui->tabs->currentWidget());
}

InspectionWorkspace *MainWindow::workspace(qint64 auditId) const
{
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        if (auto *w = qobject_cast<InspectionWorkspace *>(m_ui->tabs->widget(i)))
            if (w->session()->audit().id == auditId)
                return w;
    return nullptr;
}

InspectionWorkspace *MainWindow::openAudit(qint64 auditId, qint64 checkItemId)
{
    InspectionWorkspace *w = workspace(auditId);
    if (!w) {
        w = new InspectionWorkspace(m_db, *m_store, auditId, m_ui->tabs);
        if (!w->session()->isValid()) {
            delete w;
            return nullptr;
        }
        m_undoGroup->addStack(w->session()->undoStack());
        const int index = m_ui->tabs->addTab(w, w->session()->audit().contractor.name);
        connect(w, &InspectionWorkspace::titleChanged, this, [this, w](const QString &title) {
            m_ui->tabs->setTabText(m_ui->tabs->indexOf(w), title);
        });
        connect(w, &InspectionWorkspace::signedNotice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        connect(w, &InspectionWorkspace::notice, this, [this](const QString &text) {
            if (text.isEmpty())
                statusBar()->clearMessage();
            else
                statusBar()->showMessage(text, 8000);
        });
        w->setAdvanceAfterVerdict(m_advanceAction->isChecked());
        emit w->titleChanged(m_ui->tabs->tabText(index));
        w->session()->undoStack()->setClean();
    }
    m_ui->tabs->setCurrentWidget(w);
    if (checkItemId)
        w->selectItem(checkItemId);
    w->focusChecklist(); // keys 1-5 work at once, on the current item
    return w;
}

void MainWindow::closeAudit(qint64 auditId)
{
    if (InspectionWorkspace *w = workspace(auditId)) {
        if (w->evidence()->isImporting())
            w->evidence()->batch()->cancel();
        m_undoGroup->removeStack(w->session()->undoStack());
        m_ui->tabs->removeTab(m_ui->tabs->indexOf(w));
        delete w;
        m_audits->reload();
    }
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import clause document"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Clause documents and checklists (*.docx *.odt *.txt *.pdf *.xlsx);;All files (*)"));
    if (!files.isEmpty())
        m_importer->importFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Dropped on an open audit: evidence. Elsewhere: clause documents.
    if (InspectionWorkspace *w = currentWorkspace()) {
        if (w->evidence()->addFromMime(event->mimeData()))
            event->acceptProposedAction();
        return;
    }
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        m_importer->importFiles(files);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kansa"),
        tr("<h3>Kansa %1</h3><p>On-site information-security audits of outsourcing "
           "contractors, clause by clause.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace Kansa
