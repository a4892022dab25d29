<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvisoryEditor</name>
    <message>
        <source>Advisory letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct the issued letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl&amp;ude in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mprovement required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause set version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of work inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor&apos;s attendees (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor and contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (normal hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (emergency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditListView</name>
    <message>
        <source>Search contractors, findings, notes and captions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new audit of the same contractor with the same check items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate or third-party audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO/IEC 27001 certificate or a third-party audit may stand in for an inspection (002 第9条) while it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistColumnsDialog</name>
    <message>
        <source>Checklist in an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point Kansa at the checklist: the sheet, the header row and the columns that hold the article number, the heading, the text under check and (optionally) whether a row is scored. Rows that share an article number become that article&apos;s paragraphs; hidden rows are left out. Kansa remembers this for workbooks of the same form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text under check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cored (○/×)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClauseReviewDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what Kansa read. Every line of the document is on the left with what it became; the clause set as it will be stored is on the right. Where a line was read wrongly, select it (or several) and say what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article starts at this line (splits the article it was in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paragraph (項) starts at this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is an item (号) such as (1) or ア</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is the heading (見出し) of its article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text before this line goes on here (merges what the line started into the one before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clause text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this line out (a page number, a note, a header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paragraph of the text before the articles starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article of the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked paragraphs oblige the contractor and become check items of an audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Dispose of the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStepDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionWorkspace</name>
    <message>
        <source>Find in this audit (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as a check item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (drop photos or PDFs here, or paste with Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption of the selected photo or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryEditor</name>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: nothing is final until the letter is issued. Every change is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory letter (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken when issued (next: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommendation has no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a finding this item is not printed; write what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a correction of %1? The correction is a new letter listing every item; once issued, it replaces %1 in the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The deadline of %1 is before the letter&apos;s date: move it before issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issued on %2 (drafted by %3, approved by %4). An issued letter does not change; a correction is a new letter that refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryLetter</name>
    <message>
        <source>There is no advisory %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryLifecycle</name>
    <message>
        <source>The letter&apos;s date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist of audit %1 is not signed. Sign it first, or create the letter from the unsigned checklist on purpose (--unsigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit has no non-conformity, so there is nothing to advise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit has no non-conformity and no observation, so there is nothing to advise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no advisory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 is already issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter cannot be issued without its issuer. Set %1 in Edit ▸ Settings… (or kansa-cli settings set issuer.municipality / issuer.head_title / issuer.head_name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is included in the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) has no finding; write what was found, or leave the item out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) has no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is edited, not corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 was already corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit already has a draft letter (advisory %1); edit or issue it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2): the deadline %3 is before the letter&apos;s date %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number %1 was already given to another letter. Set the next number in Edit ▸ Settings… (advisory.next_number) past the numbers used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s date %1 is before the audit it reports (%2); date the letter on or after the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction cannot be dated %1, before the letter %2 it corrects (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 was issued from this checklist. It does not change with the checklist: if a finding changes, sign the checklist again and issue a correction of the letter (訂正).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit already has the issued letter %1 (advisory %2). A change to it is a correction: Correct… in the letter, or kansa-cli advisory correct %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is dated %1, after today (%2). Issue it on that day, or date it today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who drafted the letter (起案者) is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the letter (決裁者) is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date (決裁日) is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter would be dated %1, before %2, which was issued on %3. A later number cannot carry an earlier date: date it %3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryRepository</name>
    <message>
        <source>There is no advisory item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no advisory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommendation has no deadline; make it a non-conformity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 is issued and cannot change. A correction is a new letter that refers to it: “Correct the issued letter…” (kansa-cli advisory correct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline %1 is before the letter&apos;s date %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisorySeverities</name>
    <message>
        <source>Major non-conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor non-conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryStatuses</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by a correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AgeIdentity</name>
    <message>
        <source>line %1 is not an age secret key (AGE-SECRET-KEY-1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no age secret key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AgeKeyFile</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters (a few words are easy to remember).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase repeats one character. Use a few words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is only digits. Use a few words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is protected by a passphrase: give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its access could not be limited to you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AuditActions</name>
    <message>
        <source>&amp;Sign the checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the signed checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the signed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the &amp;inspection report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an audit first: double-click it in the Audits tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist and its evidence files are unchanged since signing.
SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist CHANGED after it was signed:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advisory letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is not signed yet. Draft the letter from the unsigned checklist anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the signed chec&amp;klist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The checklist is not complete (%n point(s)). Once signed, it can only be changed by reopening it, which voids the signatures.</source>
        <translation>
            <numerusform>The checklist is not complete (%n point). Once signed, it can only be changed by reopening it, which voids the signatures.</numerusform>
            <numerusform>The checklist is not complete (%n points). Once signed, it can only be changed by reopening it, which voids the signatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is not signed, so there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AuditDialog</name>
    <message>
        <source>New audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contractor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clause set the contract refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(imported %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit details (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is signed, so these details are read only. Audit ▸ Reopen the signed checklist to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AuditDisposal</name>
    <message>
        <source>Name who performs the disposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who approved the disposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the disposal (for example: retention period over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who approves the disposal must be someone other than the person who performs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit has %n advisory item(s) not yet closed. Close them first, or confirm that it is disposed of all the same.</source>
        <translation>
            <numerusform>The audit has %n advisory item not yet closed. Close it first, or confirm that the audit is disposed of all the same.</numerusform>
            <numerusform>The audit has %n advisory items not yet closed. Close them first, or confirm that the audit is disposed of all the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::AuditKinds</name>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AuditListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AuditListView</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-inspection not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the audit of %1 on %2 with all its findings and evidence? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n audit(s) shown</source>
        <translation>
            <numerusform>%1 of %n audit shown</numerusform>
            <numerusform>%1 of %n audits shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;same clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of the clause document is in the library: %1 (imported %2).

Check against the newer version? Items that are new or changed since this audit are marked in the re-inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 holds findings, evidence or letters. To remove it for good, dispose of it: its data is destroyed and a signed disposal record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose of it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AuditRecord</name>
    <message>
        <source>The package&apos;s clause set cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is inconsistent: %1 refers to a row it does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds no audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdicts and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 here and %3 in the package are not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: %1 changes recorded only here, %2 only in the package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AuditRepository</name>
    <message>
        <source>This audit has an issued letter (%1), an official record, and cannot be deleted. Archive the audit instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::AuditStatuses</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::BusinessCalendar</name>
    <message>
        <source>a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the year-end closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>How a day and month are written in explainShift (Qt date format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, so %3</source>
        <extracomment>%1 the requested date, %2 why the office is closed then, %3 the business day it moved to</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::CertificateDialog</name>
    <message>
        <source>This certificate had expired on the audit date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least the issuer and the certificate number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::CheckItem</name>
    <message>
        <source> paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::CheckItemModel</name>
    <message>
        <source>Para. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n</source>
        <translation>
            <numerusform>Evidence: %n</numerusform>
            <numerusform>Evidence: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>[new] </source>
        <extracomment>Marks a check item of a re-inspection whose obligation the earlier clause document did not have.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[changed] </source>
        <extracomment>Marks a check item of a re-inspection whose wording changed since the earlier clause document.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since the previous audit: the earlier version of the clause document did not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the previous audit: the wording or the obligation differs from the earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ChecklistColumnsDialog</name>
    <message>
        <source>Checklist in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the text under check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column is chosen for two things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」: %2, %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column letter and its header</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ChecklistContent</name>
    <message>
        <source>Audit header: %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist had %1 check items when signed and has %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: verdict %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “what is wrong” changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the improvement required changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the clause text changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: whether it counts as a check item changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence “%2” was removed or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence “%2” was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence “%2” was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file of evidence “%2” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file of evidence “%2” was altered on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ChecklistSheet</name>
    <message>
        <source>sheet 「%1」, header row %2: number = %3, heading = %4, text = %5, scored = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (every row is scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 is not ROLE=COLUMN with ROLE one of number, heading, text, scored and COLUMN a column&apos;s letters (B, AA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns must name the text column (text=D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one column is named for two things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet 「%1」 ends at row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseDiffDialog</name>
    <message>
        <source> (corrects %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare clause sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the two versions have the same articles, paragraphs and obligations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) differ.</source>
        <translation>
            <numerusform>%n article differs.</numerusform>
            <numerusform>%n articles differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Obligations: %1 appeared, %2 disappeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obligation appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obligation disappeared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseHtml</name>
    <message>
        <source>obligation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseImportController</name>
    <message>
        <source>Importing clause document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the corrected clause set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n obligation mark(s) corrected by hand in an earlier version applied again (Undo takes them back)</source>
        <translation>
            <numerusform>%n obligation mark corrected by hand in an earlier version applied again (Undo takes it back)</numerusform>
            <numerusform>%n obligation marks corrected by hand in an earlier version applied again (Undo takes them back)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseLibraryModel</name>
    <message>
        <source>(items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (corrected)</source>
        <extracomment>After a clause set&apos;s title: a version the user corrected in the import review.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansa (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects the clause set imported before from the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected in the import review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseReview</name>
    <message>
        <source>The document has no title. Enter one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article was found. Select the line where each article starts and mark it as an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 has no number. Enter its number (第１, 第1条, 1 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a paragraph without text (paragraph %2). Mark the line that holds its text as part of it, or merge the paragraph into the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an item without text (%2). Mark the line that holds its text as part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is given twice (articles %2 and %3). Correct one of them in the Number field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseReviewDialog</name>
    <message>
        <source>Check the clause document before it is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the clause set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store corrected version</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message numerus="yes">
        <source>%n of %1 line(s) left out (shown struck through)</source>
        <translation>
            <numerusform>%n of %1 lines left out (shown struck through)</numerusform>
            <numerusform>%n of %1 lines left out (shown struck through)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your corrections? Nothing of this document is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected: stored as you corrected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is corrected yet, so there is nothing to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was left as it was: a heading is a short line without 。 before an article&apos;s number, or right after a number without one. To rename an article, edit its Heading field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseReviewModel</name>
    <message>
        <source>%1 paragraph %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: running header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: after the clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 (heading kept as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: deleted article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseSetJson</name>
    <message>
        <source>the title is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there must be at least one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 5000 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every article needs its number (第１, 第1条, 1 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heading must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article needs at least one paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obligation must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item needs its label and its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paragraph needs its text or items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is given to two articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::Cli</name>
    <message>
        <source>The built-in clause sets could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is already in the library as clause set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses show ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clause set %1. `kansa-cli clauses list` shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli audit new --clause-set ID --contractor NAME [--date YYYY-MM-DD] [--type periodic|adhoc] [--place TEXT] [--inspector NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type must be periodic or adhoc, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clause set %1 (see: kansa-cli clauses list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli audit list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major %1, minor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli audit show AUDIT [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1 of %2 items have a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict must be conforming, major, minor, observation or na, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 has no check item %2 (see: kansa-cli audit show %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli evidence add AUDIT ITEM FILE... [--caption TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli search QUERY [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo audit could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansa demo: audit %1 created in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 has no advisory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli settings list | settings set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli verify AUDIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged since signing. SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED since signing (signed %1, now %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli reopen AUDIT --by NAME --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli pdf advisory|report|checklist AUDIT --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the advisory letter is written as .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pages in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED since signing: evidence files differ from what was signed (content SHA-256 %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli advisory create AUDIT [--date YYYY-MM-DD] [--observations] [--unsigned]
       kansa-cli advisory show AUDIT [--json]
       kansa-cli advisory item ITEM [--deadline YYYY-MM-DD] [--finding TEXT] [--improvement TEXT]
                               [--include | --leave-out]
       kansa-cli advisory issue ADVISORY [--by NAME]
       kansa-cli advisory correct ADVISORY [--date YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number until issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1</source>
        <translation>
            <numerusform>%n item written to %1</numerusform>
            <numerusform>%n items written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli sign AUDIT --role inspector|contractor --name NAME --image FILE.png [--title TITLE] [--strict]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: the checklist is not complete (%n point(s)); once signed it can only be changed by reopening it, which voids the signatures.</source>
        <translation>
            <numerusform>Warning: the checklist is not complete (%n point); once signed it can only be changed by reopening it, which voids the signatures.</numerusform>
            <numerusform>Warning: the checklist is not complete (%n points); once signed it can only be changed by reopening it, which voids the signatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed (--strict): complete the checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the structure %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure %1 is not JSON in the shape of clauses parse --json: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure %1 was refused, nothing was stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses diff OLD NEW [--json]   (clause set ids or files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(obligation appeared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(obligation disappeared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses parse|import|list|show|diff …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[new] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli audit reinspect AUDIT [--clause-set ID] [--date YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object {…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli keys new --out KEYFILE [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is in %1 in clear: keep it where only the office can read it, or make it again with --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli keys show KEYFILE [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure %1 was refused, nothing was stored: its text 「%2」 is not in %3 there (invented, given twice, or out of the document&apos;s order). A correction rearranges the document&apos;s own text (split, merge, headings, numbers, obligations, lines left out); it does not rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: the structure leaves out %n passage(s) of the document with a 。, such as 「%1」.</source>
        <translation>
            <numerusform>Note: the structure leaves out %n passage of the document with a 。, 「%1」.</numerusform>
            <numerusform>Note: the structure leaves out %n passages of the document with a 。, such as 「%1」.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli keys office [add|remove age1…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli keys new|show|office …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli history AUDIT [--json] | kansa-cli history verify AUDIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint signed by key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries, head %1</source>
        <translation>
            <numerusform>Intact: %n entry, head %1</numerusform>
            <numerusform>Intact: %n entries, head %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoints hold.</source>
        <translation>
            <numerusform>%n signed checkpoint holds.</numerusform>
            <numerusform>%n signed checkpoints hold.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli package export AUDIT... --out FILE [--recipient age1…]... [--passphrase-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package is encrypted either to keys or to a passphrase, not both (the age format allows a passphrase only alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an age public key (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No office key is set up, so the package would have no one to open it. Add the office&apos;s key (kansa-cli keys office add age1…), or give --recipient or --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audits with %1 evidence files to %2 (%3 bytes).</source>
        <translation>
            <numerusform>Exported %n audit with %1 evidence files to %2 (%3 bytes).</numerusform>
            <numerusform>Exported %n audits with %1 evidence files to %2 (%3 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli package import FILE [--identity KEYFILE]... [--passphrase-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the office&apos;s key file (--identity) or the package&apos;s passphrase (--passphrase-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 (%2) differs from the package&apos;s; nothing was overwritten. Conflict %3 waits for you: kansa-cli package resolve %3 keep|replace|both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new evidence files stored; %1 were here already.</source>
        <translation>
            <numerusform>%n new evidence file stored; %1 were here already.</numerusform>
            <numerusform>%n new evidence files stored; %1 were here already.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli package conflicts [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1: audit %2 (%3), from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli package resolve CONFLICT keep|replace|both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli package export|import|conflicts|resolve …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a package is never written over another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 (%2) is here already with everything the package holds of it; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history this copy came with (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy&apos;s own history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1: %2, %3
  check items %4, findings %5, photos %6, documents %7, certificates %8,
  signatures %9, letters %10, follow-up events %11 (files %12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposal record could not be written to %1: %2
Print it again with: kansa-cli audit disposal-record %3 --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli audit dispose AUDIT --by NAME --approved-by NAME --reason TEXT [--record FILE.pdf] [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; give another file for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposing of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was disposed of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 disposed of; disposal record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli audit disposals [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli audit disposal-record ID --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no disposal record %1 (see: kansa-cli audit disposals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli audit new|list|show|reinspect|dispose|disposals|disposal-record …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files were not all encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 (%2) was disposed of here on %3; it is back from the package. Dispose of it again if it should not be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet, --header-row and --columns each need a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row takes the row&apos;s number as Excel shows it (1, 2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found from the header words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as remembered for this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist read from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that is wrong, give --header-row N and --columns number=B,heading=C,text=D[,scored=E].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses parse FILE [--json] [--sheet NAME] [--header-row N] [--columns …]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses import FILE [--structure STRUCTURE.json]
       kansa-cli clauses import CHECKLIST.xlsx [--sheet NAME] [--header-row N]
                [--columns number=B,heading=C,text=D,scored=E]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli export xlsx AUDIT --out FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli followup respond ITEM --date YYYY-MM-DD --text TEXT [--attach FILE]... [--by NAME]
       kansa-cli followup verify ITEM --date YYYY-MM-DD [--note HOW] [--attach FILE]... [--by NAME]
       kansa-cli followup return ITEM --date YYYY-MM-DD --note REASON [--by NAME]
       kansa-cli followup close ITEM --date YYYY-MM-DD [--note TEXT] [--by NAME]
       kansa-cli followup not-required ITEM --date YYYY-MM-DD --note REASON [--by NAME]
       kansa-cli followup list [--all] [--overdue] [--date YYYY-MM-DD] [--json | --csv FILE | --pdf FILE | --xlsx FILE]
--xlsx writes the whole ledger (every item of every letter, as --all) as an Excel workbook.
Without --by, the step is recorded as done by the default lead inspector of the
settings, else by the signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by needs the name of the person acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 (%2) was updated: the package continues the audit held here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced in audit %1 (the replaced version stays in its history: kansa-cli history %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli finding set AUDIT ITEM --verdict conforming|major|minor|observation|na [--note TEXT] [--scored yes|no]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is （参考） in this audit, not a check item, so it takes no verdict. If it is to be checked, make it a check item: kansa-cli finding set %2 %3 --scored yes --verdict %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verdict and --scored no contradict each other: a paragraph that is not checked takes no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 (%2) imported; its history was signed by the key %3 (compare it with “This computer&apos;s key” in Audit ▸ History… on the computer it came from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait needs a number of seconds (0 to 86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kansa-cli [--db PATH] COMMAND

commands:
  clauses parse FILE [--json]   parse a clause document (text or PDF) without storing it
  clauses import FILE [--structure S.json]
                                store a clause document as a clause set; prints its id
                                (with S.json, the parse corrected by hand: a new version)
  clauses list                  list the clause sets
  clauses diff OLD NEW [--json] what changed between two versions (ids or files)
  clauses show ID [--json]      show one clause set
  audit new --clause-set ID --contractor NAME [--date YYYY-MM-DD]
            [--type periodic|adhoc] [--place TEXT] [--inspector NAME]
                                create an audit; prints its id
  audit list [--json]           list the audits with progress
  audit show AUDIT [--json]     show an audit&apos;s check items and findings
  audit reinspect AUDIT [--clause-set ID] [--date YYYY-MM-DD]
                                a re-inspection (with --clause-set, against a newer
                                version: items marked new or changed); prints its id
  audit dispose AUDIT --by NAME --approved-by NAME --reason TEXT [--record FILE.pdf]
              [--force]         dispose of an audit for good (cryptographic erase);
                                leaves a signed disposal record (--force: even with
                                advisory items open)
  audit disposals [--json]      the disposal records
  audit disposal-record ID --out FILE.pdf
                                print a disposal record again
  finding set AUDIT ITEM --verdict conforming|major|minor|observation|na [--note TEXT]
              [--scored yes|no]
                                record a verdict (and a note) for a check item
                                (--scored yes: a （参考） paragraph becomes one)
  evidence add AUDIT ITEM FILE... [--caption TEXT]
                                store photos or PDFs as evidence of a check item
  search QUERY [--json]         search audits, findings, captions and follow-up texts
  demo                          create a demo audit with photos
  sign AUDIT --role inspector|contractor --name NAME --image FILE.png [--title TITLE]
       [--strict]               sign the checklist (locks it); --strict refuses an
                                incomplete one
  verify AUDIT                  exit 0 if the signed content is unchanged, 3 if not (and what),
                                2 if the checklist is not signed
  reopen AUDIT --by NAME --reason TEXT
                                void the signatures so the checklist can change again
  advisory create AUDIT [--date YYYY-MM-DD] [--observations] [--unsigned]
                                draft the improvement recommendation letter; prints its id
  advisory item ITEM [--deadline YYYY-MM-DD] [--finding TEXT] [--improvement TEXT]
                [--include | --leave-out]
                                edit an item of the draft letter
  advisory issue ADVISORY [--by NAME] [--drafted-by NAME] [--approved-by NAME]
                 [--approved-on YYYY-MM-DD]
                                issue the draft after 起案 and 決裁 (both default to
                                --by; the approval date, default the draft&apos;s, is the
                                letter&apos;s): takes its number; it never changes again
  advisory correct ADVISORY [--date YYYY-MM-DD]
                                draft a correction (訂正) of an issued letter; prints its id
  advisory show AUDIT [--json]  the audit&apos;s draft letter, else its latest issued one
  pdf advisory|report|checklist AUDIT --out FILE
                                write a document as PDF (the letter also as .odt)
  export xlsx AUDIT --out FILE.xlsx
                                the checklist, advisory items and photos as an Excel workbook
  followup respond|verify|return|close|not-required ITEM --date YYYY-MM-DD
           [--text T] [--note T] [--attach F]... [--by NAME]
  followup list [--all] [--overdue] [--json | --csv FILE | --pdf FILE | --xlsx FILE]
                                follow advisory items up until they are closed
  keys new --out KEYFILE [--passphrase-file F]
                                the office&apos;s key pair for audit packages (age format);
                                prints the public key age1…
  keys show KEYFILE [--passphrase-file F]
                                the public key of a key file
  keys office [add|remove age1…]
                                the office keys packages are encrypted to
  package export AUDIT... --out FILE [--recipient age1…]... [--passphrase-file F]
                                encrypt audits with their evidence and history into a
                                package (to the office keys unless told otherwise)
  package import FILE [--identity KEYFILE]... [--passphrase-file F]
                                import a package; prints the ids of the audits imported
  package conflicts [--json]    audits a package brought that differ from ours
  package resolve CONFLICT keep|replace|both
                                keep ours, replace it with the package&apos;s, or keep both
  history AUDIT [--json]        the audit&apos;s tamper-evident history (AUDIT may be
                                &quot;installation&quot;)
  history verify AUDIT          exit 0 if the history is intact, 3 if not (and where)
  settings list | settings set KEY VALUE
                                issuer, contact, document number and deadline settings

The database is KANSA_DB, or kansa.sqlite in the application data folder.
--by NAME (any command): who acts, as the history records it; without it, the
settings&apos; default lead inspector, else your account&apos;s full name.
--wait SECONDS (any command): how long to wait for other kansa-cli commands using the
database (default 60); a Kansa window holding it is reported at once.
Exit codes: 0 success, 1 wrong usage, 2 bad input, 3 signed content or history changed,
4 the database is in use by a Kansa window (or still by another command after --wait).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kansa database. Choose another file; this one was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (the integrity check failed). It was not changed. Restore it from a backup copy, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Kansa (schema %2; this version knows up to %3). It was not changed. Install the newer Kansa to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading the database %1, Kansa could not make a backup copy, so nothing was changed. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another Kansa program (%2, process %3 on %4). Only one program may use a database at a time, so that nothing is lost. Close the other Kansa window, or wait for the command to finish, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database %1 failed and was undone; the database is as it was. Check that the disk has free space; if it has, report this to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program. Only one program may use a database at a time, so that nothing is lost. Close the other Kansa window, or wait for the command to finish, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DateField</name>
    <message>
        <source>Choose on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 2027-02-15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DemoAudit</name>
    <message>
        <source>The built-in clause set 000 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the change; check the free disk space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DisposalActions</name>
    <message>
        <source>Dispose of the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was disposed of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit is disposed of. Part of the clean-up could not be done now and is done at the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 was disposed of (disposal record %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit has been disposed of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save which record as PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the disposal record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be saved: %1
It stays in Kansa: Audit ▸ Disposal records… saves it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal record saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DisposalDialog</name>
    <message>
        <source>Dispose of the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The audit of &lt;b&gt;%1&lt;/b&gt; on %2 will be &lt;b&gt;disposed of for good&lt;/b&gt;: its data key is destroyed, then everything it holds is deleted. It cannot be restored, not even from this computer&apos;s disk. A signed disposal record stays.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What goes:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1 check items, %2 findings&lt;/li&gt;&lt;li&gt;%3 photos, %4 documents, %5 certificates&lt;/li&gt;&lt;li&gt;%6 signatures, %7 letters&lt;/li&gt;&lt;li&gt;%8 follow-up records with %9 files&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dispose of it although %n advisory item(s) are not closed</source>
        <translation>
            <numerusform>Dispose of it although %n advisory item is not closed</numerusform>
            <numerusform>Dispose of it although %n advisory items are not closed</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the person who disposes of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (and title) of the person who approved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: retention period (5 years) over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies outside Kansa are not reached: exported packages, printed or saved documents and backups. The record lists them for the office to deal with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispose of permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose of the audit of %1 now? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentExport</name>
    <message>
        <source>Audit %1 has no advisory yet. Create one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentFonts</name>
    <message>
        <source>The document fonts (KansaMincho.ttf, KansaGothic.ttf) were not found in %1. Reinstall Kansa, or set KANSA_FONT_DIR to the folder that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentKinds</name>
    <message>
        <source>Improvement recommendation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentPreview</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated PDF could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentSettings</name>
    <message>
        <source>The honorific is 様 or 殿.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting “%1”. Known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head&apos;s title (e.g. 小諸市長)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number (1 or more for numbers and days; 0 or 1 for on/off), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A default deadline is 1 to 365 days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal is “none”, “omitted” (公印省略 is printed) or “stamp” (a place for the seal beside the head&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document-number pattern needs {n} where the number goes, e.g. 小諸市情第{n}号.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already given to a letter; a number is given once. Choose a number after the last one used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF writer for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. The disk may be full; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be converted to ODF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EditCaptionCommand</name>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EditFindingTextCommand</name>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceController</name>
    <message>
        <source>Certificate %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on the audit date (%1): certificate %2. It cannot stand in for an inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.pdf *.JPG *.JPEG *.PNG *.WEBP *.GIF *.BMP *.PDF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceEncryption</name>
    <message numerus="yes">
        <source>%n evidence file(s) could not be encrypted (is the disk full?). They stay readable; Kansa tries again at the next start.</source>
        <translation>
            <numerusform>%n evidence file could not be encrypted (is the disk full?). It stays readable; Kansa tries again at the next start.</numerusform>
            <numerusform>%n evidence files could not be encrypted (is the disk full?). They stay readable; Kansa tries again at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceError</name>
    <message>
        <source>%1 could not be read. Check that the file exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Copy the file again from the camera or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, which Kansa does not accept as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a format Kansa cannot show (%2). Save it as JPEG, PNG or PDF and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown as an image. Copy it again from the camera or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open safely (%2 pixels). Reduce it to at most 100 megapixels and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is password-protected. Ask the contractor for an unprotected copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored (%2). Free some disk space and add it again; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took too long to decode and was stopped (limit %2). It is probably damaged; save it again as JPEG, PNG or PDF and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF (it is damaged or not a PDF at all). Ask for a new copy, or print it to PDF again, and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a photo nor a PDF. Kansa takes photos as JPEG, PNG, WebP, GIF or BMP, and documents as PDF; save it in one of these formats and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceKeys</name>
    <message>
        <source>The storage key cannot be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key of audit %1 does not open with this installation&apos;s storage key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 has no data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of file %1 does not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was stored without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new storage key cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key of audit %1 does not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage key cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceRepository</name>
    <message>
        <source>There is no photo %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceStore</name>
    <message>
        <source>cannot write to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceViewer</name>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF can no longer be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo can no longer be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The checklist is signed: its photos&apos; markup is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::FollowUp</name>
    <message>
        <source>Give the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no advisory item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory item %1 is “%2”; that step is not possible from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the contractor reported, or attach its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the response is returned; the contractor needs to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who records this step; every step of the follow-up names who did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory item %1 belongs to a draft letter; issue the letter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 was corrected; follow up the item of the correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a recommendation can be closed as not required; a non-conformity is closed after its improvement is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why no action is required; it is recorded with the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the letter %2 was issued (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the item&apos;s last step (%2); the history runs in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future (today is %2); record a step on or after the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::FollowUpStates</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::FollowUpStepDialog</name>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the contractor reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not sufficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no action is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2, %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the contractor&apos;s report or photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryDescription</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History started (the audit existed before Kansa kept histories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit details edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check item changed (scored: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: verdict %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finding&apos;s text %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finding cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence caption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter issued: %1, dated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft letter removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up (%1) on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by the version in %1 (%2 entries replaced; the replaced version is kept here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: was %3, now %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from %1 (the package continued this audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another version received in %1 (a conflict to decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept this version over the one in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from another version of the audit (both kept); its history is kept in this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the history here that the package&apos;s does not continue are kept in this entry:</source>
        <translation>
            <numerusform>%n entry of the history here that the package&apos;s does not continue is kept in this entry:</numerusform>
            <numerusform>%n entries of the history here that the package&apos;s does not continue are kept in this entry:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: check item made (scored: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation&apos;s key made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint held for %1 at entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files made readable by their owner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit disposed of (approved by %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryDialog</name>
    <message>
        <source>History of the audit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n entries, each linked to the one before; the data is what they record.</source>
        <translation>
            <numerusform>The history is intact: %n entry; the data is what it records.</numerusform>
            <numerusform>The history is intact: %n entries, each linked to the one before; the data is what they record.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed checkpoint yet (one is made at signing, at issuing a letter and at export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoints: %1, by the key(s) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history does not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see everything it records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryLog</name>
    <message>
        <source>The audit has no history to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: the history has a gap there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was inserted: it repeats a number or belongs to another history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: the history was rewritten there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was modified: what it records no longer gives its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint at entry %1 has an invalid signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was cut: a signed checkpoint vouches for entries up to at least %1, which are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 differs from what a signed checkpoint recorded: the history was rewritten or forked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint signed at entry %1 was deleted: this computer&apos;s own history records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit&apos;s data is not what its history records (as of entry %1): it was changed outside Kansa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the history this copy came with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s history triggers were dropped or altered outside Kansa: changes may have been made without an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryState</name>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verdict of %1: the history records %2, the data says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding&apos;s text of %1: the history records %2, the data says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding belongs to no check item of the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence files: %1 in the data that the history does not record, %2 recorded that are not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signatures: %1 in the data, %2 recorded by the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit&apos;s details (%1): the history records %2, the data says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the improvement recommendation letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up steps: %1 in the data, %2 recorded by the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contractor&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type of audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contractor&apos;s attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check item %1 (%2): the history records %3, the data says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check item %1 is not in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check item %1 recorded by the history is not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence %1: not what the history records (file, caption or certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence %1: under another check item than the history records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence %1 recorded by the history is not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsibility structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items of letter %1 as issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ImportError</name>
    <message>
        <source>The file could not be read. Check that it exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Choose the clause document itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 20 MB, which is far more than any clause document. Choose the clause document itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding could not be recognised. Save the document as UTF-8 or Shift_JIS and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbered clauses (such as 第１ or 第1条) were found, so this does not look like an information-security clause document. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be opened. Ask for a new copy of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Remove the protection (or ask the issuer for an unprotected copy) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF contains no text, only images (probably a scan). Import a PDF with a text layer, or the document as a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause set could not be saved to the database. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a text document, a PDF or a Word/OpenDocument file. Import the clause document as .docx, .odt, .txt or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word or OpenDocument file is damaged (incomplete or not readable). Open it in Word or LibreOffice, save it again and import the new copy. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Word document (.doc), which Kansa does not read. Open it in Word or LibreOffice, save it as .docx and import that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is protected by a password. Remove the protection (or ask the issuer for an unprotected copy) and import it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document unpacks to far more data than any clause document, so it was not opened (it may be damaged or made to exhaust memory). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a packaged office document but neither a text document (.docx or .odt) nor an Excel workbook (.xlsx); a presentation cannot be imported as clauses. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), which Kansa does not read. Open it in Excel or LibreOffice, save it as .xlsx (Excel workbook) and import that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist was found in the workbook: no sheet has a header row naming the text under check (確認事項, 確認内容, 内容, チェック項目 …) with rows below it. Say which row and columns hold the checklist (in the column dialog, or with --header-row and --columns). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name (its sheets are named below). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook (.xlsx): it is damaged, cut short, or another kind of file with an .xlsx name. Open it in Excel or LibreOffice and save it again as .xlsx, or ask the sender for a new copy. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row given is below the last row of the sheet, so there are no check items under it. Give the number of the row that holds the column titles, as Excel shows it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ImportPlan</name>
    <message>
        <source>The history of the audit of %1 in the package is broken: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 in the package contradicts its own history (it was altered after it was exported): %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of the audit of %1 in the package does not continue the history this office signed for it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 in the package does not hold together: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed checklist of %1 in the package is not what was signed: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 in the package has no signed checkpoint of its latest changes, which every package Kansa exports carries: it was changed after export. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::InspectionSession</name>
    <message>
        <source>Your last change could not be saved (%1). Everything saved before it is kept. Check the free disk space, then make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::InspectionWorkspace</name>
    <message>
        <source>Every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All check items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 in the list, or Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1 of %2 have a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conforming %1 · Major %2 · Minor %3 · Observations %4 · N/A %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is signed, so its verdicts cannot change. Audit ▸ Reopen the signed checklist to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check item matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article&apos;s heading is selected: choose one of its check items (Down arrow) to give a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scored check item has a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check item without a verdict is shown; clear the filter to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read only (Audit ▸ Reopen to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::IssueLetterDialog</name>
    <message>
        <source>Issue the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is issued as %1 once it is approved (決裁). Its number is taken and it can no longer change; a mistake found later is corrected by a new letter. The approval date is the letter&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafted by (起案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pproved by (決裁)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last letter issued is dated %1; this one, with a later number, cannot be dated earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date is after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::Ledger</name>
    <message>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">%n day overdue</translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s) left</source>
        <translation type="unfinished">%n day left</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::LedgerModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::LedgerView</name>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: no action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or due within N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified, to be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ledger for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an item to see its history.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ledger as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::MainWindow</name>
    <message>
        <source>Clause set imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is already in the library; it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clause document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kansa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kansa %1&lt;/h3&gt;&lt;p&gt;On-site information-security audits of outsourcing contractors, clause by clause.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: %n item(s) overdue</source>
        <translation>
            <numerusform>Follow-up: %n item overdue</numerusform>
            <numerusform>Follow-up: %n items overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 適合 or 該当なし, go to the &amp;next item without a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tab&apos;s label with the follow-up counts: 「実地調査（期限超過 1）」 in Japanese.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare clause sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one clause set in the library. Import another version of the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected version is stored; the version it corrects stays in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispose of the audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;posal records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause documents and checklists (*.docx *.odt *.txt *.pdf *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due within %2 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::MarkupCanvas</name>
    <message>
        <source>Colour of a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add freehand line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize a mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::OfficeKeysPanel</name>
    <message>
        <source>Add an office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s public key (age1…, 62 characters), as the office&apos;s Kansa shows it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages exported from now on will no longer be encrypted to %1. Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the office&apos;s key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office creates its key pair once, on the computer that imports the packages. The key file opens every package sent to the office: keep it there (and a copy in the office&apos;s safe), never on a laptop. Laptops get only the public key (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase that protects the key file (at least %1 characters; a few words are easy to remember):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this key on every laptop (Settings ▸ Packages ▸ Add a key…, or kansa-cli keys office add): scan the code, or copy the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::PackageActions</name>
    <message>
        <source>&amp;Export audits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-package-%1.age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit packages (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the audits and their evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) exported with %1 evidence file(s) to %2 (%3 MB).</source>
        <translation>
            <numerusform>%n audit exported with %1 evidence files to %2 (%3 MB).</numerusform>
            <numerusform>%n audits exported with %1 evidence files to %2 (%3 MB).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the package encrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the office&apos;s &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.key *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit packages (*.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imported audit waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 holds another version of the audit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its history does not continue the one signed here, so it cannot replace ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace ours with the package&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is protected by a passphrase. Type it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was encrypted for an office key. Open it with the key file %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here with everything the package holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the audit here (nothing overwritten; decide now or later in File ▸ Package conflicts…): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are kept: the package&apos;s version is a separate audit now (its history starts by naming the audit it was copied from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the photos for the screen and the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  This audit was disposed of here on %1; it is back. Dispose of it again if it should not be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (the package continues the audit held here; nothing of ours was lost): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ours with the package&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries of the audit of %1 here will be replaced by the package&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message>
        <source>What is replaced is not erased: it stays in the audit&apos;s history (History…), with its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced: the audit of %1 now holds the package&apos;s version (its number is unchanged). What it held before stays in its history (Audit ▸ History…), with its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Its history was signed by the key %1: compare it with “This computer&apos;s key” in Audit ▸ History… on the computer it came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::PackageConflicts</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s history does not continue the one this office signed, so it cannot replace it. Keep both and compare them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::PackageContents</name>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted, but is not a Kansa audit package. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made by a newer version of Kansa (package format %1; this Kansa reads format %2). Update Kansa, then import it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made by a newer version of Kansa. Update Kansa, then import it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the package is not evidence Kansa accepts (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::PackageExport</name>
    <message>
        <source>Choose at least one audit to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1 cannot be exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 is missing or changed on this computer; the package was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was written, but its export could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the office keys is not a usable age key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be written to %1 (is the disk full?). Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::PackageExportDialog</name>
    <message>
        <source>The office&apos;s keys (none is set up yet: Settings ▸ Packages, or kansa-cli keys office add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The office: %n key(s) set up in the settings</source>
        <translation>
            <numerusform>The office: %n key set up in the settings</numerusform>
            <numerusform>The office: %n keys set up in the settings</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::PackageImport</name>
    <message>
        <source>The files cannot be unpacked (is the disk full?). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files cannot be stored (is the disk full?). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be stored: %1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was altered on the way (a changed byte, or a file cut short). Nothing was imported. Ask the sender for the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be opened with this key or passphrase. Check that it was made for this office&apos;s key, or type the passphrase again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kansa audit package (not an age-encrypted file). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a package. Choose the package file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is protected by a passphrase, not by the office&apos;s key: give its passphrase. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was encrypted for an office key, not with a passphrase: open it with the office&apos;s key file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not the one this package was made with. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was not made for this office&apos;s key (or the key file is another one). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::PackageSettings</name>
    <message>
        <source>“%1” is not one of the office keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a secret key, not a public key: it must never be given out or typed into another program. Give the office&apos;s public key (age1…), which kansa-cli keys show KEYFILE prints; if the secret key was shown where others could see it, make a new key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an office public key: a public key begins with age1 and has 62 characters (kansa-cli keys show KEYFILE prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an office public key (age1…); nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::PhotoMarkup</name>
    <message>
        <source>the markup is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the markup is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 marks on one photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown kind of mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mark without a valid colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line width other than 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stroke of more than %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point outside the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mark with the wrong number of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pin without a number from 1 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text label that is empty or longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::RecordComparison</name>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: here %3; in the package %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::ReopenDialog</name>
    <message>
        <source>Reopen the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reopening voids the %n signature(s); the checklist must be signed again. Who reopens it, and why, is recorded with the audit.</source>
        <translation>
            <numerusform>Reopening voids the signature; the checklist must be signed again. Who reopens it, and why, is recorded with the audit.</numerusform>
            <numerusform>Reopening voids the %n signatures; the checklist must be signed again. Who reopens it, and why, is recorded with the audit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::SchemaGuards</name>
    <message>
        <source>The database&apos;s safeguards were changed outside Kansa (%1 missing or altered): changes could be made without being recorded in the history. Kansa will not write to this database; it can still be read, printed and verified. Restore the database from a backup, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::SearchMatches</name>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor&apos;s attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no action is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::SetVerdictCommand</name>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::SettingsDialog</name>
    <message>
        <source>公印省略 is printed under the head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place for the seal beside the head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width (令和８年１１月２２日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width (令和8年11月22日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next letter will be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents name the office that issues them. Please enter %1; it is asked once and kept for every later document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::SignDialog</name>
    <message>
        <source>Sign the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing fixes the checklist as it is now: verdicts, notes and evidence. Changing it later needs a reopen, which voids the signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in the box:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::SignOff</name>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is empty. Sign in the box first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has signed already. Reopen the checklist to sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist changed after the first signature. Reopen it and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is not signed, so there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of the signed content does not match its hash; the database was edited outside Kansa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content differs from what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content is in a form this version of Kansa does not know. Check it with the newer Kansa that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::SignaturePad</name>
    <message>
        <source>Signature box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::SignatureRoles</name>
    <message>
        <source>Lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor&apos;s representative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::SigningChecks</name>
    <message>
        <source>%1: no verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: non-conformity without what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: non-conformity without the improvement required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: observation without any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::Sql</name>
    <message>
        <source>This checklist is signed and cannot be changed. Reopen it first; reopening voids the signatures, and both parties must sign again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::StorageKey</name>
    <message>
        <source>The storage key cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage key of this database (%1) is not in %2, so its evidence files cannot be read. Put back the evidence folder that belongs to this database, with its keys folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::TerminalAnswers</name>
    <message>
        <source>usage: kansa [--help] [--version]

Kansa: on-site information-security audits of outsourcing contractors, clause by clause.
Without options it opens its window on the database
  %1
(set KANSA_DB to open another). The same work from the command line: kansa-cli --help.

  -h, --help     this text
  -v, --version  the version and the commit it was built from
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::Verdicts</name>
    <message>
        <source>Conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major non-conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor non-conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kansa::WorkbookFile</name>
    <message>
        <source>The workbook could not be started (no temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No action required…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp&amp;ort CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kansa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clause document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kansa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause library: choose a clause set, article or paragraph to read it. Drop a clause document (Word, OpenDocument, PDF or text) here to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct how the chosen clause set was read; the correction is stored as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between two versions of a clause document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audits to put in the package (with their evidence, signatures, letters, follow-up and history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this &amp;passphrase (tell it separately, not in the same e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Kansa cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in clause sets could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of %1 failed (%2). Stop working in it, close Kansa and restore the database from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo audit could not be created: %1
Kansa starts without it; nothing was left half-made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every evidence file could be encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the database&apos;s safeguards were changed outside Kansa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once and shared by everyone using this database. Letters already issued keep the settings they were issued with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 小諸市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 総務部情報政策課</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 小諸市長</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 山田&#x3000;太郎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is replaced by the number, e.g. 小諸市情第{n}号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits in documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline, major non-conformity (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline, minor non-conformity (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (printed on letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 情報セキュリティ係&#x3000;小林</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval boxes on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office keys: audit packages exported on this computer are encrypted to these public keys (age1…), and only the office that holds the matching key file can open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the office&apos;s key pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos on the report with their markup (arrows, circles, pins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in Excel workbooks in the Japanese era (令和8年11月22日)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
