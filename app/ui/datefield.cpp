#include "datefield.h"

#include "calendar/japanesenumerals.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace Kansa {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_calendarButton);
    m_text->setObjectName(QStringLiteral("dateText"));
    m_text->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_calendarButton->setText(QStringLiteral("▾"));
    m_calendarButton->setToolTip(tr("Choose on a calendar"));
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_text);
    connect(m_text, &QLineEdit::editingFinished, this, &DateField::interpretText);
    connect(m_text, &QLineEdit::textEdited, this, [this] { m_text->setStyleSheet(QString()); });
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::showCalendar);
    showDate();
}

QDate DateField::parse(const QString &text)
{
    const QString s = JapaneseNumerals::toHalfWidthDigits(text.trimmed());
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.年－／]\\s*(\\d{1,2})\\s*[-/.月－／]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = separated.match(s);
    if (!m.hasMatch())
        m = compact.match(s);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

void DateField::setDate(const QDate &date)
{
    m_text->setStyleSheet(QString());
    if (date == m_date) {
        showDate();
        return;
    }
    m_date = date;
    showDate();
    emit dateChanged(m_date);
}

void DateField::interpretText()
{
    if (m_text->text() == m_date.toString(Qt::ISODate))
        return;
    const QDate typed = parse(m_text->text());
    if (!typed.isValid()) {
        // Not a date (or no such day: 2026-02-30): said, and nothing changes.
        m_text->setStyleSheet(QStringLiteral("color: #b01c1c;"));
        m_text->setToolTip(tr("“%1” is not a date. Write it as 2027-02-15.").arg(m_text->text()));
        return;
    }
    m_text->setToolTip(QString());
    setDate(typed);
}

void DateField::showDate()
{
    m_text->setText(m_date.isValid() ? m_date.toString(Qt::ISODate) : QString());
}

void DateField::showCalendar()
{
    QMenu popup(this);
    auto *calendar = new QCalendarWidget(&popup);
    calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    auto *action = new QWidgetAction(&popup);
    action->setDefaultWidget(calendar);
    popup.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &popup, [&](const QDate &d) {
        setDate(d);
        popup.close();
    });
    popup.exec(mapToGlobal(QPoint(0, height())));
}

} // namespace Kansa
