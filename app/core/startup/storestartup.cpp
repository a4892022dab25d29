#include "startup/storestartup.h"

#include "disposal/auditdisposal.h"
#include "evidence/evidenceencryption.h"
#include "evidence/evidencestore.h"

namespace Kansa::StoreStartup {

Problems run(QSqlDatabase db, EvidenceStore &store)
{
    Problems p;
    if (EvidenceEncryption::needed(db))
        EvidenceEncryption::run(db, store, &p.encryption);
    store.keys().storageKey(&p.storageKey); // (a folder copied without it opens no evidence)
    AuditDisposal(db, store).finishPending();
    return p;
}

} // namespace Kansa::StoreStartup
