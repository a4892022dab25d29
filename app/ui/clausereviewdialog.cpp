#include "clausereviewdialog.h"
#include "calendar/japanesenumerals.h"

#include "clausehtml.h"
#include "clausereviewmodel.h"
#include "ui_clausereviewdialog.h"
#include "windowgeometry.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

namespace Kansa {

ClauseReviewDialog::ClauseReviewDialog(
    ClauseReview review, const QString &source, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ClauseReviewDialog>())
    , m_review(std::move(review))
    , m_purpose(purpose)
{
    m_ui->setupUi(this);
    setWindowTitle(purpose == Purpose::NewImport ? tr("Check the clause document before it is imported")
                                                 : tr("Correct the clause set"));
    m_ui->sourceLabel->setText(source);
    m_model = new ClauseReviewModel(&m_review, this);
    m_ui->linesView->setModel(m_model);
    m_ui->linesView->verticalHeader()->hide();
    m_ui->linesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_ui->linesView->horizontalHeader();
    header->setSectionResizeMode(ClauseReviewModel::LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClauseReviewModel::ReadingColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ClauseReviewModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(ClauseReviewModel::ReadingColumn, fontMetrics().horizontalAdvance(u'第') * 11);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    m_store = m_ui->buttons->addButton(
        purpose == Purpose::NewImport ? tr("&Import") : tr("&Store corrected version"),
        QDialogButtonBox::AcceptRole);
    m_store->setDefault(true);
    // The button stays enabled (a disabled one lets Alt+I type an "i" into the field with the
    // focus); pressed too early, it says why it cannot store yet.
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        commitEdits(); // a number or heading typed and not yet left (Alt+I)
        if (const QString problem = m_review.problem(); !problem.isEmpty())
            QMessageBox::information(this, windowTitle(), problem);
        else if (m_purpose == Purpose::CorrectStored && !m_review.isCorrected())
            QMessageBox::information(this, windowTitle(), tr("Nothing is corrected yet, so there is nothing to store."));
        else
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const std::pair<QPushButton *, LineReading::Kind> kinds[] = {
        { m_ui->articleButton, LineReading::Article },
        { m_ui->paragraphButton, LineReading::Paragraph },
        { m_ui->itemButton, LineReading::Item },
        { m_ui->headingButton, LineReading::Heading },
        { m_ui->continuedButton, LineReading::Continued },
        { m_ui->omittedButton, LineReading::Omitted },
        { m_ui->preambleButton, LineReading::Preamble },
    };
    int key = Qt::Key_1;
    for (const auto &[button, kind] : kinds) {
        const LineReading::Kind k = kind;
        connect(button, &QPushButton::clicked, this, [this, k] { markSelected(k); });
        button->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++))); // Ctrl+1 … Ctrl+7
        button->setToolTip(button->toolTip() + QStringLiteral(" (") + button->shortcut().toString(QKeySequence::NativeText) + u')');
    }
    m_ui->undoButton->setShortcut(QKeySequence::Undo);
    connect(m_ui->undoButton, &QPushButton::clicked, this, [this] {
        m_review.undo();
        m_notice.clear();
        changed();
    });

    // The title counts as it is typed (whether the document can be stored depends on it).
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this](const QString &title) {
        m_review.setTitle(title);
        m_typingTitle = true; // the field shows what is typed (a space before the next word)
        changed();
        m_typingTitle = false;
    });
    connect(m_ui->numberEdit, &QLineEdit::editingFinished, this, &ClauseReviewDialog::commitEdits);
    connect(m_ui->headingEdit, &QLineEdit::editingFinished, this, &ClauseReviewDialog::commitEdits);
    connect(m_ui->obligationList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int a = currentArticle();
        if (m_filling || a < 0)
            return;
        m_review.setObligation(a, m_ui->obligationList->row(item), item->checkState() == Qt::Checked);
        changed();
    });
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ClauseReviewDialog::showCurrent);

    changed();
    // Start at the first article, the usual place to begin checking.
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_review.lines().at(row).reading.kind == LineReading::Article) {
            m_ui->linesView->setCurrentIndex(m_model->index(row, ClauseReviewModel::TextColumn));
            break;
        }
    WindowGeometry::restore(this, QStringLiteral("window/clauseReview"), QSize(1300, 720));
}

ClauseReviewDialog::~ClauseReviewDialog()
{
    WindowGeometry::save(this, QStringLiteral("window/clauseReview"));
}

void ClauseReviewDialog::commitEdits()
{
    const int a = currentArticle();
    if (a < 0 || m_filling)
        return;
    const Article &article = m_review.document().articles.at(a);
    const QString number = m_ui->numberEdit->text(), heading = m_ui->headingEdit->text();
    if (number != article.number)
        m_review.setArticleNumber(a, number);
    if (heading != m_review.document().articles.at(a).heading)
        m_review.setArticleHeading(a, heading);
    if (number != article.number || heading != article.heading)
        changed();
}

