#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Kansa {

/// A date typed as the auditor writes it (2027-02-15, 2027/2/15, 20270215, full-width digits)
/// or picked from a calendar. QDateEdit (Qt 6.4) kept the old year when a whole date was typed
/// over it: 2027-02-15 became 2026-02-15, 2026-12-24 over 2027-03-15 became 2027-12-24, and a
/// wrong date was saved. Here the typed text is read whole when typing ends (Enter, Tab, focus
/// out); text that is not a date is refused (the field goes red, the date stays).
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    /// Shows the date; emits dateChanged when it differs.
    void setDate(const QDate &date);
    /// Takes what is typed now (before an action that uses the date).
    void interpretText();
    QLineEdit *lineEdit() const { return m_text; }

    /// 2027-02-15, 2027/2/15, 2027.2.15, 2027年2月15日, 20270215; full-width digits too.
    static QDate parse(const QString &text);

signals:
    void dateChanged(const QDate &date);

private:
    void showCalendar();
    void showDate();

    QLineEdit *m_text;
    QToolButton *m_calendarButton;
    QDate m_date;
};

} // namespace Kansa
