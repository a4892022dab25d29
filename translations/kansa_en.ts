<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clause set version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of inspection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place of work inspected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client's department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members (one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contractor's attendees (one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contractor and contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Representative's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract period from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract period to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsibility structure (000 第3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact (normal hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact (emergency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work places</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditListView</name>
    <message>
        <source>Search contractors, findings, notes and captions (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-inspection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new audit of the same contractor with the same check items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate or third-party audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ISO/IEC 27001 certificate or a third-party audit may stand in for an inspection (002 第9条) while it is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InspectionWorkspace</name>
    <message>
        <source>Find in this audit (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 Conforming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 Major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 Minor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 Observation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5 N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts as a check item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Improvement required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence (drop photos or PDFs here, or paste with Ctrl+V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caption of the selected photo or document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add photos or PDFs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::AuditDialog</name>
    <message>
        <source>New audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the contractor's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the clause set the contract refers to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contract period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::AuditKinds</name>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periodic</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::AuditListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place inspected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::AuditListView</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n audit</numerusform>
            <numerusform>%n audits</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit not created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-inspection not created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the audit of %1 on %2 with all its findings and evidence? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::AuditStatuses</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::CertificateDialog</name>
    <message>
        <source>This certificate had expired on the audit date (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter at least the issuer and the certificate number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::CheckItem</name>
    <message>
        <source> paragraph %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::CheckItemModel</name>
    <message>
        <source>Para. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Para. 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(reference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Evidence: %n</source>
        <translation>
            <numerusform>Evidence: %n</numerusform><numerusform>Evidence: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseHtml</name>
    <message>
        <source>obligation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::ClauseImportController</name>
    <message>
        <source>Importing clause document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not import %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::ClauseLibraryModel</name>
    <message>
        <source>(items)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paragraph %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Obligation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Informational</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::Cli</name>
    <message>
        <source>The built-in clause sets could not be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli clauses parse FILE [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli clauses import FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document is already in the library as clause set %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli clauses list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli clauses show ID [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no clause set %1. `kansa-cli clauses list` shows the ids.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli clauses parse|import|list|show …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli audit new --clause-set ID --contractor NAME [--date YYYY-MM-DD] [--type periodic|adhoc] [--place TEXT] [--inspector NAME]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The type must be periodic or adhoc, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no clause set %1 (see: kansa-cli clauses list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit could not be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli audit list [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>major %1, minor %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli audit show AUDIT [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no audit %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress: %1 of %2 items have a verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli audit new|list|show …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli finding set AUDIT ITEM --verdict conforming|major|minor|observation|na [--note TEXT]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verdict must be conforming, major, minor, observation or na, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit %1 has no check item %2 (see: kansa-cli audit show %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The finding could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli evidence add AUDIT ITEM FILE... [--caption TEXT]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli search QUERY [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo audit could not be created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kansa demo: audit %1 created in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli [--db PATH] COMMAND

commands:
  clauses parse FILE [--json]   parse a clause document (text or PDF) without storing it
  clauses import FILE           store a clause document as a clause set; prints its id
  clauses list                  list the clause sets
  clauses show ID [--json]      show one clause set
  audit new --clause-set ID --contractor NAME [--date YYYY-MM-DD]
            [--type periodic|adhoc] [--place TEXT] [--inspector NAME]
                                create an audit; prints its id
  audit list [--json]           list the audits with progress
  audit show AUDIT [--json]     show an audit's check items and findings
  finding set AUDIT ITEM --verdict conforming|major|minor|observation|na [--note TEXT]
                                record a verdict (and a note) for a check item
  evidence add AUDIT ITEM FILE... [--caption TEXT]
                                store photos or PDFs as evidence of a check item
  search QUERY [--json]         search audits, findings and captions
  demo                          create a demo audit with photos

The database is KANSA_DB, or kansa.sqlite in the application data folder.
Exit codes: 0 success, 1 wrong usage, 2 bad input.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::CountText</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s)</source>
        <translation>
            <numerusform>%n obligation</numerusform>
            <numerusform>%n obligations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::DatabaseError</name>
    <message>
        <source>The database %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Kansa database. Choose another file; this one was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is damaged (the integrity check failed). It was not changed. Restore it from a backup copy, or ask your administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 was made by a newer version of Kansa (schema %2; this version knows up to %3). It was not changed. Install the newer Kansa to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before upgrading the database %1, Kansa could not make a backup copy, so nothing was changed. Free some disk space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the database %1 failed and was undone; the database is as it was. Report this to your administrator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::DemoAudit</name>
    <message>
        <source>The built-in clause set 000 is missing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::EditCaptionCommand</name>
    <message>
        <source>Caption</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::EditFindingTextCommand</name>
    <message>
        <source>Typing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::EvidenceCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::EvidenceController</name>
    <message>
        <source>Certificate %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired on the audit date (%1): certificate %2. It cannot stand in for an inspection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.gif *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted %1.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::EvidenceError</name>
    <message>
        <source>%1 could not be read. Check that the file exists and is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty (0 bytes). Copy the file again from the camera or card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than %2 MB, which Kansa does not accept as evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in a format Kansa cannot show (%2). Save it as JPEG, PNG or PDF and add it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged and cannot be shown as an image. Copy it again from the camera or card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to open safely (%2 pixels). Reduce it to at most 100 megapixels and add it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a readable PDF (it is damaged or not a PDF at all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is password-protected. Ask the contractor for an unprotected copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be stored (%2). Free some disk space and add it again; nothing else was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding %1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::EvidenceStore</name>
    <message>
        <source>cannot write to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::EvidenceViewer</name>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PDF can no longer be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This photo can no longer be decoded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2 · %3%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 pixels · %3%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::ImportError</name>
    <message>
        <source>The file could not be read. Check that it exists and that you may open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty. Choose the clause document itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than 20 MB, which is far more than any clause document. Choose the clause document itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a text document or a PDF. Import the clause document as a text file (.txt) or a PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text encoding could not be recognised. Save the document as UTF-8 or Shift_JIS and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No numbered clauses (such as 第１ or 第1条) were found, so this does not look like an information-security clause document. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF is damaged and cannot be opened. Ask for a new copy of the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF is protected by a password. Remove the protection (or ask the issuer for an unprotected copy) and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF contains no text, only images (probably a scan). Import a PDF with a text layer, or the document as a text file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clause set could not be saved to the database. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::InspectionSession</name>
    <message>
        <source>Your last change could not be saved (%1). Everything saved before it is kept. Check the free disk space, then make the change again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::InspectionWorkspace</name>
    <message>
        <source>Every change is saved at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All check items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-conforming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key %1 in the list, or Alt+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress: %1 of %2 have a verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conforming %1 · Major %2 · Minor %3 · Observations %4 · N/A %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::MainWindow</name>
    <message>
        <source>Clause set imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document is already in the library; it is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import clause document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clause documents (*.txt *.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Kansa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Kansa %1&lt;/h3&gt;&lt;p&gt;On-site information-security audits of outsourcing contractors, clause by clause.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::SetVerdictCommand</name>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kansa::Verdicts</name>
    <message>
        <source>Conforming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major non-conformity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minor non-conformity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kansa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clause library: choose a clause set, article or paragraph to read it. Drop a clause document (text or PDF) here to import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import clause document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Kansa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clause library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Kansa cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kansa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in clause sets could not be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The integrity check of %1 failed (%2). Stop working in it, close Kansa and restore the database from a backup copy.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>