#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

namespace Ui {
class MainWindow;
}

namespace Kansa {

class ClauseImportController;
class ClauseLibraryModel;

/// The main window: wires the clause library view, import and menus together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QSqlDatabase db, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    ClauseLibraryModel *libraryModel() const { return m_model; }
    ClauseImportController *importController() const { return m_importer; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload(qint64 selectClauseSetId = 0);
    void showSelection();
    void chooseFilesToImport();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QSqlDatabase m_db;
    ClauseLibraryModel *m_model;
    ClauseImportController *m_importer;
};

} // namespace Kansa
