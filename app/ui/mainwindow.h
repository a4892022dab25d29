#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

class QAction;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace Kansa {

struct ClauseSet;

class AuditActions;
class PackageActions;
class DisposalActions;
class AuditListView;
class ClauseImportController;
class ClauseLibraryModel;
class EvidenceStore;
class InspectionWorkspace;
class LedgerView;

/// The main window: wires the audit list, the open inspection workspaces (one tab each), the
/// clause library, import, undo and menus together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QSqlDatabase db, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    ClauseLibraryModel *libraryModel() const { return m_model; }
    ClauseImportController *importController() const { return m_importer; }
    AuditActions *auditActions() const { return m_actions; }
    AuditListView *auditList() const { return m_audits; }
    /// Opens (or shows) the audit's workspace, at a check item when given.
    InspectionWorkspace *openAudit(qint64 auditId, qint64 checkItemId = 0);
    InspectionWorkspace *workspace(qint64 auditId) const;
    /// The workspace whose tab is current, if an audit's tab is.
    InspectionWorkspace *currentWorkspace() const;
    void closeAudit(qint64 auditId);
    LedgerView *ledger() const { return m_ledger; }
    void showLedger();
    void showSettings();
    QList<qint64> openAudits() const;
    /// Window size and the open audits, in QSettings; restoreSession() reopens those audits.
    void saveSession() const;
    void restoreSession();
    QAction *advanceAfterVerdictAction() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void reload(qint64 selectClauseSetId = 0);
    void showSelection();
    void chooseFilesToImport();
    void correctClauseSet();
    void compareClauseSets();
    const ClauseSet *currentClauseSet() const;
    void showAbout();
    void setupEditMenu();
    void showFollowUpCounts(int overdue, int dueSoon);
    /// The status bar: overdue and due-soon items (by the ledger's days) and the database.
    void showFollowUpStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QSqlDatabase m_db;
    ClauseLibraryModel *m_model;
    ClauseImportController *m_importer;
    std::unique_ptr<EvidenceStore> m_store;
    AuditListView *m_audits = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    AuditActions *m_actions = nullptr;
    PackageActions *m_packages = nullptr;
    DisposalActions *m_disposals = nullptr;
    QString m_databasePath;
    LedgerView *m_ledger = nullptr;
    QAction *m_advanceAction = nullptr;
    static constexpr const char *AdvanceKey = "workspace/advanceAfterVerdict";
};

} // namespace Kansa
