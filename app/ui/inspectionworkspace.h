#pragma once

#include <QDateTime>

#include "audits/checkitem.h"

#include <QWidget>

#include <memory>

class QAbstractButton;
class QLabel;
class QPlainTextEdit;
class QSqlDatabase;

namespace Ui {
class InspectionWorkspace;
}

namespace Kansa {

class CheckItemFilterModel;
class CheckItemModel;
class EvidenceController;
class EvidenceStore;
class InspectionSession;

/// The inspection of one audit: the clause tree with verdict marks (left), the article's text
/// (middle), the finding for the current check item with its evidence (right). Every change is
/// saved at once through the session; keys 1–5 set the verdict.
class InspectionWorkspace : public QWidget
{
    Q_OBJECT
public:
    /// The time of the last save as the label shows it: local wall-clock time, no zone name
    /// ("17:37:22"), whatever the clock's zone.
    static QString savedTimeText(const QDateTime &when);
    InspectionWorkspace(
        QSqlDatabase db, EvidenceStore &store, qint64 auditId, QWidget *parent = nullptr);
    ~InspectionWorkspace() override;

    InspectionSession *session() const { return m_session; }
    qint64 currentItemId() const { return m_currentId; }
    void selectItem(qint64 checkItemId);
    /// Next/previous visible check item; false at the end.
    bool moveBy(int step);
    /// The next scored check item without a verdict, wrapping around; false when none is left.
    bool moveToNextUnanswered();
    /// Sets the current item's verdict; on a signed checklist it changes nothing and says so.
    void setCurrentVerdict(Verdict verdict);
    /// After 適合 or 該当なし, go on to the next item without a verdict (an option in the menu).
    void setAdvanceAfterVerdict(bool on);
    bool isReadOnly() const { return m_readOnly; }
    void focusChecklist();
    EvidenceController *evidence() const { return m_evidence; }

signals:
    void titleChanged(const QString &title);
    /// A key tried to change a signed checklist; text says why nothing changed.
    void signedNotice(const QString &text);
    /// A key did nothing, and text says why (a heading selected, nothing left to do); empty:
    /// what was said no longer applies.
    void notice(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupShortcuts();
    void rowChanged(const QModelIndex &current);
    /// Where moveBy()/moveToNextUnanswered() start from, a header's place included.
    int positionForMove(int step) const;
    /// Ctrl+Enter: the next item without a verdict, back in the list; or says why not.
    void goToNextUnanswered();
    void setReadOnly();
    void showSignedNotice();
    bool isShown(qint64 checkItemId) const;
    /// Keeps the detail on an item the list shows: the current one, else a neighbour, else
    /// the first shown, else none.
    void ensureCurrentVisible();
    void showCurrent();
    /// The article of shown in the middle, the current item (if any) highlighted, and the
    /// title: reference (an item's citation, a header's number) and the heading.
    void showArticle(const CheckItem &shown, const QString &reference);
    void showFinding();
    void updateProgress();
    void textEdited(QPlainTextEdit *edit, FindingField field);
    QList<QModelIndex> visibleItems() const;

    std::unique_ptr<Ui::InspectionWorkspace> m_ui;
    InspectionSession *m_session;
    CheckItemModel *m_model;
    CheckItemFilterModel *m_filter;
    EvidenceController *m_evidence;
    QList<QAbstractButton *> m_verdictButtons;
    QLabel *m_signatures = nullptr; // who signed, shown while the checklist is locked
    qint64 m_currentId = 0;
    qint64 m_headerFirstItem = 0; // an article's header is selected: its first shown item
    bool m_loading = false;
    bool m_readOnly = false; // signed
    bool m_advanceAfterVerdict = false;
    bool m_settingVerdict = false;
    bool m_headerHintShown = false; // the status bar says a heading is selected
};

} // namespace Kansa
