#pragma once

#include "evidence/evidence.h"
#include "evidence/evidenceerror.h"
#include "evidence/evidencepreparer.h"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace Kansa {

class EvidenceStore;

/// Adds many files as evidence of one check item without blocking the event loop: workers
/// prepare the files (hash, decode at derivative size, stage), and each one is committed on
/// this object's thread as soon as it is ready, so a batch cut short keeps what was added.
/// A refused file is reported and the rest still go in.
class EvidenceBatch : public QObject
{
    Q_OBJECT
public:
    EvidenceBatch(QSqlDatabase db, EvidenceStore &store, qint64 auditId, qint64 checkItemId,
        QObject *parent = nullptr);
    ~EvidenceBatch() override;

    void setCaption(const QString &caption) { m_caption = caption; }
    /// How many files are prepared at once (default: up to two).
    void setWorkerCount(int count);
    /// Work on files; in-memory data (a pasted image) goes through addData().
    void start(const QStringList &files);
    void startData(const QByteArray &data, const QString &name);
    void cancel();
    bool isRunning() const { return m_done < m_total; }
    int total() const { return m_total; }

    /// Runs a batch to its end (for the command line and tests).
    static QList<EvidenceError> runBlocking(QSqlDatabase db, EvidenceStore &store, qint64 auditId,
        qint64 checkItemId, const QStringList &files, const QString &caption,
        QList<Evidence> *added = nullptr);

signals:
    void progress(int done, int total);
    void added(const Kansa::Evidence &evidence);
    void refused(const Kansa::EvidenceError &error);
    void finished();

private:
    /// Runs prepare on a worker (unless the batch was cancelled) and commits its result here.
    void prepareInPool(const QString &name, std::function<PreparedEvidence()> prepare);
    void commit(const PreparedEvidence &prepared);

    QSqlDatabase m_db;
    EvidenceStore &m_store;
    qint64 m_auditId;
    qint64 m_checkItemId;
    QString m_caption;
    QString m_staging;
    std::unique_ptr<QThreadPool> m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    int m_total = 0;
    int m_done = 0;
};

} // namespace Kansa
