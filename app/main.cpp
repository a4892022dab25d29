// kansa: the desktop application, a thin shell over kansa_ui and kansa_core.
#include "schema/standardschema.h"
#include "audits/auditrepository.h"
#include "clauseimport/builtinclausesets.h"
#include "storage/database.h"
#include "storage/schemaguards.h"
#include "startup/storestartup.h"
#include "demo/demoaudit.h"
#include "evidence/evidencestore.h"
#include "mainwindow.h"
#include "readmescreenshot.h"
#include "text/translations.h"
#include "kansaversion.h"
#include "terminalanswers.h"
#include "platform/regexjit.h"
#include "platform/datafolder.h"

#include <QApplication>
#include <QStatusBar>
#include <QLabel>
#include <QFileInfo>
#include <QMessageBox>
#include <QThread>

int main(int argc, char *argv[])
{
    Kansa::RegexJit::configure(); // first: before any regular expression is used
    if (const std::optional<int> answered = Kansa::TerminalAnswers::answer(argc, argv))
        return *answered;
    QApplication app(argc, argv);
    Kansa::DataFolder::nameApplication();
    QApplication::setApplicationVersion(QStringLiteral(KANSA_VERSION_FULL));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kansa.png")));
    Kansa::Translations::install();

    Kansa::Database db;
    const Kansa::DatabaseError error = db.open(Kansa::Database::defaultPath(), Kansa::standardSchema());
    if (error.isError()) {
        QMessageBox::critical(nullptr, QObject::tr("Kansa cannot start"), error.message());
        return 2;
    }
    if (!db.brokenGuards().isEmpty()) // readable, never written: the user is told why
        QMessageBox::critical(nullptr, QObject::tr("Kansa"), Kansa::SchemaGuards::message(db.brokenGuards()));
    QString detail;
    if (!Kansa::BuiltinClauseSets::ensurePresent(db.connection(), &detail))
        QMessageBox::warning(nullptr, QObject::tr("Kansa"),
            QObject::tr("The built-in clause sets could not be stored: %1").arg(detail));

    // Files a crash left half-stored, and those no evidence needs any more.
    Kansa::EvidenceStore store(db.connection(), Kansa::EvidenceStore::rootFor(db.path()));
    // A store from before encryption at rest is encrypted (once; a few seconds per GB), the
    // storage key checked, a disposal a crash interrupted completed.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Kansa::StoreStartup::Problems problems = Kansa::StoreStartup::run(db.connection(), store);
    QApplication::restoreOverrideCursor();
    if (!problems.encryption.isEmpty())
        QMessageBox::warning(nullptr, QObject::tr("Kansa"),
            QObject::tr("Not every evidence file could be encrypted: %1").arg(problems.encryption));
    if (!problems.storageKey.isEmpty())
        QMessageBox::critical(nullptr, QObject::tr("Evidence cannot be read"), problems.storageKey);
    store.collectGarbage();
    if (Kansa::AuditRepository(db.connection()).count() == 0 // first start: something to try
        && !Kansa::DemoAudit::create(db.connection(), store, &detail))
        QMessageBox::warning(nullptr, QObject::tr("Kansa"),
            QObject::tr("The demo audit could not be created: %1\nKansa starts without it; "
                        "nothing was left half-made.")
                .arg(detail));

    Kansa::MainWindow window(db.connection(), db.path());
    if (!db.brokenGuards().isEmpty()) { // said for as long as the window is open, not only at start
        auto *readOnly = new QLabel(QObject::tr("Read only: the database's safeguards were changed outside Kansa"), &window);
        readOnly->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        window.statusBar()->addPermanentWidget(readOnly);
        window.setWindowTitle(window.windowTitle() + QObject::tr(" (read only)"));
    }
    window.show();
    if (qEnvironmentVariableIsEmpty("KANSA_SCREENSHOT")) // a screenshot shows a fresh start
        window.restoreSession();
    // A large database was opened without the full integrity check; run it now, off the UI.
    std::unique_ptr<QThread> check;
    if (QFileInfo(db.path()).size() > Kansa::Database::IntegrityCheckAtOpenLimit) {
        const QString path = db.path();
        check.reset(QThread::create([path, &window] {
            const QString problem = Kansa::Database::checkIntegrity(path);
            if (!problem.isEmpty())
                QMetaObject::invokeMethod(&window, [&window, path, problem] {
                    QMessageBox::critical(&window, QObject::tr("Database damaged"),
                        QObject::tr("The integrity check of %1 failed (%2). Stop working in it, "
                                    "close Kansa and restore the database from a backup copy.")
                            .arg(path, problem));
                });
        }));
        check->start();
    }
    // ./dev screenshot: the window or one dialog as the README shows it, saved, then quit.
    std::unique_ptr<Kansa::ReadmeScreenshot> screenshot;
    if (!qEnvironmentVariableIsEmpty("KANSA_SCREENSHOT"))
        screenshot = std::make_unique<Kansa::ReadmeScreenshot>(window, db.connection(), store);
    const int code = app.exec();
    if (check)
        check->wait();
    return code;
}
