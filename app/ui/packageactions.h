#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMenu;

namespace Kansa {

class EvidenceStore;
class MainWindow;
struct AgeIdentity;

/// File ▸ Export audits… / Import package… (with progress and cancel), the conflicts an import
/// leaves for the user, and Audit ▸ Check the history.
class PackageActions : public QObject
{
    Q_OBJECT
public:
    PackageActions(MainWindow *window, QSqlDatabase db, EvidenceStore &store, QMenu *fileMenu, QAction *before);

    void exportAudits();
    void importPackage();
    void resolveConflicts();
    void checkHistory(qint64 auditId);

private:
    /// The office's key file (remembered), or a passphrase; false when the user cancels.
    bool askHowToOpen(const QString &path, QList<AgeIdentity> *identities, QList<QByteArray> *passphrases);

    MainWindow *m_window;
    QSqlDatabase m_db;
    EvidenceStore &m_store;
    QString m_keyFile; // the key file chosen for the import under way
};

} // namespace Kansa
