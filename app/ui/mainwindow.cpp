#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "clausehtml.h"
#include "clauseimportcontroller.h"
#include "clauselibrarymodel.h"
#include "clausesetrepository.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>

namespace Kansa {

MainWindow::MainWindow(QSqlDatabase db, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(std::move(db))
    , m_model(new ClauseLibraryModel(this))
    , m_importer(new ClauseImportController(m_db, this))
{
    m_ui->setupUi(this);
    m_ui->clauseTree->setModel(m_model);
    m_ui->clauseTree->header()->setStretchLastSection(false);
    m_ui->clauseTree->header()->setSectionResizeMode(
        ClauseLibraryModel::ClauseColumn, QHeaderView::Stretch);
    m_ui->clauseTree->header()->setSectionResizeMode(
        ClauseLibraryModel::ObligationColumn, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    QFont reading = m_ui->clauseText->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    m_ui->clauseText->setFont(reading);

    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_importer, &ClauseImportController::imported, this, [this](qint64 id, bool created) {
        reload(id);
        statusBar()->showMessage(created
                ? tr("Clause set imported.")
                : tr("This document is already in the library; it is shown."),
            8000);
    });
    connect(m_ui->clauseTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::showSelection);
    statusBar()->showMessage(tr("Database: %1").arg(databasePath));
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload(qint64 selectClauseSetId)
{
    ClauseSetRepository repository(m_db);
    QList<ClauseSet> sets;
    const QList<ClauseSetSummary> summaries = repository.list();
    for (const ClauseSetSummary &s : summaries)
        if (auto set = repository.load(s.id))
            sets.append(std::move(*set));
    m_model->setClauseSets(std::move(sets));
    QModelIndex select
        = selectClauseSetId ? m_model->indexOfSet(selectClauseSetId) : m_model->index(0, 0);
    if (select.isValid()) {
        m_ui->clauseTree->expand(select);
        m_ui->clauseTree->setCurrentIndex(select);
    }
}

void MainWindow::showSelection()
{
    const QModelIndex current = m_ui->clauseTree->currentIndex();
    if (!current.isValid()) {
        m_ui->clauseText->clear();
        return;
    }
    const ClauseLibraryModel::Path p = m_model->pathOf(current);
    const ClauseSet &set = m_model->clauseSets().at(p.set);
    m_ui->clauseText->setHtml(ClauseHtml::document(set, p.article, p.paragraph, p.item));
    if (p.article >= 0)
        m_ui->clauseText->scrollToAnchor(QStringLiteral("article-%1").arg(p.article));
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import clause document"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Clause documents (*.txt *.pdf);;All files (*)"));
    if (!files.isEmpty())
        m_importer->importFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        m_importer->importFiles(files);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kansa"),
        tr("<h3>Kansa %1</h3><p>On-site information-security audits of outsourcing "
           "contractors, clause by clause.</p>")
            .arg(QStringLiteral(KANSA_VERSION)));
}

} // namespace Kansa
