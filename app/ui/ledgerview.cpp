#include "ledgerview.h"
#include "ledgerworkbook.h"
#include "evidenceviewer.h"
#include "evidence/evidencestore.h"
#include "calendar/today.h"
#include "ui_ledgerview.h"

#include "settings/documentsettings.h"
#include "advisory/followup.h"
#include "advisory/ledger.h"
#include "followupstepdialog.h"
#include "ledgerdocument.h"
#include "ledgermodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace Kansa {

namespace {

using Step = FollowUpStepDialog::Step;

QString eventLabel(const FollowUpEvent &e)
{
    if (e.kind == QLatin1String("response"))
        return LedgerView::tr("Response received");
    if (e.kind == QLatin1String("verified"))
        return LedgerView::tr("Verified");
    if (e.kind == QLatin1String("returned"))
        return LedgerView::tr("Returned");
    if (e.kind == QLatin1String("closed"))
        return e.outcome == QLatin1String(kNotRequired) ? LedgerView::tr("Closed: no action required")
                                                        : LedgerView::tr("Closed");
    return e.kind;
}

} // namespace

LedgerView::LedgerView(QSqlDatabase db, EvidenceStore &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LedgerView>())
    , m_db(std::move(db))
    , m_store(store)
    , m_model(new LedgerModel(this))
    , m_filter(new LedgerFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(LedgerModel::FindingColumn, QHeaderView::Stretch);
    m_ui->table->sortByColumn(LedgerModel::DeadlineColumn, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    const std::pair<LedgerFilter::State, QString> states[] = {
        { LedgerFilter::State::Pending, tr("Not closed") },
        { LedgerFilter::State::Overdue, tr("Overdue") },
        { LedgerFilter::State::DueSoon, tr("Overdue or due within N days") },
        { LedgerFilter::State::Verified, tr("Verified, to be closed") },
        { LedgerFilter::State::Closed, tr("Closed") },
        { LedgerFilter::State::All, tr("Every item") },
    };
    for (const auto &[state, label] : states)
        m_ui->stateCombo->addItem(label, int(state));
    auto applyState = [this] {
        const auto state = LedgerFilter::State(m_ui->stateCombo->currentData().toInt());
        m_ui->daysSpin->setEnabled(state == LedgerFilter::State::DueSoon);
        m_filter->setState(state);
        m_ui->countLabel->setText(tr("%n item(s) shown", nullptr, m_filter->rowCount()));
        refitColumns();
    };
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, applyState);
    // The "due within" days are the auditor's habit: kept from one session to the next.
    m_ui->daysSpin->setValue(QSettings().value(QStringLiteral("ledger/dueWithinDays"), m_ui->daysSpin->value()).toInt());
    m_filter->setDueWithinDays(m_ui->daysSpin->value());
    connect(m_ui->daysSpin, &QSpinBox::valueChanged, this, [this, applyState](int days) {
        QSettings().setValue(QStringLiteral("ledger/dueWithinDays"), days);
        m_filter->setDueWithinDays(days);
        applyState();
        reload(); // the counts in the tabs and the status bar use the same days
        emit dueWithinDaysChanged(days);
    });
    connect(m_ui->contractorCombo, &QComboBox::currentIndexChanged, this, [this, applyState] {
        m_filter->setContractor(m_ui->contractorCombo->currentData().toString());
        applyState();
    });
    applyState();
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LedgerView::showHistory);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LedgerView::showHistory);
    connect(m_ui->table, &QTableView::doubleClicked, this, [this] {
        if (const DueItem *d = current())
            emit openAuditRequested(d->auditId);
    });
    connect(m_ui->history, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("kansa-attachment")) {
            QDesktopServices::openUrl(url);
            return;
        }
        auto *viewer = new EvidenceViewer(m_store, m_store.storedFile(url.path(), attachmentName(url)), window());
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    });
    connect(m_ui->respondButton, &QPushButton::clicked, this, [this] { step(int(Step::Respond)); });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this] { step(int(Step::Verify)); });
    connect(m_ui->returnButton, &QPushButton::clicked, this, [this] { step(int(Step::Return)); });
    connect(m_ui->closeItemButton, &QPushButton::clicked, this, [this] { step(int(Step::Close)); });
    connect(m_ui->notRequiredButton, &QPushButton::clicked, this, [this] { step(int(Step::NotRequired)); });
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the ledger as PDF"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                + LedgerDocument::baseName(Today::date()) + QStringLiteral(".pdf"),
            tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !writePdf(path, &error))
            QMessageBox::warning(this, tr("Ledger"), error);
        else if (!path.isEmpty()) {
            emit saved(tr("Ledger saved as %1.").arg(QDir::toNativeSeparators(path)));
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
    });
    connect(m_ui->csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the ledger for a spreadsheet"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                + LedgerDocument::baseName(Today::date()) + QStringLiteral(".csv"),
            tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !writeCsv(path, &error))
            QMessageBox::warning(this, tr("Ledger"), error);
        else if (!path.isEmpty())
            emit saved(tr("Ledger saved as %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_ui->xlsxButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the ledger as an Excel workbook"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                + LedgerDocument::baseName(Today::date()) + QStringLiteral(".xlsx"),
            tr("Excel workbook (*.xlsx)"));
        QString error;
        if (!path.isEmpty() && !LedgerWorkbook::write(shownRows(), Today::date(), DocumentSettings::load(m_db), path, &error))
            QMessageBox::warning(this, tr("Ledger"), error);
        else if (!path.isEmpty())
            emit saved(tr("Ledger saved as %1.").arg(QDir::toNativeSeparators(path)));
    });
    reload();
}

