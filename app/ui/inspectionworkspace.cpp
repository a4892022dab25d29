#include "inspectionworkspace.h"
#include "settings/documentsettings.h"
#include "signoff/signoff.h"
#include "ui_inspectionworkspace.h"

#include "articlehtml.h"
#include "checkitemfiltermodel.h"
#include "checkitemmodel.h"
#include "evidencecontroller.h"
#include "inspection/inspectionsession.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSqlDatabase>
#include <QTime>
#include <QToolTip>

namespace Kansa {

QString InspectionWorkspace::savedTimeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QStringLiteral("H:mm:ss"));
}

InspectionWorkspace::InspectionWorkspace(
    QSqlDatabase db, EvidenceStore &store, qint64 auditId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectionWorkspace>())
    , m_session(new InspectionSession(db, store, auditId, this))
    , m_model(new CheckItemModel(m_session, this))
    , m_filter(new CheckItemFilterModel(this))
{
    m_ui->setupUi(this);
    m_evidence = new EvidenceController(m_session, m_ui.get(), this);
    m_filter->setSourceModel(m_model);
    m_ui->checkTree->setModel(m_filter);
    m_ui->checkTree->header()->setStretchLastSection(false);
    m_ui->checkTree->header()->setSectionResizeMode(
        CheckItemModel::ClauseColumn, QHeaderView::Stretch);
    m_ui->checkTree->header()->setSectionResizeMode(
        CheckItemModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_ui->checkTree->expandAll();
    m_ui->checkTree->installEventFilter(this);
    m_ui->findEdit->installEventFilter(this); // Ctrl+Z there is the audit's undo
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 4);
    m_ui->splitter->setSizes({ 440, 330, 440 });
    m_ui->savedLabel->setText(tr("Every change is saved at once"));
    if (SignOff(db, store).isLocked(auditId))
        setReadOnly();
    for (QPlainTextEdit *edit : { m_ui->noteEdit, m_ui->problemEdit, m_ui->improvementEdit }) {
        edit->setUndoRedoEnabled(false); // one undo stack per audit: Edit ▸ Undo
        edit->installEventFilter(this);
    }
    m_ui->filterCombo->addItem(tr("All check items"), int(CheckItemFilterModel::Mode::All));
    m_ui->filterCombo->addItem(tr("No verdict yet"), int(CheckItemFilterModel::Mode::NoVerdict));
    m_ui->filterCombo->addItem(
        tr("Non-conforming"), int(CheckItemFilterModel::Mode::NonConforming));

    m_verdictButtons = { m_ui->conformingButton, m_ui->majorButton, m_ui->minorButton,
        m_ui->observationButton, m_ui->naButton };
    for (int i = 0; i < m_verdictButtons.size(); ++i) {
        const Verdict v = Verdicts::fromShortcut(i + 1);
        m_verdictButtons[i]->setText(QStringLiteral("%1 %2").arg(i + 1).arg(Verdicts::label(v)));
        m_verdictButtons[i]->setToolTip(tr("Key %1 in the list, or Alt+%1").arg(i + 1));
        connect(m_verdictButtons[i], &QAbstractButton::clicked, this,
            [this, v](bool checked) { setCurrentVerdict(checked ? v : Verdict::Unchecked); });
    }
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this,
        [this] { textEdited(m_ui->noteEdit, FindingField::Note); });
    connect(m_ui->problemEdit, &QPlainTextEdit::textChanged, this,
        [this] { textEdited(m_ui->problemEdit, FindingField::Problem); });
    connect(m_ui->improvementEdit, &QPlainTextEdit::textChanged, this,
        [this] { textEdited(m_ui->improvementEdit, FindingField::Improvement); });
    connect(m_ui->scoredCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading && m_currentId)
            m_session->setScored(m_currentId, on);
    });
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMode(CheckItemFilterModel::Mode(m_ui->filterCombo->currentData().toInt()));
        m_ui->checkTree->expandAll();
        ensureCurrentVisible();
    });
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_ui->checkTree->expandAll();
        ensureCurrentVisible();
    });
    connect(m_ui->checkTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &InspectionWorkspace::rowChanged);
    connect(m_session, &InspectionSession::findingChanged, this, [this](qint64 id) {
        updateProgress();
        // Undo or redo of an item the detail is not on: show the item it changed.
        if (!m_settingVerdict && id != m_currentId && !m_loading) {
            selectItem(id);
            return;
        }
        // An undo can take the current item out of a filtered list.
        if (!m_settingVerdict && id == m_currentId && !isShown(id))
            ensureCurrentVisible();
        if (id == m_currentId)
            showFinding();
    });
    connect(m_session, &InspectionSession::itemScoringChanged, this,
        &InspectionWorkspace::updateProgress);
    connect(m_session, &InspectionSession::saved, this, [this] {
        m_ui->savedLabel->setText(
            tr("Saved %1").arg(savedTimeText(QDateTime::currentDateTime())));
        m_ui->savedLabel->setStyleSheet({});
    });
    connect(m_session, &InspectionSession::saveFailed, this, [this](const QString &message) {
        // Signed since this tab opened (or by another window): the database refused the change
        // because the checklist is locked, which is not a failed save.
        if (SignOff(m_session->database(), m_session->store()).isLocked(m_session->audit().id)) {
            setReadOnly();
            showFinding();
            return;
        }
        m_ui->savedLabel->setText(tr("NOT SAVED"));
        m_ui->savedLabel->setStyleSheet(QStringLiteral("color:#b01c1c;font-weight:bold"));
        m_ui->savedLabel->setToolTip(message);
    });
    setupShortcuts();
    updateProgress();
    // The first item without a verdict, from the top (a new audit: the first item).
    if (!moveToNextUnanswered())
        ensureCurrentVisible();
}

