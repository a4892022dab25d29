#include "evidencecontroller.h"
#include "ui_inspectionworkspace.h"

#include "certificatedialog.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidencepreparer.h"
#include "evidence/imagedecoder.h"
#include "evidence/markuppainter.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "evidenceviewer.h"
#include "inspection/inspectionsession.h"

#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>

namespace Kansa {

namespace {

// A photo with markup shows it on its thumbnail, with a pen mark in the corner.
QImage markedThumbnail(const QImage &thumbnail, const QString &markupJson)
{
    const std::optional<PhotoMarkup> markup = PhotoMarkup::fromJson(markupJson);
    if (thumbnail.isNull() || !markup || markup->isEmpty())
        return thumbnail;
    QImage out = MarkupPainter::flattened(thumbnail, *markup);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    const double r = std::max(10.0, out.height() * 0.09);
    const QRectF badge(out.width() - 2.4 * r, out.height() - 2.4 * r, 2 * r, 2 * r);
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(QColor(0, 90, 200));
    p.drawEllipse(badge);
    QFont f = p.font();
    f.setPixelSize(int(r * 1.3));
    p.setFont(f);
    p.drawText(badge, Qt::AlignCenter, QStringLiteral("✎"));
    return out;
}

} // namespace

EvidenceController::EvidenceController(
    InspectionSession *session, Ui::InspectionWorkspace *ui, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_ui(ui)
{
    m_ui->importProgress->hide();
    m_ui->cancelImportButton->hide();
    m_ui->certificateWarning->hide();
    m_ui->certificateWarning->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_ui->evidenceList->setAcceptDrops(true);
    m_ui->evidenceList->viewport()->installEventFilter(this);
    m_ui->evidenceList->installEventFilter(this);
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, &EvidenceController::chooseFiles);
    connect(m_ui->addCertificateButton, &QPushButton::clicked, this,
        &EvidenceController::addCertificate);
    connect(m_ui->removeEvidenceButton, &QPushButton::clicked, this,
        &EvidenceController::removeSelected);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_ui->evidenceList, &QListWidget::currentRowChanged, this,
        &EvidenceController::selectionChanged);
    connect(m_ui->evidenceList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_ui->evidenceList->row(item);
        if (row >= 0 && row < m_shown.size())
            openViewer(m_shown.at(row));
    });
    connect(m_ui->captionEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int row = m_ui->evidenceList->currentRow();
        if (!m_loading && row >= 0 && row < m_shown.size())
            m_session->setCaption(m_shown.at(row).id, text);
    });
    connect(m_session, &InspectionSession::evidenceChanged, this, [this](qint64 itemId) {
        if (itemId == m_itemId)
            refresh();
    });
}

QWidget *EvidenceController::window() const
{
    return m_ui->evidenceList->window();
}

void EvidenceController::showItem(qint64 checkItemId)
{
    m_itemId = checkItemId;
    refresh();
}

void EvidenceController::refresh()
{
    const int keep = m_ui->evidenceList->currentRow();
    m_loading = true;
    m_shown = m_session->evidence(m_itemId);
    m_ui->evidenceList->clear();
    const QDate auditDate = m_session->audit().date;
    QStringList expired;
    for (const Evidence &e : std::as_const(m_shown)) {
        QString label = e.caption.isEmpty() ? e.originalName : e.caption;
        QIcon icon;
        if (!e.sha256.isEmpty() && m_session->store().ensureDerivatives(e.sha256))
            if (const auto thumbnail = m_session->store().readThumbnail(e.sha256))
                icon = QIcon(QPixmap::fromImage(markedThumbnail(ImageDecoder::decodeToFit(*thumbnail,
                    QSize(EvidencePreparer::ThumbnailEdge, EvidencePreparer::ThumbnailEdge))
                                                                    .image,
                    e.markup)));
        if (e.kind == EvidenceKind::Certificate) {
            label = tr("Certificate %1 (%2)").arg(e.certificate.number, e.certificate.issuer);
            if (e.certificate.expiredOn(auditDate))
                expired << e.certificate.number;
        }
        if (icon.isNull())
            icon = m_ui->evidenceList->style()->standardIcon(e.kind == EvidenceKind::Certificate
                    ? QStyle::SP_DialogApplyButton
                    : QStyle::SP_FileIcon);
        auto *item = new QListWidgetItem(icon, label);
        item->setToolTip(e.originalName.isEmpty() ? label : e.originalName);
        m_ui->evidenceList->addItem(item);
    }
    m_ui->certificateWarning->setVisible(!expired.isEmpty());
    m_ui->certificateWarning->setText(
        tr("Expired on the audit date (%1): certificate %2. It cannot stand in for an inspection.")
            .arg(QLocale().toString(auditDate, QLocale::ShortFormat),
                expired.join(QStringLiteral(", "))));
    m_ui->evidenceList->setCurrentRow(std::min(keep, int(m_shown.size()) - 1));
    m_loading = false;
    selectionChanged();
}

void EvidenceController::selectionChanged()
{
    const int row = m_ui->evidenceList->currentRow();
    const bool any = row >= 0 && row < m_shown.size();
    m_loading = true;
    if (m_ui->captionEdit->text() != (any ? m_shown.at(row).caption : QString()))
        m_ui->captionEdit->setText(any ? m_shown.at(row).caption : QString());
    m_loading = false;
    m_ui->captionEdit->setEnabled(any);
    m_ui->captionEdit->setReadOnly(m_readOnly);
    m_ui->removeEvidenceButton->setEnabled(any && !m_readOnly);
}

