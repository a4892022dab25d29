#pragma once

#include "evidence/evidence.h"
#include "evidence/evidencebatch.h"

#include <QObject>
#include <QPointer>

class QMimeData;

namespace Ui {
class InspectionWorkspace;
}

namespace Kansa {

class InspectionSession;

/// The evidence part of the workspace: thumbnails of the current check item's photos and
/// documents, adding files (dialog, drop, paste) in the background with a progress bar and
/// cancel, captions, certificates with their expiry warning, the viewers, and removal.
class EvidenceController : public QObject
{
    Q_OBJECT
public:
    EvidenceController(InspectionSession *session, Ui::InspectionWorkspace *ui, QObject *parent);

    void showItem(qint64 checkItemId);
    void addFiles(const QStringList &files);
    bool addFromMime(const QMimeData *mime); // dropped files or a pasted image
    bool pasteFromClipboard(); // Ctrl+V in the evidence list, Ctrl+Shift+V anywhere
    bool isImporting() const { return m_batch; }
    /// A signed checklist: evidence can be looked at, not added, removed or captioned.
    void setReadOnly(bool readOnly);
    EvidenceBatch *batch() const { return m_batch; }
    QWidget *openViewer(const Evidence &evidence);

signals:
    void batchFinished(int added, const QStringList &refusals);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void chooseFiles();
    void addCertificate();
    void removeSelected();
    void selectionChanged();
    EvidenceBatch *startBatch();
    QWidget *window() const;

    InspectionSession *m_session;
    Ui::InspectionWorkspace *m_ui;
    qint64 m_itemId = 0;
    QList<Evidence> m_shown;
    QPointer<EvidenceBatch> m_batch;
    QStringList m_refusals;
    int m_added = 0;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace Kansa