InspectionWorkspace::~InspectionWorkspace() = default;

void InspectionWorkspace::setupShortcuts()
{
    auto add = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    for (int i = 1; i <= 5; ++i)
        add(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + i)),
            [this, i] { setCurrentVerdict(Verdicts::fromShortcut(i)); });
    add(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveBy(1); });
    add(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveBy(-1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { goToNextUnanswered(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { goToNextUnanswered(); });
    add(QKeySequence::Find, [this] {
        m_ui->findEdit->setFocus();
        m_ui->findEdit->selectAll();
    });
    add(QKeySequence(Qt::Key_Escape), [this] { m_ui->checkTree->setFocus(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        [this] { m_evidence->pasteFromClipboard(); });
}

bool InspectionWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride
        && (watched == m_ui->findEdit || watched == m_ui->noteEdit || watched == m_ui->problemEdit
            || watched == m_ui->improvementEdit)) {
        // The text fields would take Ctrl+Z for themselves; undo is the audit's, wherever the
        // focus is (a verdict given with Alt+1 from the search field is undone from there).
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_ui->checkTree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5) {
                setCurrentVerdict(Verdicts::fromShortcut(key->key() - Qt::Key_0));
                return true;
            }
            if (key->key() == Qt::Key_0 || key->key() == Qt::Key_Delete) {
                setCurrentVerdict(Verdict::Unchecked);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                m_ui->noteEdit->setFocus();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<QModelIndex> InspectionWorkspace::visibleItems() const
{
    QList<QModelIndex> result;
    for (int a = 0; a < m_filter->rowCount(); ++a) {
        const QModelIndex article = m_filter->index(a, 0);
        for (int r = 0; r < m_filter->rowCount(article); ++r)
            result.append(m_filter->index(r, 0, article));
    }
    return result;
}

void InspectionWorkspace::selectItem(qint64 checkItemId)
{
    if (checkItemId && !isShown(checkItemId) && m_session->indexOf(checkItemId) >= 0) {
        // Asked for by id (a search hit) while the filter hides it: show every item rather
        // than a detail the list does not show.
        const QSignalBlocker blockCombo(m_ui->filterCombo), blockFind(m_ui->findEdit);
        m_ui->filterCombo->setCurrentIndex(0);
        m_ui->findEdit->clear();
        m_filter->setMode(CheckItemFilterModel::Mode::All);
        m_filter->setText({});
        m_ui->checkTree->expandAll();
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfItem(checkItemId));
    if (index.isValid()) {
        m_ui->checkTree->setCurrentIndex(index);
        m_ui->checkTree->scrollTo(index);
    }
    if (checkItemId != m_currentId || m_headerFirstItem) {
        m_currentId = checkItemId;
        m_headerFirstItem = 0;
        showCurrent();
    }
}

void InspectionWorkspace::rowChanged(const QModelIndex &current)
{
    const qint64 id = m_model->checkItemId(m_filter->mapToSource(current));
    if (id) {
        if (id != m_currentId || m_headerFirstItem) {
            m_currentId = id;
            m_headerFirstItem = 0;
            showCurrent();
        }
        if (m_headerHintShown) { // on an item now: the hint about headings no longer applies
            m_headerHintShown = false;
            emit notice({});
        }
        return;
    }
    if (!current.isValid() || !m_filter->hasChildren(current.siblingAtColumn(0)))
        return;
    // An article's header: the pane shows the article and no item's verdict, so a key
    // pressed now changes nothing (it never reaches the item shown before).
    m_currentId = 0;
    m_headerFirstItem
        = m_model->checkItemId(m_filter->mapToSource(m_filter->index(0, 0, current.siblingAtColumn(0))));
    showCurrent();
}

int InspectionWorkspace::positionForMove(int step) const
{
    const int i = m_session->indexOf(m_currentId);
    if (i >= 0 || !m_headerFirstItem)
        return i;
    // From a header: forward to its first item, back to the item before it.
    return m_session->indexOf(m_headerFirstItem) - (step > 0 ? 1 : 0);
}

bool InspectionWorkspace::moveBy(int step)
{
    const QList<CheckItem> &items = m_session->items();
    int i = positionForMove(step);
    // Walk the session's order and stop at the next item the filter shows.
    for (i += step; i >= 0 && i < items.size(); i += step) {
        if (isShown(items.at(i).id)) {
            selectItem(items.at(i).id);
            return true;
        }
    }
    return false;
}

bool InspectionWorkspace::moveToNextUnanswered()
{
    const QList<CheckItem> &items = m_session->items();
    const int n = int(items.size());
    const int from = positionForMove(1); // -1: none yet, start at the first
    for (int k = 1; k <= n; ++k) {
        const CheckItem &c = items.at((from + k + n) % n);
        if (c.scored && m_session->finding(c.id).verdict == Verdict::Unchecked
            && isShown(c.id)) {
            selectItem(c.id);
            return true;
        }
    }
    return false;
}

void InspectionWorkspace::setCurrentVerdict(Verdict verdict)
{
    if (m_readOnly) { // keys 1-5 on a signed checklist change nothing; say why
        showSignedNotice();
        return;
    }
    if (!m_currentId) {
        if (m_headerFirstItem) {
            emit notice(tr("An article's heading is selected: choose one of its check items "
                           "(Down arrow) to give a verdict."));
            m_headerHintShown = true;
        }
        return;
    }
    const qint64 id = m_currentId;
    m_settingVerdict = true;
    m_session->setVerdict(id, verdict);
    m_settingVerdict = false;
    // A verdict that needs no text moves on when the inspector asked for it (one key per item).
    if (m_advanceAfterVerdict && (verdict == Verdict::Conforming || verdict == Verdict::NotApplicable)
        && moveToNextUnanswered())
        return;
    // With "no verdict yet" the item leaves the list; carry on with the next one.
    ensureCurrentVisible();
    showFinding();
    // A non-conformity is described next: the cursor goes where the text is wanted
    // (Ctrl+Enter then goes on to the next item without a verdict, back in the list).
    if (m_currentId == id && m_ui->checkTree->hasFocus()) {
        const Finding f = m_session->finding(id);
        if (Verdicts::isNonConformity(verdict) && f.problem.isEmpty())
            m_ui->problemEdit->setFocus(Qt::OtherFocusReason);
        else if (verdict == Verdict::Observation && f.note.isEmpty())
            m_ui->noteEdit->setFocus(Qt::OtherFocusReason);
    }
}

void InspectionWorkspace::goToNextUnanswered()
{
    const bool inText = m_ui->findingPanel->isAncestorOf(QApplication::focusWidget());
    if (!moveToNextUnanswered()) {
        emit notice(m_session->progress().answered == m_session->progress().total
                ? tr("Every scored check item has a verdict.")
                : tr("No check item without a verdict is shown; clear the filter to see the rest."));
        return;
    }
    if (inText)
        m_ui->checkTree->setFocus(Qt::OtherFocusReason);
}

bool InspectionWorkspace::isShown(qint64 checkItemId) const
{
    return m_filter->mapFromSource(m_model->indexOfItem(checkItemId)).isValid();
}

void InspectionWorkspace::ensureCurrentVisible()
{
    if (m_currentId && isShown(m_currentId)) {
        selectItem(m_currentId);
        return;
    }
    if (m_currentId && (moveBy(1) || moveBy(-1)))
        return;
    const QList<QModelIndex> visible = visibleItems();
    if (!visible.isEmpty()) {
        selectItem(m_model->checkItemId(m_filter->mapToSource(visible.first())));
        return;
    }
    // Nothing is shown: the detail shows nothing either, so no key can reach a hidden item.
    m_currentId = 0;
    m_ui->checkTree->setCurrentIndex({});
    showCurrent();
}

void InspectionWorkspace::setReadOnly()
{
    // The database refuses changes to a signed checklist; say so instead of failing saves.
    // What was recorded stays readable: the texts, and the evidence in its viewer.
    m_readOnly = true;
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->conformingButton,
             m_ui->majorButton, m_ui->minorButton, m_ui->observationButton, m_ui->naButton,
             m_ui->scoredCheck })
        w->setEnabled(false);
    for (QPlainTextEdit *edit : { m_ui->noteEdit, m_ui->problemEdit, m_ui->improvementEdit })
        edit->setReadOnly(true);
    m_evidence->setReadOnly(true);
    // The audit's status, as the audit list and the CLI say it (partly or fully signed).
    m_session->reloadAudit();
    m_ui->savedLabel->setText(tr("%1: read only (Audit ▸ Reopen to change)")
            .arg(AuditStatuses::label(m_session->audit().status)));
    m_ui->savedLabel->setStyleSheet(QStringLiteral("color:#1c5cb0;font-weight:bold"));
    m_ui->savedLabel->setToolTip({});
    // Who signed, as what, when: above the checklist, as long as it is locked.
    QStringList who;
    for (const Signature &s : SignOff(m_session->database(), m_session->store()).standing(m_session->audit().id))
        who << tr("%1 %2%3, %4")
                   .arg(SignatureRoles::label(s.role), s.name,
                       s.title.isEmpty() ? QString() : tr(" (%1)").arg(s.title),
                       QLocale().toString(s.signedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd H:mm")));
    if (!m_signatures) {
        m_signatures = new QLabel(this);
        m_signatures->setObjectName(QStringLiteral("signaturesLabel"));
        m_signatures->setWordWrap(true);
        m_signatures->setStyleSheet(QStringLiteral("color:#1c5cb0"));
        m_ui->workspaceLayout->insertWidget(1, m_signatures);
    }
    m_signatures->setText(tr("Signed by: %1").arg(who.join(tr("; "))));
}

void InspectionWorkspace::showSignedNotice()
{
    const QString text = tr("The checklist is signed, so its verdicts cannot change. "
                            "Audit ▸ Reopen the signed checklist to change them.");
    m_ui->savedLabel->setToolTip(text);
    QToolTip::showText(m_ui->savedLabel->mapToGlobal(QPoint(0, m_ui->savedLabel->height())), text,
        m_ui->savedLabel);
    emit signedNotice(text);
}

void InspectionWorkspace::setAdvanceAfterVerdict(bool on) { m_advanceAfterVerdict = on; }

void InspectionWorkspace::focusChecklist()
{
    m_ui->checkTree->setFocus(Qt::OtherFocusReason);
}

void InspectionWorkspace::showCurrent()
{
    const int i = m_session->indexOf(m_currentId);
    m_ui->findingPanel->setEnabled(i >= 0);
    if (i < 0) {
        const int first = m_session->indexOf(m_headerFirstItem);
        if (first >= 0) { // an article's header: its text, no item's verdict
            const CheckItem &head = m_session->items().at(first);
            showArticle(head, head.articleNumber);
        } else {
            m_ui->articleText->clear();
            m_ui->itemTitleLabel->setText(tr("No check item matches the filter."));
        }
        m_loading = true;
        for (QAbstractButton *b : std::as_const(m_verdictButtons))
            b->setChecked(false);
        for (QPlainTextEdit *edit : { m_ui->noteEdit, m_ui->problemEdit, m_ui->improvementEdit })
            edit->clear();
        m_loading = false;
        m_evidence->showItem(0);
        return;
    }
    const CheckItem &current = m_session->items().at(i);
    showArticle(current, current.citation()); // cited as the documents cite it (第８第３項)
    showFinding();
    m_evidence->showItem(m_currentId);
}

void InspectionWorkspace::showArticle(const CheckItem &shown, const QString &reference)
{
    QList<CheckItem> article;
    for (const CheckItem &c : m_session->items())
        if (c.articleOrdinal == shown.articleOrdinal)
            article.append(c);
    // Numbers in the documents' digits (the setting may change while the tab is open).
    const DocumentSettings settings = DocumentSettings::load(m_session->database());
    m_ui->articleText->setHtml(ArticleHtml::render(article, m_currentId, settings));
    m_ui->itemTitleLabel->setText(QStringLiteral("<b>%1</b>　%2")
            .arg(settings.digitsOf(reference).toHtmlEscaped(), shown.articleHeading.toHtmlEscaped()));
}

void InspectionWorkspace::showFinding()
{
    const int i = m_session->indexOf(m_currentId);
    if (i < 0)
        return;
    m_loading = true;
    const Finding f = m_session->finding(m_currentId);
    for (int b = 0; b < m_verdictButtons.size(); ++b)
        m_verdictButtons[b]->setChecked(f.verdict == Verdicts::fromShortcut(b + 1));
    m_ui->scoredCheck->setChecked(m_session->items().at(i).scored);
    // Only replace text that differs, so the cursor stays where the inspector is typing.
    const std::pair<QPlainTextEdit *, QString> texts[] = { { m_ui->noteEdit, f.note },
        { m_ui->problemEdit, f.problem }, { m_ui->improvementEdit, f.improvement } };
    for (const auto &[edit, text] : texts)
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    const bool nonConformity = Verdicts::isNonConformity(f.verdict);
    for (QWidget *w :
        { static_cast<QWidget *>(m_ui->problemLabel), static_cast<QWidget *>(m_ui->problemEdit) })
        w->setVisible(nonConformity || !m_ui->problemEdit->toPlainText().isEmpty());
    // An observation becomes a letter's 推奨事項: what to improve is written with it (the
    // trial's letters left 改善を要する事項 blank on every recommendation).
    for (QWidget *w : { static_cast<QWidget *>(m_ui->improvementLabel), static_cast<QWidget *>(m_ui->improvementEdit) })
        w->setVisible(nonConformity || f.verdict == Verdict::Observation || !m_ui->improvementEdit->toPlainText().isEmpty());
    m_loading = false;
}

void InspectionWorkspace::textEdited(QPlainTextEdit *edit, FindingField field)
{
    if (!m_loading && m_currentId)
        m_session->setText(m_currentId, field, edit->toPlainText());
}

void InspectionWorkspace::updateProgress()
{
    const AuditProgress p = m_session->progress();
    m_ui->progressLabel->setText(
        tr("Progress: %1 of %2 have a verdict").arg(p.answered).arg(p.total));
    m_ui->conformityLabel->setText(
        tr("Conforming %1 · Major %2 · Minor %3 · Observations %4 · N/A %5")
            .arg(p.conforming)
            .arg(p.major)
            .arg(p.minor)
            .arg(p.observation)
            .arg(p.notApplicable));
    emit titleChanged(QStringLiteral("%1 (%2/%3)")
                          .arg(m_session->audit().contractor.name)
                          .arg(p.answered)
                          .arg(p.total));
}

} // namespace Kansa
