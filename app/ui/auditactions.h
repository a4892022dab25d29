#pragma once

#include "documentexport.h"

#include <QObject>
#include <QSqlDatabase>

class QMenu;

namespace Kansa {

class EvidenceStore;
class MainWindow;

/// The Audit menu: sign and reopen the checklist, check the signed content, create the
/// advisory, preview and print the documents, and the follow-up ledger. Acts on the audit
/// whose tab is current.
class AuditActions : public QObject
{
    Q_OBJECT
public:
    AuditActions(MainWindow *window, QSqlDatabase db, EvidenceStore &store, QMenu *menu);

    qint64 currentAudit() const;
    /// ファイル ▸ エクスポート ▸ Excel: the audit's checklist, advisory items and photos as .xlsx.
    void exportWorkbook(qint64 audit);
    void sign();
    void reopen();
    void verify();
    /// Opens the audit's letter in the editor: its draft, else its latest issued letter, else
    /// a new draft (asking first when the checklist is not signed).
    void createAdvisory();
    void preview(DocumentKind kind);
    void showFollowUp();

private:
    void refreshWorkspace(qint64 auditId);
    /// Lists what is incomplete before the first signature; true to sign anyway.
    bool confirmIncomplete(qint64 auditId);

    MainWindow *m_window;
    QSqlDatabase m_db;
    EvidenceStore &m_store;
    DocumentExport m_exporter;
};

} // namespace Kansa
