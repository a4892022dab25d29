#pragma once

#include "clauseimport/clausereview.h"

#include <QDialog>

class QPushButton;

#include <memory>

namespace Ui {
class ClauseReviewDialog;
}

namespace Kansa {

class ClauseReviewModel;

/// The import review: the document's lines with what each became beside the clause set as it
/// will be stored; the user corrects lines (article, paragraph, item, heading, continues, left
/// out), numbers, headings and obligations, then stores it. Accepted only when the document can
/// be stored (ClauseReview::problem() is empty).
class ClauseReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { NewImport, CorrectStored };

    ClauseReviewDialog(ClauseReview review, const QString &source, Purpose purpose,
        QWidget *parent = nullptr);
    ~ClauseReviewDialog() override;

    const ClauseReview &review() const { return m_review; }
    QPushButton *storeButton() const { return m_store; }

    /// Marks the selected lines (the buttons above the lines do this).
    void markSelected(LineReading::Kind kind);
    void reject() override;

private:
    void changed();
    void commitEdits();
    void showCurrent();
    int currentArticle() const;

    std::unique_ptr<Ui::ClauseReviewDialog> m_ui;
    ClauseReview m_review;
    Purpose m_purpose;
    ClauseReviewModel *m_model;
    QPushButton *m_store;
    bool m_filling = false;
    bool m_typingTitle = false;
    QString m_notice; // what the last marking did not do
};

} // namespace Kansa
