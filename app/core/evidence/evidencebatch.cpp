#include "evidence/evidencebatch.h"
#include "evidence/imagedecoder.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "storage/sqlhelpers.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

namespace Kansa {

EvidenceBatch::EvidenceBatch(
    QSqlDatabase db, EvidenceStore &store, qint64 auditId, qint64 checkItemId, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_store(store)
    , m_auditId(auditId)
    , m_checkItemId(checkItemId)
    , m_staging(store.stagingDir())
    , m_pool(std::make_unique<QThreadPool>())
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    ImageDecoder::loadPluginsHere(); // before the workers decode (see there)
    // Decoding is memory-bound; two workers keep the machine responsive on a laptop.
    m_pool->setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 2));
}

EvidenceBatch::~EvidenceBatch()
{
    m_cancelled->store(true);
    m_pool->waitForDone();
}

void EvidenceBatch::setWorkerCount(int count)
{
    m_pool->setMaxThreadCount(std::max(1, count));
}

void EvidenceBatch::cancel()
{
    m_cancelled->store(true);
}

void EvidenceBatch::prepareInPool(const QString &name, std::function<PreparedEvidence()> prepare)
{
    ++m_total;
    QPointer<EvidenceBatch> self(this);
    auto cancelled = m_cancelled;
    m_pool->start([self, cancelled, name, prepare = std::move(prepare)] {
        PreparedEvidence p;
        if (cancelled->load()) {
            p.originalName = name;
            p.error = { EvidenceError::Cancelled, name, {} };
        } else {
            p = prepare();
        }
        QMetaObject::invokeMethod(
            self,
            [self, p] {
                if (self)
                    self->commit(p);
            },
            Qt::QueuedConnection);
    });
}

void EvidenceBatch::start(const QStringList &files)
{
    const QString staging = m_staging;
    for (const QString &file : files)
        prepareInPool(QFileInfo(file).fileName(),
            [file, staging] { return EvidencePreparer::prepareFile(file, staging); });
    if (files.isEmpty())
        emit finished();
}

void EvidenceBatch::startData(const QByteArray &data, const QString &name)
{
    const QString staging = m_staging;
    prepareInPool(
        name, [data, name, staging] { return EvidencePreparer::prepareData(data, name, staging); });
}

void EvidenceBatch::commit(const PreparedEvidence &prepared)
{
    ++m_done;
    if (prepared.isError()) {
        emit refused(prepared.error);
    } else if (m_cancelled->load()) {
        m_store.discardStaged(prepared);
        emit refused({ EvidenceError::Cancelled, prepared.originalName, {} });
    } else {
        Evidence e;
        e.auditId = m_auditId;
        e.checkItemId = m_checkItemId;
        e.caption = m_caption;
        QString error;
        if (const auto stored = EvidenceRepository(m_db, m_store).add(e, &prepared, &error))
            emit added(*stored);
        else
            // A signed audit, a missing storage key or a database that refuses writes is not a full disk.
            emit refused({ Sql::isSignedLock(error) || !Sql::writeRefusal(m_db).isEmpty() || !m_store.keys().storageKey()
                    ? EvidenceError::Refused
                                                                                   : EvidenceError::StorageFailed,
                prepared.originalName, error });
    }
    emit progress(m_done, m_total);
    if (m_done == m_total)
        emit finished();
}

QList<EvidenceError> EvidenceBatch::runBlocking(QSqlDatabase db, EvidenceStore &store,
    qint64 auditId, qint64 checkItemId, const QStringList &files, const QString &caption,
    QList<Evidence> *added)
{
    QList<EvidenceError> errors;
    EvidenceBatch batch(std::move(db), store, auditId, checkItemId);
    batch.setCaption(caption);
    QEventLoop loop;
    connect(&batch, &EvidenceBatch::refused, &loop,
        [&errors](const EvidenceError &e) { errors.append(e); });
    connect(&batch, &EvidenceBatch::added, &loop, [added](const Evidence &e) {
        if (added)
            added->append(e);
    });
    connect(&batch, &EvidenceBatch::finished, &loop, &QEventLoop::quit);
    batch.start(files);
    if (batch.isRunning())
        loop.exec();
    store.releaseStaging();
    return errors;
}

} // namespace Kansa
