#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

namespace Ui {
class AuditListView;
}

namespace Kansa {

class AuditFilterModel;
class AuditListModel;
class EvidenceStore;

/// The list of audits with filters, full-text search results, and the actions on an audit:
/// new, open, details, re-inspection, archive, delete.
class AuditListView : public QWidget
{
    Q_OBJECT
public:
    AuditListView(QSqlDatabase db, EvidenceStore &store, QWidget *parent = nullptr);
    ~AuditListView() override;

    void reload(qint64 selectAuditId = 0);
    qint64 currentAuditId() const;
    void selectAudit(qint64 auditId);
    AuditListModel *model() const { return m_model; }
    AuditFilterModel *filter() const { return m_filter; }
    void focusSearch();
    /// Searches as if the text were typed into the search field.
    void setSearchText(const QString &text);
    void createAudit();

signals:
    /// Open the audit in a workspace, at a check item when checkItemId is not 0.
    void openRequested(qint64 auditId, qint64 checkItemId);
    /// The audit is about to be deleted: close its workspace first.
    void closeRequested(qint64 auditId);
    /// Delete was asked for an audit that holds records: it is disposed of instead (with a record).
    void disposeRequested(qint64 auditId);
    void auditChanged(qint64 auditId);
    /// A search hit in a follow-up text: show the advisory item in the ledger.
    void followUpRequested(qint64 advisoryItemId);

private slots:
    void updateCount();

private:
    void search(const QString &text);
    void editDetails();
    void duplicate();
    void toggleArchived();
    void remove();
    void updateButtons();

    std::unique_ptr<Ui::AuditListView> m_ui;
    QSqlDatabase m_db;
    EvidenceStore &m_store;
    AuditListModel *m_model;
    AuditFilterModel *m_filter;
};

} // namespace Kansa