LedgerView::~LedgerView() = default;

void LedgerView::refitColumns()
{
    // The columns fit the rows shown now: after a filter that showed nothing the header kept
    // its squeezed widths (「2026-12…」) when the rows came back (the trial, under X11).
    QMetaObject::invokeMethod(m_ui->table->horizontalHeader(), "resizeSections", Qt::QueuedConnection);
}

QUrl LedgerView::attachmentLink(const QString &sha256, const QString &name)
{
    QUrl url;
    url.setScheme(QStringLiteral("kansa-attachment"));
    url.setPath(sha256);
    url.setQuery(QString::fromLatin1(QUrl::toPercentEncoding(name)), QUrl::StrictMode);
    return url;
}

QString LedgerView::attachmentName(const QUrl &link)
{
    // The encoded query, decoded once: query() alone gives the name already decoded, and
    // toLatin1() of a Japanese name was 「?????_???.pdf」 in the viewer's title.
    return QUrl::fromPercentEncoding(link.query(QUrl::FullyEncoded).toLatin1());
}

int LedgerView::dueWithinDays() const { return m_ui->daysSpin->value(); }

void LedgerView::reload()
{
    const qint64 keep = current() ? current()->item.id : 0;
    const QList<DueItem> rows = FollowUp(m_db, m_store).ledger(Today::date());
    m_model->setRows(rows);
    refitColumns();
    m_overdue = 0;
    m_dueSoon = 0;
    QStringList contractors;
    for (const DueItem &d : rows) {
        m_overdue += Ledger::isOverdue(d) ? 1 : 0;
        m_dueSoon += Ledger::isDueWithin(d, m_ui->daysSpin->value()) ? 1 : 0; // the ledger's own N days
        if (!contractors.contains(d.contractor))
            contractors << d.contractor;
    }
    contractors.sort();
    const QString chosen = m_ui->contractorCombo->currentData().toString();
    m_ui->contractorCombo->blockSignals(true);
    m_ui->contractorCombo->clear();
    m_ui->contractorCombo->addItem(tr("All"), QString());
    for (const QString &c : contractors)
        m_ui->contractorCombo->addItem(c, c);
    m_ui->contractorCombo->setCurrentIndex(qMax(0, m_ui->contractorCombo->findData(chosen)));
    m_ui->contractorCombo->blockSignals(false);
    m_ui->countLabel->setText(tr("%n item(s) shown", nullptr, m_filter->rowCount()));
    if (keep)
        selectItem(keep);
    showHistory();
    emit countsChanged(m_overdue, m_dueSoon);
}

