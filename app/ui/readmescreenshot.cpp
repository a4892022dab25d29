#include "readmescreenshot.h"

#include "clauseimport/clauseimporter.h"
#include "clausereviewdialog.h"
#include "documentpreview.h"
#include "evidencecontroller.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "ledgerview.h"
#include "auditlistview.h"
#include "mainwindow.h"
#include "packageexportdialog.h"
#include "settingsdialog.h"
#include "signdialog.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace Kansa {

ReadmeScreenshot::ReadmeScreenshot(MainWindow &window, QSqlDatabase db, EvidenceStore &store)
    : m_signOff(db, store)
    , m_exporter(db, store)
{
    // ./dev screenshot: the window as a user sees it, for the README; "workspace" opens the
    // first audit at its item with photos, "viewer" also opens that photo.
    QWidget *shown = &window;
    const QString view = qEnvironmentVariable("KANSA_SCREENSHOT_VIEW");
    if (view == QLatin1String("workspace") || view == QLatin1String("viewer"))
        if (const qint64 first = window.auditList()->currentAuditId())
            if (InspectionWorkspace *w = window.openAudit(first))
                for (const CheckItem &c : w->session()->items())
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
        auto *settings = new SettingsDialog(db, &window);
        settings->show();
        if (view == QLatin1String("packages")) // Settings ▸ Packages, at the end of the page
            if (auto *scroll = settings->findChild<QScrollArea *>())
                QTimer::singleShot(0, scroll, [scroll] { scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum()); });
        shown = settings;
    }
    // "export": File ▸ Export audits… with the first audit ticked.
    if (view == QLatin1String("export")) {
        auto *dialog = new PackageExportDialog(db, 1, &window);
        dialog->show();
        shown = dialog;
    }
    // "sign" and "preview": the signing dialog and the report's preview on the first audit.
    if (view == QLatin1String("sign") || view == QLatin1String("preview"))
        if (const qint64 first = window.auditList()->currentAuditId()) {
            window.openAudit(first);
            QDialog *dialog = nullptr;
            if (view == QLatin1String("sign")) {
                dialog = new SignDialog(m_signOff, first, SignatureRole::Inspector,
                    { QStringLiteral("小林　真理"), {} }, {}, &window);
            } else {
                auto *preview = new DocumentPreview(m_exporter, DocumentKind::Report, first, &window);
                preview->generate(nullptr);
                dialog = preview;
            }
            dialog->show();
            shown = dialog;
        }
    // "review": the import review of the document KANSA_SCREENSHOT_IMPORT names.
    if (view == QLatin1String("review")) {
        const auto read = ClauseImporter::readFile(qEnvironmentVariable("KANSA_SCREENSHOT_IMPORT"));
        auto *review = new ClauseReviewDialog(ClauseReview::ofText(read.text),
            read.sourceName, ClauseReviewDialog::Purpose::NewImport, &window);
        review->resize(1340, 740);
        review->show();
        shown = review;
    }
    if (const QString shot = qEnvironmentVariable("KANSA_SCREENSHOT"); shown)
        QTimer::singleShot(1500, shown, [shown, shot] {
            shown->grab().save(shot);
            QApplication::quit();
        });
}

ReadmeScreenshot::~ReadmeScreenshot() = default;

} // namespace Kansa