void EvidenceController::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->addFilesButton->setEnabled(!readOnly);
    m_ui->addCertificateButton->setEnabled(!readOnly);
    m_ui->evidenceList->setAcceptDrops(!readOnly);
    selectionChanged();
}

void EvidenceController::chooseFiles()
{
    // The folder the inspector took files from last (the camera's card, a shared folder), not
    // always 「Pictures」.
    QSettings settings;
    const QString last = settings.value(QStringLiteral("evidence/lastFolder")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(window(), tr("Add evidence"),
        !last.isEmpty() && QFileInfo(last).isDir() ? last : QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and PDFs (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.pdf "
           "*.JPG *.JPEG *.PNG *.WEBP *.GIF *.BMP *.PDF);;All files (*)"));
    if (!files.isEmpty())
        settings.setValue(QStringLiteral("evidence/lastFolder"), QFileInfo(files.first()).absolutePath());
    addFiles(files);
}

EvidenceBatch *EvidenceController::startBatch()
{
    if (!m_batch) {
        m_refusals.clear();
        m_added = 0;
        m_batch = new EvidenceBatch(
            m_session->database(), m_session->store(), m_session->audit().id, m_itemId, this);
        connect(m_batch, &EvidenceBatch::added, this, [this](const Evidence &e) {
            ++m_added;
            m_session->evidenceAdded(e);
        });
        connect(m_batch, &EvidenceBatch::refused, this,
            [this](const EvidenceError &e) { m_refusals << e.message(); });
        connect(m_batch, &EvidenceBatch::progress, this, [this](int done, int total) {
            m_ui->importProgress->setRange(0, total);
            m_ui->importProgress->setValue(done);
            m_ui->importProgress->setFormat(tr("Adding %1 of %2").arg(done).arg(total));
        });
        connect(m_batch, &EvidenceBatch::finished, this, [this] {
            m_ui->importProgress->hide();
            m_ui->cancelImportButton->hide();
            m_batch->deleteLater();
            m_batch = nullptr;
            emit batchFinished(m_added, m_refusals);
            if (!m_refusals.isEmpty())
                QMessageBox::warning(window(), tr("Some files were not added"),
                    tr("%n file(s) added.", nullptr, m_added) + QStringLiteral("\n\n")
                        + m_refusals.join(QStringLiteral("\n\n")));
        });
        m_ui->importProgress->setValue(0);
        m_ui->importProgress->show();
        m_ui->cancelImportButton->show();
    }
    return m_batch;
}

void EvidenceController::addFiles(const QStringList &files)
{
    if (files.isEmpty() || !m_itemId || m_readOnly)
        return;
    startBatch()->start(files);
}

bool EvidenceController::addFromMime(const QMimeData *mime)
{
    if (!m_itemId || m_readOnly)
        return false;
    QStringList files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        addFiles(files);
        return true;
    }
    if (mime->hasImage()) {
        // The encoded bytes, when the source offers them, go through the same bounded decoder as
        // a file; Qt's own conversion (imageData()) would try every image plugin installed.
        // Without them (a Windows bitmap on the clipboard) Qt has decoded it already.
        QByteArray bytes;
        for (const char *type : { "image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp" }) {
            const QByteArray offered = mime->data(QLatin1String(type));
            if (ImageDecoder::sniff(QByteArrayView(offered).first(qMin<qsizetype>(offered.size(), 32)))
                != ImageDecoder::Format::None) {
                bytes = offered;
                break;
            }
        }
        if (bytes.isEmpty()) {
            const QImage image = qvariant_cast<QImage>(mime->imageData());
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        const QString suffix = ImageDecoder::sniff(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 32))) == ImageDecoder::Format::Jpeg
            ? QStringLiteral("jpg") : QStringLiteral("png");
        const QString name
            = tr("Pasted %1.%2")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), suffix);
        startBatch()->startData(bytes, name);
        return true;
    }
    return false;
}

bool EvidenceController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (drag->mimeData()->hasUrls() || drag->mimeData()->hasImage()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (addFromMime(drop->mimeData())) {
            drop->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_ui->evidenceList && key->matches(QKeySequence::Delete)) {
            removeSelected();
            return true;
        }
        if (watched == m_ui->evidenceList && key->matches(QKeySequence::Paste)) {
            pasteFromClipboard();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool EvidenceController::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && addFromMime(mime);
}

void EvidenceController::addCertificate()
{
    if (!m_itemId || m_readOnly)
        return;
    CertificateDialog dialog(m_session->audit().date, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Evidence e;
    e.auditId = m_session->audit().id;
    e.checkItemId = m_itemId;
    e.kind = EvidenceKind::Certificate;
    e.certificate = dialog.certificate();
    e.caption = dialog.caption();
    QString error;
    if (const auto stored
        = EvidenceRepository(m_session->database(), m_session->store()).add(e, nullptr, &error))
        m_session->evidenceAdded(*stored);
    else
        QMessageBox::warning(window(), tr("Certificate not saved"), error);
}

void EvidenceController::removeSelected()
{
    const int row = m_ui->evidenceList->currentRow();
    if (row >= 0 && row < m_shown.size() && !m_readOnly)
        m_session->removeEvidence(m_shown.at(row).id); // undoable, so no confirmation
}

QWidget *EvidenceController::openViewer(const Evidence &evidence)
{
    if (evidence.sha256.isEmpty())
        return nullptr;
    auto *viewer = new EvidenceViewer(m_session->store(), evidence, window(), m_session, !m_readOnly);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

} // namespace Kansa
