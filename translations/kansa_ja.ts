<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Kansa::ClauseHtml</name>
    <message>
        <source>obligation</source>
        <translation>義務</translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseImportController</name>
    <message>
        <source>Importing clause document</source>
        <translation>特記事項の取り込み</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>%1 を取り込めませんでした</translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseLibraryModel</name>
    <message>
        <source>(items)</source>
        <translation>（号のみ）</translation>
    </message>
    <message>
        <source>Paragraph %1: %2</source>
        <translation>第%1項：%2</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>義務</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>調査対象</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Kansa::Cli</name>
    <message>
        <source>The built-in clause sets could not be stored: %1</source>
        <translation>標準の特記事項をデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses parse FILE [--json]</source>
        <translation>使い方: kansa-cli clauses parse ファイル [--json]</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses import FILE</source>
        <translation>使い方: kansa-cli clauses import ファイル</translation>
    </message>
    <message>
        <source>This document is already in the library as clause set %1.</source>
        <translation>この文書は特記事項 %1 として登録済みです。</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses list</source>
        <translation>使い方: kansa-cli clauses list</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses show ID [--json]</source>
        <translation>使い方: kansa-cli clauses show ID [--json]</translation>
    </message>
    <message>
        <source>There is no clause set %1. `kansa-cli clauses list` shows the ids.</source>
        <translation>特記事項 %1 はありません。`kansa-cli clauses list` で ID を確認してください。</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses parse|import|list|show …</source>
        <translation>使い方: kansa-cli clauses parse|import|list|show …</translation>
    </message>
    <message>
        <source>Kansa demo: the built-in clause sets in %1</source>
        <translation>Kansa デモ：%1 に登録された標準の特記事項</translation>
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
        <translation>使い方: kansa-cli [--db パス] コマンド

コマンド:
  clauses parse ファイル [--json]   特記事項（テキストまたはPDF）を解析して表示する（保存しない）
  clauses import ファイル           特記事項を取り込んで保存し、その ID を表示する
  clauses list                      特記事項の一覧を表示する
  clauses show ID [--json]          特記事項を一つ表示する
  demo                              標準の特記事項を表示する

データベースは KANSA_DB、なければアプリケーションデータフォルダの kansa.sqlite です。
終了コード: 0 成功、1 使い方の誤り、2 入力の誤り。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Kansa::CountText</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%nか条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s)</source>
        <translation>
            <numerusform>義務 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::DatabaseError</name>
    <message>
        <source>The database %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>データベース %1 を開けませんでした。フォルダが存在し、書き込みの権限があることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a Kansa database. Choose another file; this one was left untouched.</source>
        <translation>%1 は Kansa のデータベースではありません。別のファイルを選んでください。このファイルは変更していません。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (the integrity check failed). It was not changed. Restore it from a backup copy, or ask your administrator.</source>
        <translation>データベース %1 は破損しています（整合性検査に失敗しました）。ファイルは変更していません。バックアップから復元するか、管理者に相談してください。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Kansa (schema %2; this version knows up to %3). It was not changed. Install the newer Kansa to open it.</source>
        <translation>データベース %1 は新しい版の Kansa で作成されています（スキーマ %2。この版が扱えるのは %3 まで）。ファイルは変更していません。開くには新しい版の Kansa を導入してください。</translation>
    </message>
    <message>
        <source>Before upgrading the database %1, Kansa could not make a backup copy, so nothing was changed. Free some disk space and try again.</source>
        <translation>データベース %1 の更新前にバックアップを作成できなかったため、何も変更していません。ディスクの空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Upgrading the database %1 failed and was undone; the database is as it was. Report this to your administrator.</source>
        <translation>データベース %1 の更新に失敗したため取り消しました。データベースは元のままです。管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::ImportError</name>
    <message>
        <source>The file could not be read. Check that it exists and that you may open it.</source>
        <translation>ファイルを読み込めませんでした。ファイルが存在し、開く権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The file is empty. Choose the clause document itself.</source>
        <translation>ファイルが空です。特記事項の文書そのものを選んでください。</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB, which is far more than any clause document. Choose the clause document itself.</source>
        <translation>ファイルが 20 MB を超えています。特記事項の文書としては大きすぎます。特記事項の文書そのものを選んでください。</translation>
    </message>
    <message>
        <source>The file is not a text document or a PDF. Import the clause document as a text file (.txt) or a PDF.</source>
        <translation>このファイルはテキスト文書でも PDF でもありません。特記事項はテキストファイル（.txt）または PDF で取り込んでください。</translation>
    </message>
    <message>
        <source>The text encoding could not be recognised. Save the document as UTF-8 or Shift_JIS and import it again.</source>
        <translation>文字コードを判別できませんでした。文書を UTF-8 または Shift_JIS で保存し直してから取り込んでください。</translation>
    </message>
    <message>
        <source>No numbered clauses (such as 第１ or 第1条) were found, so this does not look like an information-security clause document. Nothing was imported.</source>
        <translation>番号の付いた条項（第１、第1条など）が見つからないため、情報セキュリティ特記事項の文書ではないようです。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be opened. Ask for a new copy of the document.</source>
        <translation>PDF が破損しているため開けません。文書をもう一度入手してください。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Remove the protection (or ask the issuer for an unprotected copy) and import it again.</source>
        <translation>PDF がパスワードで保護されています。保護を解除する（または発行元に保護のない版を依頼する）などしてから取り込んでください。</translation>
    </message>
    <message>
        <source>The PDF contains no text, only images (probably a scan). Import a PDF with a text layer, or the document as a text file.</source>
        <translation>PDF に文字情報がなく、画像だけです（スキャンした文書と思われます）。文字情報を含む PDF か、テキストファイルで取り込んでください。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>取り込みを中止しました。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The clause set could not be saved to the database. Nothing was imported.</source>
        <translation>特記事項をデータベースに保存できませんでした。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>Kansa::MainWindow</name>
    <message>
        <source>Clause set imported.</source>
        <translation>特記事項を取り込みました。</translation>
    </message>
    <message>
        <source>This document is already in the library; it is shown.</source>
        <translation>この文書は登録済みです。登録済みの特記事項を表示しています。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>Import clause document</source>
        <translation>特記事項の取り込み</translation>
    </message>
    <message>
        <source>Clause documents (*.txt *.pdf);;All files (*)</source>
        <translation>特記事項の文書 (*.txt *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>About Kansa</source>
        <translation>Kansa について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kansa %1&lt;/h3&gt;&lt;p&gt;On-site information-security audits of outsourcing contractors, clause by clause.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kansa（監査）%1&lt;/h3&gt;&lt;p&gt;委託先の情報セキュリティ特記事項に基づく実地調査を、条項ごとに行うためのツールです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kansa</source>
        <translation>Kansa（監査）</translation>
    </message>
    <message>
        <source>Clause library: choose a clause set, article or paragraph to read it. Drop a clause document (text or PDF) here to import it.</source>
        <translation>特記事項ライブラリ：特記事項・条・項を選ぶと本文を表示します。特記事項の文書（テキストまたは PDF）をここにドロップすると取り込みます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import clause document…</source>
        <translation>特記事項の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Kansa</source>
        <translation>Kansa について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Kansa cannot start</source>
        <translation>Kansa を起動できません</translation>
    </message>
    <message>
        <source>Kansa</source>
        <translation>Kansa（監査）</translation>
    </message>
    <message>
        <source>The built-in clause sets could not be stored: %1</source>
        <translation>標準の特記事項をデータベースに保存できませんでした：%1</translation>
    </message>
</context>
</TS>