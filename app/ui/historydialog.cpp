#include "historydialog.h"
#include "settings/documentsettings.h"

#include "audits/auditrepository.h"
#include "historymodel.h"
#include "history/historylog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Kansa {

HistoryDialog::HistoryDialog(QSqlDatabase db, qint64 auditId, QWidget *parent)
    : QDialog(parent)
    , m_verdict(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    const auto audit = AuditRepository(db).load(auditId);
    setWindowTitle(tr("History of the audit of %1").arg(audit ? audit->contractor.name : QString()));
    const QString origin = HistoryLog::auditOrigin(db, auditId);
    const HistoryLog::Check check = HistoryLog::verify(db, origin);
    QStringList keys; // who signed the checkpoints: this computer, or the one the audit came from
    for (const Checkpoint &c : HistoryLog::checkpoints(db, origin))
        if (const QString k = InstallationKey::fingerprint(c.publicKey); !keys.contains(k))
            keys << k;
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (check.ok()) {
        m_verdict->setText(tr("The history is intact: %n entries, each linked to the one before; the data is what they record.",
                               nullptr, int(check.entries))
            + u'\n'
            + (keys.isEmpty() ? tr("No signed checkpoint yet (one is made at signing, at issuing a letter and at export).")
                              : tr("Signed checkpoints: %1, by the key(s) %2").arg(check.checkpoints).arg(keys.join(QStringLiteral("、"))))
            + u'\n' + tr("This computer's key: %1").arg(InstallationKey::fingerprint(HistoryLog::installationKey(db).publicKey)));
        m_verdict->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_verdict->setText(tr("The history does not hold: %1").arg(HistoryLog::describe(check)));
        m_verdict->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
    QHash<QString, QString> citations;
    const DocumentSettings settings = DocumentSettings::load(db);
    for (const CheckItem &item : AuditRepository(db).checkItems(auditId))
        citations.insert(QString::number(item.ordinal), settings.digitsOf(item.citation()));
    m_model = new HistoryModel(HistoryLog::entries(db, origin), citations, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    m_details->setPlaceholderText(tr("Select an entry to see everything it records."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_details->setPlainText(m_model->details(current.row()).join(u'\n')); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(980, 560);
    if (m_model->rowCount() > 0) // the newest entry, shown
        m_table->selectRow(m_model->rowCount() - 1);
}

} // namespace Kansa