void ClauseReviewDialog::reject()
{
    // Escape or Cancel after corrections: they are not thrown away without asking.
    if (m_review.canUndo()
        && QMessageBox::question(this, windowTitle(),
               tr("Discard your corrections? Nothing of this document is stored."),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void ClauseReviewDialog::markSelected(LineReading::Kind kind)
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->linesView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_ui->linesView->currentIndex().isValid())
        rows.append(m_ui->linesView->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    const QList<int> refused = m_review.setKind(rows, kind);
    // A line that cannot be a heading is left as it was: say so, or the button seems dead.
    m_notice.clear();
    if (!refused.isEmpty())
        m_notice = tr("Line %1 was left as it was: a heading is a short line without 。 before an "
                      "article's number, or right after a number without one. To rename an article, "
                      "edit its Heading field.")
                       .arg(refused.first() + 1);
    changed();
}

int ClauseReviewDialog::currentArticle() const
{
    const QModelIndex current = m_ui->linesView->currentIndex();
    return current.isValid() ? m_review.assembled().placements.at(current.row()).article : -1;
}

void ClauseReviewDialog::changed()
{
    // Keep the selection across the model's reset.
    const QModelIndex current = m_ui->linesView->currentIndex();
    const QModelIndexList selected = m_ui->linesView->selectionModel()->selectedRows();
    m_model->refresh();
    QItemSelection keep;
    for (const QModelIndex &index : selected)
        keep.select(m_model->index(index.row(), 0), m_model->index(index.row(), ClauseReviewModel::ColumnCount - 1));
    if (current.isValid())
        m_ui->linesView->selectionModel()->setCurrentIndex(
            m_model->index(current.row(), current.column()), QItemSelectionModel::NoUpdate);
    m_ui->linesView->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);

    const ClauseDocument &doc = m_review.document();
    if (!m_typingTitle)
        m_ui->titleEdit->setText(doc.title);
    m_ui->undoButton->setEnabled(m_review.canUndo());
    const int omitted = m_review.omittedLines();
    m_ui->summaryLabel->setText(
        tr("%n article(s)", nullptr, int(doc.articles.size())) + QStringLiteral(" · ")
        + tr("%n paragraph(s)", nullptr, doc.paragraphCount()) + QStringLiteral(" · ")
        + tr("%n item(s)", nullptr, doc.itemCount()) + QStringLiteral(" · ")
        + tr("%n obligation(s)", nullptr, doc.obligationCount()) + QStringLiteral(" · ")
        + tr("%n of %1 line(s) left out (shown struck through)", nullptr, omitted)
              .arg(m_review.lines().size())
        + (m_review.isCorrected() ? QStringLiteral(" · ") + tr("corrected: stored as you corrected it")
                                  : QString())
        + (m_notice.isEmpty() ? QString() : QStringLiteral("\n") + m_notice));
    const QString problem = m_review.problem();
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());

    showCurrent();
}

void ClauseReviewDialog::showCurrent()
{
    const QModelIndex current = m_ui->linesView->currentIndex();
    const LinePlacement at = current.isValid() ? m_review.assembled().placements.at(current.row())
                                               : LinePlacement {};
    const ClauseDocument &doc = m_review.document();
    ClauseSet set;
    set.document = doc;
    m_ui->preview->setHtml(ClauseHtml::document(set, at.article, at.paragraph, at.item));
    if (at.article >= 0)
        m_ui->preview->scrollToAnchor(QStringLiteral("article-%1").arg(at.article));

    m_filling = true;
    m_ui->articleBox->setEnabled(at.article >= 0);
    m_ui->obligationList->clear();
    if (at.article >= 0) {
        const Article &a = doc.articles.at(at.article);
        m_ui->numberEdit->setText(a.number);
        m_ui->headingEdit->setText(a.heading);
        for (const Paragraph &p : a.paragraphs) {
            // The whole paragraph, wrapped: whether it obliges is decided on its wording.
            const QString text = p.text.isEmpty() && !p.items.isEmpty() ? p.items.first().label + u' ' + p.items.first().text : p.text;
            auto *item = new QListWidgetItem(tr("Paragraph %1: %2").arg(JapaneseNumerals::inDigitsOf(p.ordinal, a.number), text), m_ui->obligationList);
            item->setToolTip(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(p.obligation ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        m_ui->numberEdit->clear();
        m_ui->headingEdit->clear();
    }
    m_filling = false;
}

} // namespace Kansa
