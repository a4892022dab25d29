#pragma once

#include "clauseimport/clauseimporter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChecklistColumnsDialog;
}

namespace Kansa {

/// Where the checklist is in an Excel workbook: the sheet, the header row (clicked in the
/// preview or given by number) and the columns of number, heading, text and scoring, prefilled
/// with what Kansa found or remembered. The workbook is read again as the choice changes, and
/// the status line says how many articles and check items that gives.
class ChecklistColumnsDialog : public QDialog
{
    Q_OBJECT
public:
    ChecklistColumnsDialog(const ClauseImporter::Result &first, QWidget *parent = nullptr);
    ~ChecklistColumnsDialog() override;

    /// The workbook read with the chosen layout.
    const ClauseImporter::Result &result() const { return m_result; }

private:
    void showSheet();
    void reread();
    void labelColumns(const ChecklistLayout &l);
    ChecklistLayout chosen() const;

    std::unique_ptr<Ui::ChecklistColumnsDialog> m_ui;
    ClauseImporter::Result m_result;
    bool m_loading = false;
};

} // namespace Kansa
