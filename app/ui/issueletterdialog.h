#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kansa {

class DateField;

/// The office's 起案 → 決裁 before a letter is issued: who drafted it, who approved it and on
/// which day (the letter's date). Says the number it will take and the earliest date it may
/// carry (the latest letter issued so far), so a later number never carries an earlier date.
class IssueLetterDialog : public QDialog
{
    Q_OBJECT
public:
    IssueLetterDialog(const QString &number, const QString &draftedBy, const QString &approvedBy,
        const QDate &date, const QDate &earliest, QWidget *parent = nullptr);

    QString draftedBy() const;
    QString approvedBy() const;
    QDate approvedOn() const;
    /// Why the letter was not issued, shown until something is changed.
    void showRefusal(const QString &why);

private:
    void update();

    QLineEdit *m_drafted;
    QLineEdit *m_approved;
    DateField *m_date;
    QLabel *m_problem;
    QDate m_earliest;
    QPushButton *m_ok = nullptr;
};

} // namespace Kansa
