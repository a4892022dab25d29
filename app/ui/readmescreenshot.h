#pragma once

#include "documentexport.h"
#include "signoff/signoff.h"

#include <QSqlDatabase>

namespace Kansa {

class EvidenceStore;
class MainWindow;

/// `./dev screenshot [VIEW]` (KANSA_SCREENSHOT=FILE, KANSA_SCREENSHOT_VIEW=VIEW): the window, or
/// the audit, photo, search, ledger, settings, packages, export, sign, preview or review view
/// the README shows, grabbed into FILE after a moment; then Kansa quits. The GUI shell makes one
/// only when asked, so none of this runs for a user.
class ReadmeScreenshot
{
public:
    ReadmeScreenshot(MainWindow &window, QSqlDatabase db, EvidenceStore &store);
    ~ReadmeScreenshot();
    ReadmeScreenshot(const ReadmeScreenshot &) = delete;
    ReadmeScreenshot &operator=(const ReadmeScreenshot &) = delete;

private:
    SignOff m_signOff;
    DocumentExport m_exporter;
};

} // namespace Kansa
