#include "checklistworkbook.h"

#include "advisory/advisoryrepository.h"
#include "advisory/followup.h"
#include "audits/auditrepository.h"
#include "audits/findingrepository.h"
#include "auditdocumentdata.h"
#include "documentnames.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "evidence/markuppainter.h"
#include "ledgerworkbook.h"
#include "workbookfile.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QImage>
#include <QRegularExpression>


namespace Kansa::ChecklistWorkbook {

namespace {

using Style = WorkbookFile::Style;

constexpr int kColumns = 9;
constexpr int kVerdictColumn = 3;

// The audit's details above the table, each value merged across the table's width.
int writeDetails(WorkbookFile &book, WorkbookFile::Sheet sheet, const Audit &a, const DocumentSettings &s,
    const QString &signedState, const QString &historyAnchor)
{
    book.writeMerged(sheet, 0, 0, kColumns - 1, QStringLiteral("情報セキュリティ特記事項　実地調査チェックリスト"), Style::Title);
    book.setRowHeight(sheet, 0, 24);
    const QList<std::pair<QString, QVariant>> details {
        { QStringLiteral("受託者"), a.contractor.name },
        { QStringLiteral("代表者"),
            QString(a.contractor.representativeTitle + QStringLiteral("　") + a.contractor.representative).trimmed() },
        { QStringLiteral("契約"), QString(a.contract.title + QStringLiteral("　") + a.contract.number).trimmed() },
        { QStringLiteral("特記事項"), a.clauseSetTitle },
        { QStringLiteral("実施日"), a.date },
        { QStringLiteral("区分"), AuditDocumentParts::kindJapanese(a.kind) },
        { QStringLiteral("業務履行場所"), a.workPlace },
        { QStringLiteral("調査担当"), AuditDocumentParts::inspectors(a).join(QStringLiteral("、")) },
        { QStringLiteral("受託者側立会者"), a.attendees.join(QStringLiteral("、")) },
        { QStringLiteral("実施機関"), QString(s.municipality + QStringLiteral("　") + s.department).trimmed() },
        { QStringLiteral("署名"), signedState },
        { QStringLiteral("履歴"), historyAnchor }, // as the PDFs print it: what this workbook was made from
    };
    int row = 1;
    for (const auto &[label, value] : details) {
        book.writeMerged(sheet, row, 0, 1, label, Style::Label);
        const bool date = value.typeId() == QMetaType::QDate;
        book.writeMerged(sheet, row, 2, 4, value, date ? Style::DateValue : Style::Value);
        ++row;
    }
    return row + 1;
}

QList<DueItem> itemsOf(QSqlDatabase db, EvidenceStore &store, qint64 auditId, const QDate &today)
{
    QList<DueItem> rows = FollowUp(db, store).ledger(today, auditId);
    if (!rows.isEmpty())
        return rows;
    // No letter issued yet: the draft's items, without a number.
    const std::optional<Advisory> draft = AdvisoryRepository(db).current(auditId);
    if (draft && draft->isDraft())
        for (const AdvisoryItem &i : draft->items)
            if (i.included) {
                DueItem row;
                row.item = i;
                row.auditId = auditId;
                row.documentNumber = QStringLiteral("（未発行）");
                rows.append(row);
            }
    return rows;
}

void writeChecklist(WorkbookFile &book, WorkbookFile::Sheet sheet, const Audit &audit,
    const QList<CheckItem> &items, const QHash<qint64, Finding> &findings,
    const QHash<qint64, int> &evidenceCounts, const QHash<qint64, QDate> &deadlines,
    const DocumentSettings &settings, const QString &signedState, const QString &historyAnchor)
{
    const int first = writeDetails(book, sheet, audit, settings, signedState, historyAnchor);
    const QList<WorkbookFile::Column> columns {
        { QStringLiteral("No"), 5, 6, Style::Number },
        { QStringLiteral("条項"), 10, 24, Style::Text },
        { QStringLiteral("確認事項"), 30, 50, Style::Text },
        { QStringLiteral("判定"), 13, 14, Style::Center },
        { QStringLiteral("所見"), 16, 30, Style::Text },
        { QStringLiteral("不適合の内容"), 16, 30, Style::Text },
        { QStringLiteral("改善を要する事項"), 16, 30, Style::Text },
        { QStringLiteral("証跡の数"), 8, 8, Style::Number },
        { QStringLiteral("改善期限"), 16, 18, Style::Date },
    };
    QList<QVariantList> rows;
    rows.reserve(items.size());
    for (const CheckItem &item : items) {
        const Finding f = findings.value(item.id);
        QString clause = settings.digitsOf(item.citation());
        if (!item.articleHeading.isEmpty())
            clause += QStringLiteral("\n（%1）").arg(item.articleHeading);
        const QString verdict = AuditDocumentParts::verdictShown(item, f.verdict); // as the report prints it
        rows << QVariantList { item.ordinal, clause, item.text(), verdict,
            f.note, f.problem, f.improvement, evidenceCounts.value(item.id), deadlines.value(item.id) };
    }
    const int end = book.writeTable(sheet, first, columns, rows);
    if (end > first + 1) {
        // The verdicts as a drop-down, so that a copy filled in by hand stays within them.
        constexpr Verdict order[] = { Verdict::Conforming, Verdict::Major, Verdict::Minor, Verdict::Observation,
            Verdict::NotApplicable, Verdict::Unchecked };
        QStringList verdicts;
        for (const Verdict v : order)
            verdicts << AuditDocumentParts::verdictJapanese(v);
        book.restrictToList(sheet, first + 1, end - 1, kVerdictColumn, verdicts);
    }
    book.setUpPrinting(sheet, QStringLiteral("実地調査チェックリスト　%1").arg(audit.contractor.name));
}

void writePhotos(WorkbookFile &book, WorkbookFile::Sheet sheet, EvidenceStore &store, const QList<CheckItem> &items,
    const QHash<qint64, QList<Evidence>> &evidence, const DocumentSettings &settings)
{
    constexpr int kEdge = 160; // pixels: half the stored thumbnail
    book.setColumnWidth(sheet, 0, 6);
    book.setColumnWidth(sheet, 1, 18);
    book.setColumnWidthPixels(sheet, 2, kEdge + 12);
    book.setColumnWidth(sheet, 3, 40);
    for (int c = 0; c < 4; ++c)
        book.write(sheet, 0, c,
            QStringList { QStringLiteral("No"), QStringLiteral("条項"), QStringLiteral("写真"), QStringLiteral("説明") }.at(c),
            Style::Header);
    book.keepHeaderRows(sheet, 1);
    int row = 1;
    for (const CheckItem &item : items) {
        for (const Evidence &e : evidence.value(item.id)) {
            if (e.kind != EvidenceKind::Photo || e.sha256.isEmpty())
                continue;
            book.setRowHeightPixels(sheet, row, kEdge + 12);
            book.write(sheet, row, 0, item.ordinal, Style::Number);
            book.write(sheet, row, 1, settings.digitsOf(item.citation()), Style::Text);
            book.write(sheet, row, 2, QString(), Style::Text);
            QString caption = e.caption;
            if (!e.originalName.isEmpty())
                caption += (caption.isEmpty() ? QString() : QStringLiteral("\n")) + e.originalName;
            book.write(sheet, row, 3, caption, Style::Text);
            std::optional<QByteArray> thumbnail = store.readThumbnail(e.sha256);
            QImage image = thumbnail ? QImage::fromData(*thumbnail) : QImage();
            // With its markup drawn in, as on the report.
            if (const auto markup = PhotoMarkup::fromJson(e.markup); !image.isNull() && markup && !markup->isEmpty()) {
                image = MarkupPainter::flattened(image, *markup);
                QBuffer buffer(&*thumbnail);
                buffer.open(QIODevice::WriteOnly | QIODevice::Truncate);
                image.save(&buffer, "JPEG", 90);
            }
            if (!image.isNull()) {
                const double scale = double(kEdge) / std::max(image.width(), image.height());
                book.insertImage(sheet, row, 2, *thumbnail, scale, 6 + int((kEdge - image.width() * scale) / 2),
                    6 + int((kEdge - image.height() * scale) / 2));
            } else {
                book.write(sheet, row, 2, QStringLiteral("（写真を読めません）"), Style::Center);
            }
            ++row;
        }
    }
    if (row == 1)
        book.write(sheet, 1, 0, QStringLiteral("写真はありません。"), Style::Note);
    book.setUpPrinting(sheet, QStringLiteral("写真"));
}

} // namespace

bool write(QSqlDatabase db, EvidenceStore &store, qint64 auditId, const QDate &today,
    const QString &path, QString *error)
{
    AuditRepository audits(db);
    const std::optional<Audit> audit = audits.load(auditId);
    if (!audit) {
        if (error)
            *error = AuditRepository::noSuchAudit(auditId);
        return false;
    }
    const DocumentSettings settings = DocumentSettings::load(db);
    const QList<CheckItem> items = audits.checkItems(auditId);
    QHash<qint64, QList<Evidence>> evidence;
    QHash<qint64, int> evidenceCounts;
    for (const Evidence &e : EvidenceRepository(db, store).forAudit(auditId)) {
        evidence[e.checkItemId].append(e);
        ++evidenceCounts[e.checkItemId];
    }
    const QList<DueItem> advisoryItems = itemsOf(db, store, auditId, today);
    QHash<qint64, QDate> deadlines; // the latest letter's deadline of each item
    for (const DueItem &d : advisoryItems)
        if (d.item.checkItemId && d.item.deadline.isValid())
            deadlines.insert(d.item.checkItemId, d.item.deadline);

    WorkbookFile book(settings.eraDatesInWorkbooks);
    const WorkbookFile::Sheet checklist = book.addSheet(QStringLiteral("チェックリスト"));
    const WorkbookFile::Sheet advisory = book.addSheet(QStringLiteral("指摘事項"));
    const WorkbookFile::Sheet photos = book.addSheet(QStringLiteral("写真"));
    if (!checklist || !advisory || !photos)
        return book.save(path, error); // says why
    const QList<Signature> standing = SignOff(db, store).standing(auditId);
    writeChecklist(book, checklist, *audit, items, FindingRepository(db).forAudit(auditId), evidenceCounts,
        deadlines, settings, AuditDocumentParts::signedState(standing),
        AuditDocumentData::anchorOf(db, auditId, !standing.isEmpty()));
    if (advisoryItems.isEmpty())
        book.write(advisory, 0, 0, QStringLiteral("改善勧告の対象となる指摘事項はありません。"), Style::Note);
    else
        LedgerWorkbook::writeItems(book, advisory, 0, advisoryItems, false);
    book.setUpPrinting(advisory, QStringLiteral("指摘事項　%1").arg(audit->contractor.name));
    writePhotos(book, photos, store, items, evidence, settings);
    return book.save(path, error);
}

QString baseName(QSqlDatabase db, qint64 auditId)
{
    const std::optional<Audit> audit = AuditRepository(db).load(auditId);
    return audit ? DocumentNames::baseName(QStringLiteral("チェックリスト"), audit->contractor.name, audit->date)
                 : QStringLiteral("チェックリスト");
}

} // namespace Kansa::ChecklistWorkbook
