#pragma once

#include "advisory/advisory.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Ui {
class AdvisoryEditor;
}

namespace Kansa {

class DocumentExport;

/// The letter before and after it is issued: the letter's date, addressee, honorific and body,
/// and every item with its clause, finding and required improvement as they will be printed,
/// severity, inclusion and deadline (with the move to a business day explained). Every change
/// is saved at once. Issuing fixes the letter; an issued letter is shown read-only and can be
/// corrected by a new letter.
class AdvisoryEditor : public QDialog
{
    Q_OBJECT
public:
    AdvisoryEditor(QSqlDatabase db, DocumentExport &exporter, qint64 advisoryId, QWidget *parent = nullptr);
    ~AdvisoryEditor() override;

    qint64 advisoryId() const { return m_advisory.id; }
    /// Asked before issuing and correcting; a test answers instead of a message box.
    std::function<bool(const QString &question)> confirm;

signals:
    void letterIssued(qint64 advisoryId);

private:
    void reload(qint64 selectItem = 0);
    void fillTable();
    void showItem();
    const AdvisoryItem *currentItem() const;
    void saved(bool ok, const QString &error);
    void saveDeadline(const QDate &requested);
    /// Notes why a default deadline (the letter's date plus the severity's days) moved to a
    /// business day; the items whose deadline is not the default keep their note.
    void noteDefaultShifts();
    void issue();
    void correct();
    void preview();

    std::unique_ptr<Ui::AdvisoryEditor> m_ui;
    QSqlDatabase m_db;
    DocumentExport &m_exporter;
    Advisory m_advisory;
    QHash<qint64, QString> m_deadlineNotes; // why a deadline moved, per item
    bool m_loading = false;
};

} // namespace Kansa
