#pragma once

#include "advisory/advisory.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FollowUpStepDialog;
}

namespace Kansa {

class FollowUp;

/// One step of an item's follow-up: the date, who records it, what was reported or how it was
/// checked (or why it is returned or not required), and files stored like evidence. OK records
/// the step; a refusal is shown in the dialog, which stays open.
class FollowUpStepDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Respond, Verify, Return, Close, NotRequired };

    FollowUpStepDialog(FollowUp &followUp, Step step, const DueItem &row, const QString &actor,
        QWidget *parent = nullptr);
    ~FollowUpStepDialog() override;

    void setText(const QString &text);
    void addFiles(const QStringList &paths);

    /// Records the step; false (with the reason shown) when it was refused.
    bool record();

private:
    std::unique_ptr<Ui::FollowUpStepDialog> m_ui;
    FollowUp &m_followUp;
    Step m_step;
    qint64 m_itemId;
};

} // namespace Kansa
