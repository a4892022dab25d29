<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>Kansa demo: the built-in clause sets in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: kansa-cli [--db PATH] COMMAND

commands:
  clauses parse FILE [--json]   parse a clause document (text or PDF) without storing it
  clauses import FILE           store a clause document as a clause set; prints its id
  clauses list                  list the clause sets
  clauses show ID [--json]      show one clause set
  demo                          show the built-in clause sets

The database is KANSA_DB, or kansa.sqlite in the application data folder.
Exit codes: 0 success, 1 wrong usage, 2 bad input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
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
</context>
</TS>