#include "inspectionworkspace.h"
#include "signoff/signoff.h"
#include "ui_inspectionworkspace.h"

#include "articlehtml.h"
#include "checkitemfiltermodel.h"
#include "checkitemmodel.h"
#include "evidencecontroller.h"
#include "inspection/inspectionsession.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>
#include <QSqlDatabase>
#include <QTime>

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
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 4);
    m_ui->splitter->setSizes({ 440, 330, 440 });
    m_ui->savedLabel->setText(tr("Every change is saved at once"));
    m_readOnly = SignOff(db, store).isLocked(auditId);
    if (m_readOnly) {
        // The database refuses changes to a signed checklist; say so instead of failing saves.
        // What was recorded stays readable: the texts, and the evidence in its viewer.
        for (QWidget *w : std::initializer_list<QWidget *> { m_ui->conformingButton,
                 m_ui->majorButton, m_ui->minorButton, m_ui->observationButton, m_ui->naButton,
                 m_ui->scoredCheck })
            w->setEnabled(false);
        for (QPlainTextEdit *edit : { m_ui->noteEdit, m_ui->problemEdit, m_ui->improvementEdit })
            edit->setReadOnly(true);
        m_evidence->setReadOnly(true);
        m_ui->savedLabel->setText(tr("Signed: read only (Audit ▸ Reopen to change)"));
        m_ui->savedLabel->setStyleSheet(QStringLiteral("color:#1c5cb0;font-weight:bold"));
    }
    for (QPlainTextEdit *edit : { m_ui->noteEdit, m_ui->problemEdit, m_ui->improvementEdit })
        edit->setUndoRedoEnabled(false); // one undo stack per audit: Edit ▸ Undo
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
        selectItem(m_currentId);
    });
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_ui->checkTree->expandAll();
        selectItem(m_currentId);
    });
    connect(m_ui->checkTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const qint64 id = m_model->checkItemId(m_filter->mapToSource(current));
            if (id && id != m_currentId) {
                m_currentId = id;
                showCurrent();
            }
        });
    connect(m_session, &InspectionSession::findingChanged, this, [this](qint64 id) {
        updateProgress();
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
        m_ui->savedLabel->setText(tr("NOT SAVED"));
        m_ui->savedLabel->setStyleSheet(QStringLiteral("color:#b01c1c;font-weight:bold"));
        m_ui->savedLabel->setToolTip(message);
    });
    setupShortcuts();
    updateProgress();
    if (!m_session->items().isEmpty()) {
        if (!moveToNextUnanswered())
            selectItem(m_session->items().first().id);
    }
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
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { moveToNextUnanswered(); });
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
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfItem(checkItemId));
    if (index.isValid()) {
        m_ui->checkTree->setCurrentIndex(index);
        m_ui->checkTree->scrollTo(index);
    }
    if (checkItemId != m_currentId) {
        m_currentId = checkItemId;
        showCurrent();
    }
}

bool InspectionWorkspace::moveBy(int step)
{
    const QList<CheckItem> &items = m_session->items();
    int i = m_session->indexOf(m_currentId);
    // Walk the session's order and stop at the next item the filter shows.
    for (i += step; i >= 0 && i < items.size(); i += step) {
        if (m_filter->mapFromSource(m_model->indexOfItem(items.at(i).id)).isValid()) {
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
    const int from = std::max(0, m_session->indexOf(m_currentId));
    for (int k = 1; k <= n; ++k) {
        const CheckItem &c = items.at((from + k) % n);
        if (c.scored && m_session->finding(c.id).verdict == Verdict::Unchecked) {
            selectItem(c.id);
            return true;
        }
    }
    return false;
}

void InspectionWorkspace::setCurrentVerdict(Verdict verdict)
{
    if (!m_currentId || m_readOnly) // keys 1-5 on a signed checklist do nothing, like the buttons
        return;
    const qint64 id = m_currentId;
    m_session->setVerdict(id, verdict);
    // With "no verdict yet" the item leaves the list; carry on with the next one.
    if (!m_filter->mapFromSource(m_model->indexOfItem(id)).isValid() && !moveBy(1))
        moveBy(-1);
    showFinding();
}

void InspectionWorkspace::showCurrent()
{
    const int i = m_session->indexOf(m_currentId);
    if (i < 0)
        return;
    const CheckItem &current = m_session->items().at(i);
    QList<CheckItem> article;
    for (const CheckItem &c : m_session->items())
        if (c.articleOrdinal == current.articleOrdinal)
            article.append(c);
    m_ui->articleText->setHtml(ArticleHtml::render(article, m_currentId));
    m_ui->itemTitleLabel->setText(
        QStringLiteral("<b>%1</b>　%2")
            .arg(current.reference().toHtmlEscaped(), current.articleHeading.toHtmlEscaped()));
    showFinding();
    m_evidence->showItem(m_currentId);
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
        { static_cast<QWidget *>(m_ui->problemLabel), static_cast<QWidget *>(m_ui->problemEdit),
            static_cast<QWidget *>(m_ui->improvementLabel),
            static_cast<QWidget *>(m_ui->improvementEdit) })
        w->setVisible(nonConformity || !m_ui->problemEdit->toPlainText().isEmpty());
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
