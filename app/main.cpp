// kansa: the desktop application, a thin shell over kansa_ui and kansa_core.
#include "builtinclausesets.h"
#include "database.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kansa"));
    QApplication::setApplicationName(QStringLiteral("Kansa"));
    QApplication::setApplicationVersion(QStringLiteral(KANSA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kansa.png")));
    Kansa::Translations::install();

    Kansa::Database db;
    const Kansa::DatabaseError error = db.open(Kansa::Database::defaultPath());
    if (error.isError()) {
        QMessageBox::critical(nullptr, QObject::tr("Kansa cannot start"), error.message());
        return 2;
    }
    QString detail;
    if (!Kansa::BuiltinClauseSets::ensurePresent(db.connection(), &detail))
        QMessageBox::warning(nullptr, QObject::tr("Kansa"),
            QObject::tr("The built-in clause sets could not be stored: %1").arg(detail));

    Kansa::MainWindow window(db.connection(), db.path());
    window.show();
    // ./dev screenshot: the window as a user sees it, for the README.
    if (const QString shot = qEnvironmentVariable("KANSA_SCREENSHOT"); !shot.isEmpty())
        QTimer::singleShot(1500, &window, [&window, shot] {
            window.grab().save(shot);
            QApplication::quit();
        });
    return app.exec();
}
