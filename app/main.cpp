// kansa: the desktop application, a thin shell over kansa_ui and kansa_core.
#include "auditlistview.h"
#include "schema/standardschema.h"
#include "audits/auditrepository.h"
#include "clauseimport/builtinclausesets.h"
#include "storage/database.h"
#include "storage/schemaguards.h"
#include "demo/demoaudit.h"
#include "documentpreview.h"
#include "packageexportdialog.h"
#include "evidencecontroller.h"
#include "evidence/evidencestore.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "settingsdialog.h"
#include "clausereviewdialog.h"
#include "clauseimport/clauseimporter.h"
#include "ledgerview.h"
#include "mainwindow.h"
#include "signdialog.h"
#include "text/translations.h"

#include <QApplication>
#include <QStatusBar>
#include <QLabel>
#include <QFileInfo>
#include <QMessageBox>
#include <QThread>
#include "startup/storestartup.h"
#include <QScrollArea>
#include <QScrollBar>
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
    // ./dev screenshot workspace: the first audit open, as the README shows it.
    // ./dev screenshot: the window as a user sees it, for the README; "workspace" opens the
    // first audit at its item with photos, "viewer" also opens that photo.
    QWidget *shown = &window;
    const QString view = qEnvironmentVariable("KANSA_SCREENSHOT_VIEW");
    if (view == QLatin1String("workspace") || view == QLatin1String("viewer"))
        if (const qint64 first = window.auditList()->currentAuditId())
            if (Kansa::InspectionWorkspace *w = window.openAudit(first))
                for (const Kansa::CheckItem &c : w->session()->items())
                    if (w->session()->evidenceCount(c.id) > 1) {
                        w->selectItem(c.id);
                        if (view == QLatin1String("viewer"))
                            shown = w->evidence()->openViewer(w->session()->evidence(c.id).first());
                        break;
                    }
    // "search": the audit list searched for 「施錠」; "ledger": the follow-up ledger;
    // "settings": the office settings.
    if (view == QLatin1String("search"))
        window.auditList()->setSearchText(QStringLiteral("施錠"));
    if (view == QLatin1String("ledger")) {
        window.showLedger();
        window.ledger()->selectItem(2); // the item with a response (./dev screenshot makes it)
    }
    if (view == QLatin1String("settings") || view == QLatin1String("packages")) {
        auto *settings = new Kansa::SettingsDialog(db.connection(), &window);
        settings->show();
        if (view == QLatin1String("packages")) // Settings ▸ Packages, at the end of the page
            if (auto *scroll = settings->findChild<QScrollArea *>())
                QTimer::singleShot(0, scroll, [scroll] { scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum()); });
        shown = settings;
    }
    // "export": File ▸ Export audits… with the first audit ticked.
    if (view == QLatin1String("export")) {
        auto *dialog = new Kansa::PackageExportDialog(db.connection(), 1, &window);
        dialog->show();
        shown = dialog;
    }
    // "sign" and "preview": the signing dialog and the report's preview on the first audit.
    Kansa::SignOff signOff(db.connection(), store);
    Kansa::DocumentExport exporter(db.connection(), store);
    if (view == QLatin1String("sign") || view == QLatin1String("preview"))
        if (const qint64 first = window.auditList()->currentAuditId()) {
            window.openAudit(first);
            QDialog *dialog = nullptr;
            if (view == QLatin1String("sign")) {
                dialog = new Kansa::SignDialog(signOff, first, Kansa::SignatureRole::Inspector,
                    { QStringLiteral("小林　真理"), {} }, {}, &window);
            } else {
                auto *preview = new Kansa::DocumentPreview(exporter, Kansa::DocumentKind::Report, first, &window);
                preview->generate(nullptr);
                dialog = preview;
            }
            dialog->show();
            shown = dialog;
        }
    // "review": the import review of the document KANSA_SCREENSHOT_IMPORT names.
    if (view == QLatin1String("review")) {
        const auto read = Kansa::ClauseImporter::readFile(qEnvironmentVariable("KANSA_SCREENSHOT_IMPORT"));
        auto *review = new Kansa::ClauseReviewDialog(Kansa::ClauseReview::ofText(read.text),
            read.sourceName, Kansa::ClauseReviewDialog::Purpose::NewImport, &window);
        review->resize(1340, 740);
        review->show();
        shown = review;
    }
    if (const QString shot = qEnvironmentVariable("KANSA_SCREENSHOT"); !shot.isEmpty() && shown)
        QTimer::singleShot(1500, shown, [shown, shot] {
            shown->grab().save(shot);
            QApplication::quit();
        });
    const int code = app.exec();
    if (check)
        check->wait();
    return code;
}