int LedgerView::rowOf(qint64 itemId) const
{
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_filter->index(r, 0).data(LedgerModel::ItemIdRole).toLongLong() == itemId)
            return r;
    return -1;
}

void LedgerView::selectItem(qint64 itemId)
{
    const int r = rowOf(itemId);
    if (r >= 0)
        m_ui->table->setCurrentIndex(m_filter->index(r, 0));
}

const DueItem *LedgerView::current() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    return index.isValid() ? m_model->row(m_filter->mapToSource(index).row()) : nullptr;
}

void LedgerView::showHistory()
{
    const DueItem *d = current();
    const FollowUpState s = d ? d->item.state : FollowUpState::Closed;
    const bool rec = d && d->item.severity == AdvisorySeverity::Recommendation;
    m_ui->respondButton->setEnabled(d && Ledger::isPending(*d));
    m_ui->verifyButton->setEnabled(d && s == FollowUpState::Responded);
    m_ui->returnButton->setEnabled(d && s == FollowUpState::Responded);
    m_ui->closeItemButton->setEnabled(d && (s == FollowUpState::Verified || (rec && s != FollowUpState::Closed)));
    m_ui->notRequiredButton->setEnabled(d && rec && Ledger::isPending(*d));
    if (!d) {
        m_ui->history->setHtml(tr("<p>Select an item to see its history.</p>"));
        return;
    }
    FollowUp followUp(m_db, m_store);
    QString h = QStringLiteral("<p><b>%1</b> %2 — %3<br>%4</p>")
                    .arg(tr("%1 item %2").arg(d->documentNumber.toHtmlEscaped()).arg(d->item.ordinal),
                        d->item.clause.toHtmlEscaped(), d->contractor.toHtmlEscaped(), d->item.finding.toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>").arg(tr("Issued: %1").arg(d->issuedOn.toString(Qt::ISODate)));
    const QList<FollowUpEvent> events = followUp.events(d->item.id);
    if (events.isEmpty())
        h += QStringLiteral("<p><i>%1</i></p>").arg(tr("No step recorded yet."));
    for (const FollowUpEvent &e : events) {
        h += QStringLiteral("<p><b>%1 %2</b> %3<br>%4")
                 .arg(e.date.toString(Qt::ISODate), eventLabel(e), tr("by %1").arg(e.actor.toHtmlEscaped()),
                     e.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        // Words, not an emoji: the Japanese UI fonts have no paperclip (a missing-glyph box).
        // Opened in Kansa's viewer: the stored file is encrypted, and no decrypted copy is
        // written for another program.
        for (const auto &[name, sha] : followUp.attachmentFiles(e.id))
            h += QStringLiteral("<br>") + tr("Attached: %1")
                     .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(attachmentLink(sha, name).toString(QUrl::FullyEncoded), name.toHtmlEscaped()));
        h += QStringLiteral("</p>");
    }
    m_ui->history->setHtml(h);
}

QString LedgerView::defaultActor() const
{
    return DocumentSettings::load(m_db).defaultLead;
}

void LedgerView::step(int kind)
{
    const DueItem *d = current();
    if (!d)
        return;
    FollowUp followUp(m_db, m_store);
    FollowUpStepDialog dialog(followUp, Step(kind), *d, defaultActor(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

QList<DueItem> LedgerView::shownRows() const
{
    QList<DueItem> out;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (const DueItem *d = m_model->row(m_filter->mapToSource(m_filter->index(r, 0)).row()))
            out.append(*d);
    return out;
}

bool LedgerView::writePdf(const QString &path, QString *error)
{
    return LedgerDocument::writePdf(shownRows(), Today::date(), DocumentSettings::load(m_db), path, error) > 0;
}

bool LedgerView::writeCsv(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !Ledger::writeCsv(shownRows(), file, error) || !file.commit()) {
        if (error && error->isEmpty())
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Kansa
