<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdvisoryEditor</name>
    <message>
        <source>Advisory letter</source>
        <translation>改善勧告書</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Add&amp;ressee</source>
        <translation>宛先(&amp;R)</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>&amp;Body of the letter</source>
        <translation>本文(&amp;B)</translation>
    </message>
    <message>
        <source>Standard wording</source>
        <translation>標準の文面に戻す</translation>
    </message>
    <message>
        <source>Item as it will be printed</source>
        <translation>印刷される事項</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>区分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>指摘事項(&amp;F)</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>改善期限(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Issue the letter…</source>
        <translation>勧告書を発行(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Correct the issued letter…</source>
        <translation>発行済みの勧告書を訂正(&amp;C)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Incl&amp;ude in the letter</source>
        <translation>勧告書に記載する(&amp;U)</translation>
    </message>
    <message>
        <source>I&amp;mprovement required</source>
        <translation>改善を要する事項(&amp;M)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit</source>
        <translation>実地調査</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Clause set version</source>
        <translation>特記事項（版）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Date of inspection</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Place of work inspected</source>
        <translation>業務履行場所</translation>
    </message>
    <message>
        <source>Client&apos;s department</source>
        <translation>委託者の担当課</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>調査責任者</translation>
    </message>
    <message>
        <source>Members (one per line)</source>
        <translation>調査員（1行に1名）</translation>
    </message>
    <message>
        <source>Contractor&apos;s attendees (one per line)</source>
        <translation>受託者側の立会者（1行に1名）</translation>
    </message>
    <message>
        <source>Contractor and contract</source>
        <translation>受託者・契約</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>受託者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>代表者の役職</translation>
    </message>
    <message>
        <source>Contract title</source>
        <translation>契約件名</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <source>Contract period from</source>
        <translation>契約期間（開始）</translation>
    </message>
    <message>
        <source>Contract period to</source>
        <translation>契約期間（終了）</translation>
    </message>
    <message>
        <source>Responsibility structure</source>
        <translation>責任体制の届出</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>情報資産の取扱部署</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>業務従事者</translation>
    </message>
    <message>
        <source>Contact (normal hours)</source>
        <translation>連絡体制（通常時）</translation>
    </message>
    <message>
        <source>Contact (emergency)</source>
        <translation>連絡体制（緊急時）</translation>
    </message>
    <message>
        <source>Work places</source>
        <translation>作業場所</translation>
    </message>
</context>
<context>
    <name>AuditListView</name>
    <message>
        <source>Search contractors, findings, notes and captions (Ctrl+F)</source>
        <translation>受託者・指摘事項・メモ・写真説明を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>保管済みも表示</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>新しい実地調査(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>詳細(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Re-inspection</source>
        <translation>再調査(&amp;R)</translation>
    </message>
    <message>
        <source>A new audit of the same contractor with the same check items</source>
        <translation>同じ受託者・同じチェック項目で新しい実地調査を作成します</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>保管(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate or third-party audit</source>
        <translation>認証・第三者監査</translation>
    </message>
    <message>
        <source>An ISO/IEC 27001 certificate or a third-party audit may stand in for an inspection (002 第9条) while it is valid.</source>
        <translation>ISO/IEC 27001 認証又は第三者監査は、有効期間内であれば立ち入り検査に代えることができます（002 第9条）。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行機関</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>認証範囲</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>ChecklistColumnsDialog</name>
    <message>
        <source>Checklist in an Excel workbook</source>
        <translation>Excelブックのチェックリスト</translation>
    </message>
    <message>
        <source>Point Kansa at the checklist: the sheet, the header row and the columns that hold the article number, the heading, the text under check and (optionally) whether a row is scored. Rows that share an article number become that article&apos;s paragraphs; hidden rows are left out. Kansa remembers this for workbooks of the same form.</source>
        <translation>チェックリストの場所を指定してください。シート、見出し行、及び条項番号・見出し・確認事項・（任意で）評価対象かどうかの列です。同じ条項番号の行はその条項の項になり、非表示の行は読み込みません。同じ様式のブックには、次回からこの指定が使われます。</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>シート(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>見出し行(&amp;H)</translation>
    </message>
    <message>
        <source>Article &amp;number</source>
        <translation>条項番号(&amp;N)</translation>
    </message>
    <message>
        <source>H&amp;eading</source>
        <translation>見出し(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Text under check</source>
        <translation>確認事項(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;cored (○/×)</source>
        <translation>評価対象（○/×）(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ClauseReviewDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>表題(&amp;T)</translation>
    </message>
    <message>
        <source>Check what Kansa read. Every line of the document is on the left with what it became; the clause set as it will be stored is on the right. Where a line was read wrongly, select it (or several) and say what it is.</source>
        <translation>読み取った内容を確認してください。左に文書のすべての行と、それぞれが何として読まれたかを、右に保存される特記事項を示します。読み違えた行があれば、その行（複数可）を選び、正しい種類を指定してください。</translation>
    </message>
    <message>
        <source>Selected lines:</source>
        <translation>選択した行：</translation>
    </message>
    <message>
        <source>Article starts</source>
        <translation>ここから条</translation>
    </message>
    <message>
        <source>An article starts at this line (splits the article it was in)</source>
        <translation>この行から新しい条が始まる（元の条を分ける）</translation>
    </message>
    <message>
        <source>Paragraph starts</source>
        <translation>ここから項</translation>
    </message>
    <message>
        <source>A paragraph (項) starts at this line</source>
        <translation>この行から新しい項が始まる</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>号</translation>
    </message>
    <message>
        <source>This line is an item (号) such as (1) or ア</source>
        <translation>この行は (1) やアのような号</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>This line is the heading (見出し) of its article</source>
        <translation>この行はその条の見出し</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>前の続き</translation>
    </message>
    <message>
        <source>The text before this line goes on here (merges what the line started into the one before)</source>
        <translation>前の行の文がこの行に続く（この行で始まっていたものを前に併合する）</translation>
    </message>
    <message>
        <source>Not clause text</source>
        <translation>条項外</translation>
    </message>
    <message>
        <source>Leave this line out (a page number, a note, a header)</source>
        <translation>この行を除外する（ページ番号、注記、ヘッダーなど）</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>A paragraph of the text before the articles starts here</source>
        <translation>条より前の前文の段落がここから始まる</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Article of the selected line</source>
        <translation>選択した行の条</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>番号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>見出し(&amp;H)</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>義務</translation>
    </message>
    <message>
        <source>Checked paragraphs oblige the contractor and become check items of an audit</source>
        <translation>チェックした項は受託者の義務で、実地調査のチェック項目になります</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Dispose of the audit</source>
        <translation>実地調査の消去</translation>
    </message>
    <message>
        <source>&amp;Performed by</source>
        <translation>実施者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation>承認者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FollowUpStepDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation>記録者(&amp;B)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>外す(&amp;V)</translation>
    </message>
</context>
<context>
    <name>InspectionWorkspace</name>
    <message>
        <source>Find in this audit (Ctrl+F)</source>
        <translation>この調査内を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>1 Conforming</source>
        <translation>1 適合</translation>
    </message>
    <message>
        <source>2 Major</source>
        <translation>2 重大な不適合</translation>
    </message>
    <message>
        <source>3 Minor</source>
        <translation>3 軽微な不適合</translation>
    </message>
    <message>
        <source>4 Observation</source>
        <translation>4 観察事項</translation>
    </message>
    <message>
        <source>5 N/A</source>
        <translation>5 該当なし</translation>
    </message>
    <message>
        <source>Counts as a check item</source>
        <translation>チェック項目として評価する</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>不適合の内容</translation>
    </message>
    <message>
        <source>Improvement required</source>
        <translation>改善を要する事項</translation>
    </message>
    <message>
        <source>Evidence (drop photos or PDFs here, or paste with Ctrl+V)</source>
        <translation>証跡（写真・PDFをここにドロップ、又はCtrl+Vで貼り付け）</translation>
    </message>
    <message>
        <source>Caption of the selected photo or document</source>
        <translation>選択した写真・文書の説明</translation>
    </message>
    <message>
        <source>Add photos or PDFs…</source>
        <translation>写真・PDFを追加…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>認証…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryEditor</name>
    <message>
        <source>In</source>
        <translation>記載</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>改善期限</translation>
    </message>
    <message>
        <source>Draft: nothing is final until the letter is issued. Every change is saved.</source>
        <translation>案：発行するまでは確定しません。変更はすべてその場で保存されます。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>Advisory letter (draft)</source>
        <translation>改善勧告書（案）</translation>
    </message>
    <message>
        <source>Advisory letter %1</source>
        <translation>改善勧告書 %1</translation>
    </message>
    <message>
        <source>taken when issued (next: %1)</source>
        <translation>発行時に付番（次の番号：%1）</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>記載しない</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>事項：%1</translation>
    </message>
    <message>
        <source>A recommendation has no deadline.</source>
        <translation>推奨事項には期限を定めません。</translation>
    </message>
    <message>
        <source>Without a finding this item is not printed; write what was found.</source>
        <translation>指摘事項が空のため印刷されません。確認された内容を記入してください。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 保存済み</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません：%1</translation>
    </message>
    <message>
        <source>Draft a correction of %1? The correction is a new letter listing every item; once issued, it replaces %1 in the follow-up.</source>
        <translation>%1 の訂正を作成しますか？ 訂正はすべての事項を記載した新しい勧告書で、発行するとフォローアップでは %1 に代わります。</translation>
    </message>
    <message>
        <source>Saved. The deadline of %1 is before the letter&apos;s date: move it before issuing.</source>
        <translation>保存しました。%1 の改善期限が勧告書の日付より前です。発行する前に期限を変更してください。</translation>
    </message>
    <message>
        <source>%1, issued on %2 (drafted by %3, approved by %4). An issued letter does not change; a correction is a new letter that refers to it.</source>
        <translation>%1（%2 発行、起案 %3、決裁 %4）。発行済みの勧告書は変更できません。訂正は、これを参照する新しい勧告書で行います。</translation>
    </message>
    <message>
        <source>finding missing</source>
        <translation>指摘事項が未記入</translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryLetter</name>
    <message>
        <source>There is no advisory %1.</source>
        <translation>改善勧告 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryLifecycle</name>
    <message>
        <source>The letter&apos;s date is not a valid date.</source>
        <translation>勧告書の日付が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The checklist of audit %1 is not signed. Sign it first, or create the letter from the unsigned checklist on purpose (--unsigned).</source>
        <translation>実地調査 %1 のチェックリストは署名されていません。先に署名するか、署名前のチェックリストから意図して作成してください（--unsigned）。</translation>
    </message>
    <message>
        <source>The audit has no non-conformity, so there is nothing to advise.</source>
        <translation>不適合がないため、勧告する事項はありません。</translation>
    </message>
    <message>
        <source>The audit has no non-conformity and no observation, so there is nothing to advise.</source>
        <translation>不適合も観察事項もないため、勧告する事項はありません。</translation>
    </message>
    <message>
        <source>There is no advisory %1.</source>
        <translation>勧告 %1 はありません。</translation>
    </message>
    <message>
        <source>The letter %1 is already issued.</source>
        <translation>勧告書 %1 は既に発行されています。</translation>
    </message>
    <message>
        <source>The letter cannot be issued without its issuer. Set %1 in Edit ▸ Settings… (or kansa-cli settings set issuer.municipality / issuer.head_title / issuer.head_name).</source>
        <translation>発行者が未設定のため勧告書を発行できません。編集 ▸ 設定… で%1を入力してください（または kansa-cli settings set issuer.municipality / issuer.head_title / issuer.head_name）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No item is included in the letter.</source>
        <translation>勧告書に記載する事項がありません。</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no finding; write what was found, or leave the item out.</source>
        <translation>事項 %1（%2）の指摘事項が空です。確認された内容を記入するか、この事項を記載しないでください。</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no deadline.</source>
        <translation>事項 %1（%2）に改善期限がありません。</translation>
    </message>
    <message>
        <source>A draft is edited, not corrected.</source>
        <translation>案は訂正ではなく編集してください。</translation>
    </message>
    <message>
        <source>The letter %1 was already corrected.</source>
        <translation>勧告書 %1 は既に訂正されています。</translation>
    </message>
    <message>
        <source>The audit already has a draft letter (advisory %1); edit or issue it first.</source>
        <translation>この監査には改善勧告書の案（勧告 %1）が既にあります。先にそれを編集するか発行してください。</translation>
    </message>
    <message>
        <source>Item %1 (%2): the deadline %3 is before the letter&apos;s date %4.</source>
        <translation>事項%1（%2）の改善期限 %3 が勧告書の日付 %4 より前です。</translation>
    </message>
    <message>
        <source>The document number %1 was already given to another letter. Set the next number in Edit ▸ Settings… (advisory.next_number) past the numbers used.</source>
        <translation>文書番号 %1 は既に別の勧告書に付けられています。編集 ▸ 設定… で「次の番号」（advisory.next_number）を使用済みの番号より後にしてください。</translation>
    </message>
    <message>
        <source>The letter&apos;s date %1 is before the audit it reports (%2); date the letter on or after the audit.</source>
        <translation>勧告書の日付 %1 が、報告する実地調査の実施日（%2）より前です。実施日以降の日付にしてください。</translation>
    </message>
    <message>
        <source>A correction cannot be dated %1, before the letter %2 it corrects (%3).</source>
        <translation>訂正の日付を、訂正する勧告書 %2 の日付（%3）より前の %1 にすることはできません。</translation>
    </message>
    <message>
        <source>The letter %1 was issued from this checklist. It does not change with the checklist: if a finding changes, sign the checklist again and issue a correction of the letter (訂正).</source>
        <translation>このチェックリストから勧告書 %1 が発行されています。勧告書はチェックリストに合わせて変わりません。指摘の内容が変わる場合は、チェックリストに署名し直したうえで勧告書の訂正を発行してください。</translation>
    </message>
    <message>
        <source>The audit already has the issued letter %1 (advisory %2). A change to it is a correction: Correct… in the letter, or kansa-cli advisory correct %2.</source>
        <translation>この実地調査には発行済みの勧告書 %1（勧告 %2）があります。内容を変えるには訂正を発行してください（勧告書の「訂正…」、または kansa-cli advisory correct %2）。</translation>
    </message>
    <message>
        <source>The letter is dated %1, after today (%2). Issue it on that day, or date it today.</source>
        <translation>勧告書の日付 %1 は今日（%2）より後です。その日に発行するか、日付を今日にしてください。</translation>
    </message>
    <message>
        <source>Who drafted the letter (起案者) is not given.</source>
        <translation>起案者が入力されていません。</translation>
    </message>
    <message>
        <source>Who approved the letter (決裁者) is not given.</source>
        <translation>決裁者が入力されていません。</translation>
    </message>
    <message>
        <source>The approval date (決裁日) is not a valid date.</source>
        <translation>決裁日が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The letter would be dated %1, before %2, which was issued on %3. A later number cannot carry an earlier date: date it %3 or later.</source>
        <translation>この勧告書の日付 %1 は、%3 に発行した %2 より前です。後の番号に前の日付は付けられません。%3 以降の日付にしてください。</translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryRepository</name>
    <message>
        <source>There is no advisory item %1.</source>
        <translation>勧告事項 %1 はありません。</translation>
    </message>
    <message>
        <source>The deadline is not a valid date.</source>
        <translation>改善期限が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>There is no advisory %1.</source>
        <translation>勧告 %1 はありません。</translation>
    </message>
    <message>
        <source>A recommendation has no deadline; make it a non-conformity first.</source>
        <translation>推奨事項には期限を定めません。期限を定めるには区分を不適合にしてください。</translation>
    </message>
    <message>
        <source>The letter&apos;s date is not a valid date.</source>
        <translation>勧告書の日付が正しい日付ではありません。</translation>
    </message>
    <message>
        <source>The letter %1 is issued and cannot change. A correction is a new letter that refers to it: “Correct the issued letter…” (kansa-cli advisory correct).</source>
        <translation>勧告書 %1 は発行済みのため変更できません。訂正は、元の勧告書を参照する新しい勧告書で行います（「発行済みの勧告書を訂正…」、kansa-cli advisory correct）。</translation>
    </message>
    <message>
        <source>The deadline %1 is before the letter&apos;s date %2.</source>
        <translation>改善期限 %1 が勧告書の日付 %2 より前です。</translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisorySeverities</name>
    <message>
        <source>Major non-conformity</source>
        <translation>重大な不適合</translation>
    </message>
    <message>
        <source>Minor non-conformity</source>
        <translation>軽微な不適合</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推奨事項</translation>
    </message>
</context>
<context>
    <name>Kansa::AdvisoryStatuses</name>
    <message>
        <source>Draft</source>
        <translation>案</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>Superseded by a correction</source>
        <translation>訂正により差し替え</translation>
    </message>
</context>
<context>
    <name>Kansa::AgeIdentity</name>
    <message>
        <source>line %1 is not an age secret key (AGE-SECRET-KEY-1…)</source>
        <translation>%1 行目は age の秘密鍵（AGE-SECRET-KEY-1…）ではありません</translation>
    </message>
    <message>
        <source>the file holds no age secret key</source>
        <translation>ファイルに age の秘密鍵がありません</translation>
    </message>
</context>
<context>
    <name>Kansa::AgeKeyFile</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters (a few words are easy to remember).</source>
        <translation>パスフレーズが短すぎます。%1 文字以上にしてください（いくつかの単語を並べると覚えやすくなります）。</translation>
    </message>
    <message>
        <source>The passphrase repeats one character. Use a few words instead.</source>
        <translation>パスフレーズが同じ文字の繰り返しです。いくつかの単語を並べてください。</translation>
    </message>
    <message>
        <source>The passphrase is only digits. Use a few words instead.</source>
        <translation>パスフレーズが数字だけです。いくつかの単語を並べてください。</translation>
    </message>
    <message>
        <source>The key could not be encrypted.</source>
        <translation>鍵を暗号化できませんでした。</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>鍵ファイル %1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation>鍵ファイル %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The key file %1 is protected by a passphrase: give it.</source>
        <translation>鍵ファイル %1 はパスフレーズで保護されています。パスフレーズを指定してください。</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file %1.</source>
        <translation>このパスフレーズでは鍵ファイル %1 を開けません。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>鍵ファイル %1 は壊れています。</translation>
    </message>
    <message>
        <source>%1 is not a key file: %2</source>
        <translation>%1 は鍵ファイルではありません：%2</translation>
    </message>
    <message>
        <source>its access could not be limited to you</source>
        <translation>アクセスできる人をあなただけに制限できませんでした</translation>
    </message>
</context>
<context>
    <name>Kansa::AuditActions</name>
    <message>
        <source>&amp;Sign the checklist…</source>
        <translation>チェックリストに署名(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reopen the signed checklist…</source>
        <translation>署名済みチェックリストを再開(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check the signed content</source>
        <translation>署名内容を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Preview the &amp;letter…</source>
        <translation>改善勧告書のプレビュー(&amp;L)…</translation>
    </message>
    <message>
        <source>Preview the &amp;inspection report…</source>
        <translation>実地調査結果報告書のプレビュー(&amp;I)…</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>実地調査</translation>
    </message>
    <message>
        <source>Open an audit first: double-click it in the Audits tab.</source>
        <translation>先に実地調査を開いてください（「実地調査」タブでダブルクリック）。</translation>
    </message>
    <message>
        <source>Reopen the checklist</source>
        <translation>チェックリストの再開</translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation>署名内容</translation>
    </message>
    <message>
        <source>This checklist is not signed.</source>
        <translation>このチェックリストは署名されていません。</translation>
    </message>
    <message>
        <source>The checklist and its evidence files are unchanged since signing.
SHA-256 %1</source>
        <translation>チェックリストと証跡ファイルは署名後に変更されていません。
SHA-256 %1</translation>
    </message>
    <message>
        <source>The checklist CHANGED after it was signed:

%1</source>
        <translation>署名後にチェックリストが変更されています：

%1</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>改善勧告</translation>
    </message>
    <message>
        <source>&amp;Advisory letter…</source>
        <translation>改善勧告書(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Follow-up ledger</source>
        <translation>フォローアップ台帳(&amp;F)</translation>
    </message>
    <message>
        <source>The checklist is not signed yet. Draft the letter from the unsigned checklist anyway?</source>
        <translation>チェックリストはまだ署名されていません。署名前のチェックリストから勧告書の案を作成しますか？</translation>
    </message>
    <message>
        <source>Preview the signed chec&amp;klist…</source>
        <translation>署名済みチェックリストのプレビュー(&amp;K)…</translation>
    </message>
    <message>
        <source>Sign the checklist</source>
        <translation>チェックリストへの署名</translation>
    </message>
    <message numerus="yes">
        <source>The checklist is not complete (%n point(s)). Once signed, it can only be changed by reopening it, which voids the signatures.</source>
        <translation>
            <numerusform>チェックリストに未完了の点があります（%n 件）。署名すると、再開して署名を無効にしない限り変更できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>戻って修正する(&amp;G)</translation>
    </message>
    <message>
        <source>Sign &amp;anyway</source>
        <translation>このまま署名する(&amp;A)</translation>
    </message>
    <message>
        <source>The checklist is not signed, so there is nothing to reopen.</source>
        <translation>チェックリストは署名されていないため、再開する必要はありません。</translation>
    </message>
    <message>
        <source>Export the audit as an Excel workbook</source>
        <translation>実地調査をExcelブックで書き出す</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excelブック</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>ブックを書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き出しました：%1</translation>
    </message>
</context>
<context>
    <name>Kansa::AuditDialog</name>
    <message>
        <source>New audit</source>
        <translation>新しい実地調査</translation>
    </message>
    <message>
        <source>Audit details</source>
        <translation>実地調査の詳細</translation>
    </message>
    <message>
        <source>Enter the contractor&apos;s name.</source>
        <translation>受託者名を入力してください。</translation>
    </message>
    <message>
        <source>Choose the clause set the contract refers to.</source>
        <translation>契約が引用する特記事項を選んでください。</translation>
    </message>
    <message>
        <source>The contract period ends before it starts.</source>
        <translation>契約期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>(imported %1)</source>
        <translation>（%1 取込）</translation>
    </message>
    <message>
        <source>Audit details (signed)</source>
        <translation>実地調査の詳細（署名済み）</translation>
    </message>
    <message>
        <source>The checklist is signed, so these details are read only. Audit ▸ Reopen the signed checklist to change them.</source>
        <translation>チェックリストは署名済みのため、この詳細は読み取り専用です。変更するには「実地調査」▸「署名済みチェックリストを再開」を使ってください。</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>（訂正版）</translation>
    </message>
</context>
<context>
    <name>Kansa::AuditDisposal</name>
    <message>
        <source>Name who performs the disposal.</source>
        <translation>消去の実施者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Name who approved the disposal.</source>
        <translation>消去を承認した人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Give the reason for the disposal (for example: retention period over).</source>
        <translation>消去の理由を入力してください（例：保存期間満了）。</translation>
    </message>
    <message>
        <source>The person who approves the disposal must be someone other than the person who performs it.</source>
        <translation>承認者は、消去を実施する人とは別の人にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The audit has %n advisory item(s) not yet closed. Close them first, or confirm that it is disposed of all the same.</source>
        <translation>
            <numerusform>この実地調査には完了していない改善勧告事項が %n 件あります。先に完了させるか、承知の上で消去することを確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::AuditKinds</name>
    <message>
        <source>Ad hoc</source>
        <translation>臨時</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>定期</translation>
    </message>
</context>
<context>
    <name>Kansa::AuditListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（保管済み）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>受託者</translation>
    </message>
    <message>
        <source>Place inspected</source>
        <translation>業務履行場所</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>軽微</translation>
    </message>
</context>
<context>
    <name>Kansa::AuditListView</name>
    <message>
        <source>Any status</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s)</source>
        <translation>
            <numerusform>実地調査 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>保管を解除(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>「%1」は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Audit not created</source>
        <translation>実地調査を作成できませんでした</translation>
    </message>
    <message>
        <source>The audit could not be saved: %1</source>
        <translation>実地調査を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>詳細を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Re-inspection not created</source>
        <translation>再調査を作成できませんでした</translation>
    </message>
    <message>
        <source>Delete audit</source>
        <translation>実地調査の削除</translation>
    </message>
    <message>
        <source>Delete the audit of %1 on %2 with all its findings and evidence? This cannot be undone.</source>
        <translation>%2 の %1 の実地調査を、すべての指摘事項・証跡とともに削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>削除できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n audit(s) shown</source>
        <translation>
            <numerusform>%n件中%1件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-inspection</source>
        <translation>再調査</translation>
    </message>
    <message>
        <source>Use the &amp;newer version</source>
        <translation>新しい版を使う(&amp;N)</translation>
    </message>
    <message>
        <source>Keep the &amp;same clauses</source>
        <translation>同じ特記事項のまま(&amp;S)</translation>
    </message>
    <message>
        <source>A newer version of the clause document is in the library: %1 (imported %2).

Check against the newer version? Items that are new or changed since this audit are marked in the re-inspection.</source>
        <translation>ライブラリに特記事項の新しい版があります：%1（%2 取込）。

新しい版で再調査しますか？ この実地調査から新しく加わった項目・変わった項目は、再調査で印が付きます。</translation>
    </message>
    <message>
        <source>The audit of %1 holds findings, evidence or letters. To remove it for good, dispose of it: its data is destroyed and a signed disposal record is kept.</source>
        <translation>%1 の実地調査には所見・証跡・勧告書が含まれています。完全に取り除くには「消去」を行ってください。データは復元できないよう破棄され、署名付きの消去記録が残ります。</translation>
    </message>
    <message>
        <source>Dispose of it…</source>
        <translation>消去する…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>保管(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Kansa::AuditRecord</name>
    <message>
        <source>The package&apos;s clause set cannot be read.</source>
        <translation>パッケージ内の特記事項を読み取れません。</translation>
    </message>
    <message>
        <source>The package is inconsistent: %1 refers to a row it does not hold.</source>
        <translation>パッケージの内容に矛盾があります（%1 が含まれていない行を参照しています）。</translation>
    </message>
    <message>
        <source>The package holds no audit.</source>
        <translation>パッケージに調査が含まれていません。</translation>
    </message>
    <message>
        <source>the audit&apos;s details</source>
        <translation>実地調査の基本情報</translation>
    </message>
    <message>
        <source>check items</source>
        <translation>確認事項</translation>
    </message>
    <message>
        <source>verdicts and findings</source>
        <translation>判定・所見</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>改善勧告書</translation>
    </message>
    <message>
        <source>letter items</source>
        <translation>勧告事項</translation>
    </message>
    <message>
        <source>follow-up steps</source>
        <translation>フォローアップの記録</translation>
    </message>
    <message>
        <source>follow-up files</source>
        <translation>フォローアップの添付資料</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>sign-off events</source>
        <translation>署名・再開の記録</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>%1: %2 here and %3 in the package are not the same</source>
        <translation>%1：こちらの %2 件とパッケージの %3 件が一致しない</translation>
    </message>
    <message>
        <source>history: %1 changes recorded only here, %2 only in the package</source>
        <translation>履歴：こちらだけにある変更 %1 件、パッケージだけにある変更 %2 件</translation>
    </message>
</context>
<context>
    <name>Kansa::AuditRepository</name>
    <message>
        <source>This audit has an issued letter (%1), an official record, and cannot be deleted. Archive the audit instead.</source>
        <translation>この実地調査には発行済みの勧告書（%1）があり、公文書の記録のため削除できません。代わりに保管してください。</translation>
    </message>
    <message>
        <source>There is no audit %1.</source>
        <translation>実地調査 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>Kansa::AuditStatuses</name>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名済</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>勧告済</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Partly signed</source>
        <translation>一部署名済み</translation>
    </message>
</context>
<context>
    <name>Kansa::BusinessCalendar</name>
    <message>
        <source>a Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>in the year-end closure</source>
        <translation>年末年始の閉庁日</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>How a day and month are written in explainShift (Qt date format)</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 is %2, so %3</source>
        <extracomment>%1 the requested date, %2 why the office is closed then, %3 the business day it moved to</extracomment>
        <translation>%1は%2のため%3</translation>
    </message>
</context>
<context>
    <name>Kansa::CertificateDialog</name>
    <message>
        <source>This certificate had expired on the audit date (%1).</source>
        <translation>この認証は調査日（%1）に有効期限が切れています。</translation>
    </message>
    <message>
        <source>Enter at least the issuer and the certificate number.</source>
        <translation>少なくとも発行機関と登録番号を入力してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::CheckItem</name>
    <message>
        <source> paragraph %1</source>
        <translation>第%1項</translation>
    </message>
    <message>
        <source>check item %1</source>
        <translation>確認事項 %1</translation>
    </message>
</context>
<context>
    <name>Kansa::CheckItemModel</name>
    <message>
        <source>Para. %1</source>
        <translation>第%1項</translation>
    </message>
    <message>
        <source>(reference)</source>
        <translation>（参考）</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n</source>
        <translation>
            <numerusform>証跡 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>[new] </source>
        <extracomment>Marks a check item of a re-inspection whose obligation the earlier clause document did not have.</extracomment>
        <translation>［新］</translation>
    </message>
    <message>
        <source>[changed] </source>
        <extracomment>Marks a check item of a re-inspection whose wording changed since the earlier clause document.</extracomment>
        <translation>［改］</translation>
    </message>
    <message>
        <source>New since the previous audit: the earlier version of the clause document did not have it.</source>
        <translation>前回の実地調査から新しく加わった項目です（前の版の特記事項にはありません）。</translation>
    </message>
    <message>
        <source>Changed since the previous audit: the wording or the obligation differs from the earlier version.</source>
        <translation>前回の実地調査から変わった項目です（文言又は義務が前の版と異なります）。</translation>
    </message>
</context>
<context>
    <name>Kansa::ChecklistColumnsDialog</name>
    <message>
        <source>Checklist in %1</source>
        <translation>%1 のチェックリスト</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Choose the column that holds the text under check.</source>
        <translation>確認事項の列を選んでください。</translation>
    </message>
    <message>
        <source>One column is chosen for two things.</source>
        <translation>一つの列が二つの役割に選ばれています。</translation>
    </message>
    <message>
        <source>「%1」: %2, %3 (%4).</source>
        <translation>「%1」: %2、%3（%4）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column letter and its header</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Kansa::ChecklistContent</name>
    <message>
        <source>Audit header: %1 changed</source>
        <translation>実地調査の基本情報：%1 が変更されています</translation>
    </message>
    <message>
        <source>The checklist had %1 check items when signed and has %2 now.</source>
        <translation>署名時のチェック項目は %1 件でしたが、現在は %2 件です。</translation>
    </message>
    <message>
        <source>%1: verdict %2 → %3</source>
        <translation>%1：判定 %2 → %3</translation>
    </message>
    <message>
        <source>%1: the note changed</source>
        <translation>%1：所見が変更されています</translation>
    </message>
    <message>
        <source>%1: “what is wrong” changed</source>
        <translation>%1：指摘事項が変更されています</translation>
    </message>
    <message>
        <source>%1: the improvement required changed</source>
        <translation>%1：改善を要する事項が変更されています</translation>
    </message>
    <message>
        <source>%1: the clause text changed</source>
        <translation>%1：条項の本文が変更されています</translation>
    </message>
    <message>
        <source>%1: whether it counts as a check item changed</source>
        <translation>%1：チェック項目として数えるかどうかが変更されています</translation>
    </message>
    <message>
        <source>%1: evidence “%2” was removed or replaced</source>
        <translation>%1：証跡「%2」が削除又は差し替えられています</translation>
    </message>
    <message>
        <source>%1: evidence “%2” was edited</source>
        <translation>%1：証跡「%2」が編集されています</translation>
    </message>
    <message>
        <source>%1: evidence “%2” was added</source>
        <translation>%1：証跡「%2」が追加されています</translation>
    </message>
    <message>
        <source>%1: the file of evidence “%2” is missing</source>
        <translation>%1：証跡「%2」のファイルがありません</translation>
    </message>
    <message>
        <source>%1: the file of evidence “%2” was altered on disk</source>
        <translation>%1：証跡「%2」のファイルがディスク上で改変されています</translation>
    </message>
</context>
<context>
    <name>Kansa::ChecklistSheet</name>
    <message>
        <source>sheet 「%1」, header row %2: number = %3, heading = %4, text = %5, scored = %6</source>
        <translation>シート「%1」、見出し行 %2: 条項番号 = %3、見出し = %4、確認事項 = %5、評価対象 = %6</translation>
    </message>
    <message>
        <source>none (every row is scored)</source>
        <translation>なし（すべての行が評価対象）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>「%1」 is not ROLE=COLUMN with ROLE one of number, heading, text, scored and COLUMN a column&apos;s letters (B, AA).</source>
        <translation>「%1」は 役割=列 の形ではありません（役割は number, heading, text, scored のいずれか、列は列の英字 B, AA など）。</translation>
    </message>
    <message>
        <source>the columns must name the text column (text=D).</source>
        <translation>確認事項の列（text=D）を指定してください。</translation>
    </message>
    <message>
        <source>one column is named for two things.</source>
        <translation>一つの列が二つの役割に指定されています。</translation>
    </message>
    <message>
        <source>sheet 「%1」 ends at row %2</source>
        <translation>シート「%1」は %2 行目で終わっています</translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseDiffDialog</name>
    <message>
        <source> (corrects %1)</source>
        <translation>（%1 の訂正）</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>番号変更</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Compare clause sets</source>
        <translation>特記事項の版の比較</translation>
    </message>
    <message>
        <source>&amp;Earlier version</source>
        <translation>前の版(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Later version</source>
        <translation>後の版(&amp;L)</translation>
    </message>
    <message>
        <source>No differences: the two versions have the same articles, paragraphs and obligations.</source>
        <translation>相違はありません。二つの版の条・項・義務は同じです。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) differ.</source>
        <translation>
            <numerusform>%n 条に相違があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Obligations: %1 appeared, %2 disappeared.</source>
        <translation>義務：新たに %1 件、なくなったもの %2 件。</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>第%1項</translation>
    </message>
    <message>
        <source>obligation appeared</source>
        <translation>義務が新たに発生</translation>
    </message>
    <message>
        <source>obligation disappeared</source>
        <translation>義務がなくなった</translation>
    </message>
</context>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not store the corrected clause set</source>
        <translation>訂正した特記事項を保存できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n obligation mark(s) corrected by hand in an earlier version applied again (Undo takes them back)</source>
        <translation>
            <numerusform>開いた時点で、以前の版で手で直した義務の判定 %n 件を再び適用しました（元に戻すで取り消せます）</numerusform>
        </translation>
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
    <message>
        <source> (corrected)</source>
        <extracomment>After a clause set&apos;s title: a version the user corrected in the import review.</extracomment>
        <translation>（訂正版）</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 に %2 から取込</translation>
    </message>
    <message>
        <source>Kansa (built-in)</source>
        <translation>Kansa（標準）</translation>
    </message>
    <message>
        <source>Corrects the clause set imported before from the same file.</source>
        <translation>同じファイルから先に取り込んだ特記事項の訂正版です。</translation>
    </message>
    <message>
        <source>Corrected in the import review.</source>
        <translation>取り込み時の確認で訂正されています。</translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseReview</name>
    <message>
        <source>The document has no title. Enter one above.</source>
        <translation>文書に表題がありません。上の欄に入力してください。</translation>
    </message>
    <message>
        <source>No article was found. Select the line where each article starts and mark it as an article.</source>
        <translation>条が見つかりません。各条が始まる行を選び、「ここから条」を指定してください。</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>Article %1 has no number. Enter its number (第１, 第1条, 1 …).</source>
        <translation>%1番目の条に番号がありません。番号（第１、第1条、1 など）を入力してください。</translation>
    </message>
    <message>
        <source>%1 has a paragraph without text (paragraph %2). Mark the line that holds its text as part of it, or merge the paragraph into the one before.</source>
        <translation>%1 に本文のない項（第%2項）があります。本文の行をその項の続きに指定するか、項を前の項に併合してください。</translation>
    </message>
    <message>
        <source>%1 has an item without text (%2). Mark the line that holds its text as part of it.</source>
        <translation>%1 に本文のない号（%2）があります。本文の行をその号の続きに指定してください。</translation>
    </message>
    <message>
        <source>The number %1 is given twice (articles %2 and %3). Correct one of them in the Number field.</source>
        <translation>番号 %1 が二つの条（%2番目と%3番目）に付いています。どちらかの「番号」欄を直してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseReviewDialog</name>
    <message>
        <source>Check the clause document before it is imported</source>
        <translation>取り込む前に特記事項を確認</translation>
    </message>
    <message>
        <source>Correct the clause set</source>
        <translation>特記事項の訂正</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Store corrected version</source>
        <translation>訂正版を保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s)</source>
        <translation>
            <numerusform>義務 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 line(s) left out (shown struck through)</source>
        <translation>
            <numerusform>%1 行中 %n 行を除外（取り消し線で表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph %1: %2</source>
        <translation>第%1項：%2</translation>
    </message>
    <message>
        <source>Discard your corrections? Nothing of this document is stored.</source>
        <translation>訂正を破棄しますか？ この文書は保存されません。</translation>
    </message>
    <message>
        <source>corrected: stored as you corrected it</source>
        <translation>訂正あり：訂正した内容で保存します</translation>
    </message>
    <message>
        <source>Nothing is corrected yet, so there is nothing to store.</source>
        <translation>まだ何も訂正されていないため、保存するものはありません。</translation>
    </message>
    <message>
        <source>Line %1 was left as it was: a heading is a short line without 。 before an article&apos;s number, or right after a number without one. To rename an article, edit its Heading field.</source>
        <translation>%1 行目はそのままです。見出しになるのは、「。」のない短い行で、条の番号の直前の行か、見出しのない番号の直後の行です。条の見出しを変えるには「見出し」欄を編集してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseReviewModel</name>
    <message>
        <source>%1 paragraph %2</source>
        <translation>%1 第%2項</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Heading of %1</source>
        <translation>%1 の見出し</translation>
    </message>
    <message>
        <source>… %1</source>
        <translation>%1 の続き</translation>
    </message>
    <message>
        <source>… Preamble</source>
        <translation>前文の続き</translation>
    </message>
    <message>
        <source>Left out: page number</source>
        <translation>除外：ページ番号</translation>
    </message>
    <message>
        <source>Left out: running header</source>
        <translation>除外：ヘッダー</translation>
    </message>
    <message>
        <source>Left out: chapter</source>
        <translation>除外：章</translation>
    </message>
    <message>
        <source>Left out: after the clauses</source>
        <translation>除外：条項の後</translation>
    </message>
    <message>
        <source>Left out: label</source>
        <translation>除外：見出し符号</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>文書の本文</translation>
    </message>
    <message>
        <source>… %1 (heading kept as text)</source>
        <translation>%1 の続き（見出しにならず本文のまま）</translation>
    </message>
    <message>
        <source>Left out: deleted article</source>
        <translation>除外：削除された条</translation>
    </message>
</context>
<context>
    <name>Kansa::ClauseSetJson</name>
    <message>
        <source>the title is missing or empty</source>
        <translation>表題がないか空です</translation>
    </message>
    <message>
        <source>must be text or null</source>
        <translation>文字列か null にしてください</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>文字列の並びにしてください</translation>
    </message>
    <message>
        <source>there must be at least one article</source>
        <translation>条が一つ以上必要です</translation>
    </message>
    <message>
        <source>more than 5000 articles</source>
        <translation>条が 5000 を超えています</translation>
    </message>
    <message>
        <source>every article needs its number (第１, 第1条, 1 …)</source>
        <translation>各条に番号（第１、第1条、1 など）が必要です</translation>
    </message>
    <message>
        <source>the heading must be text</source>
        <translation>見出しは文字列にしてください</translation>
    </message>
    <message>
        <source>an article needs at least one paragraph</source>
        <translation>各条に項が一つ以上必要です</translation>
    </message>
    <message>
        <source>obligation must be true or false</source>
        <translation>obligation は true か false にしてください</translation>
    </message>
    <message>
        <source>every item needs its label and its text</source>
        <translation>各号に番号と本文が必要です</translation>
    </message>
    <message>
        <source>a paragraph needs its text or items</source>
        <translation>各項に本文か号が必要です</translation>
    </message>
    <message>
        <source>the number %1 is given to two articles</source>
        <translation>番号 %1 が二つの条に付いています</translation>
    </message>
</context>
<context>
    <name>Kansa::Cli</name>
    <message>
        <source>The built-in clause sets could not be stored: %1</source>
        <translation>標準の特記事項をデータベースに保存できませんでした：%1</translation>
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
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>usage: kansa-cli audit new --clause-set ID --contractor NAME [--date YYYY-MM-DD] [--type periodic|adhoc] [--place TEXT] [--inspector NAME]</source>
        <translation>使い方: kansa-cli audit new --clause-set ID --contractor 受託者名 [--date YYYY-MM-DD] [--type periodic|adhoc] [--place 場所] [--inspector 調査責任者]</translation>
    </message>
    <message>
        <source>The type must be periodic or adhoc, not %1.</source>
        <translation>種別は periodic（定期）か adhoc（臨時）です（指定値：%1）。</translation>
    </message>
    <message>
        <source>There is no clause set %1 (see: kansa-cli clauses list).</source>
        <translation>特記事項 %1 はありません（kansa-cli clauses list で確認できます）。</translation>
    </message>
    <message>
        <source>The audit could not be stored: %1</source>
        <translation>実地調査を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>usage: kansa-cli audit list [--json]</source>
        <translation>使い方: kansa-cli audit list [--json]</translation>
    </message>
    <message>
        <source>major %1, minor %2</source>
        <translation>重大 %1、軽微 %2</translation>
    </message>
    <message>
        <source>usage: kansa-cli audit show AUDIT [--json]</source>
        <translation>使い方: kansa-cli audit show 調査ID [--json]</translation>
    </message>
    <message>
        <source>Progress: %1 of %2 items have a verdict</source>
        <translation>進捗：%2 項目中 %1 項目判定済み</translation>
    </message>
    <message>
        <source>The verdict must be conforming, major, minor, observation or na, not %1.</source>
        <translation>判定は conforming、major、minor、observation、na のいずれかです（指定値：%1）。</translation>
    </message>
    <message>
        <source>Audit %1 has no check item %2 (see: kansa-cli audit show %1).</source>
        <translation>実地調査 %1 にチェック項目 %2 はありません（kansa-cli audit show %1 で確認できます）。</translation>
    </message>
    <message>
        <source>The finding could not be saved: %1</source>
        <translation>指摘事項を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>usage: kansa-cli evidence add AUDIT ITEM FILE... [--caption TEXT]</source>
        <translation>使い方: kansa-cli evidence add 調査ID 項目ID ファイル... [--caption 説明]</translation>
    </message>
    <message>
        <source>usage: kansa-cli search QUERY [--json]</source>
        <translation>使い方: kansa-cli search 検索語 [--json]</translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>「%1」は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The demo audit could not be created: %1</source>
        <translation>デモの実地調査を作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Kansa demo: audit %1 created in %2</source>
        <translation>Kansa デモ：実地調査 %1 を %2 に作成しました</translation>
    </message>
    <message>
        <source>Audit %1 has no advisory.</source>
        <translation>実地調査 %1 には改善勧告がありません。</translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD, not “%1”.</source>
        <translation>日付は「%1」ではなく YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>usage: kansa-cli settings list | settings set KEY VALUE</source>
        <translation>使い方: kansa-cli settings list | settings set キー 値</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG image.</source>
        <translation>%1 はPNG画像ではありません。</translation>
    </message>
    <message>
        <source>usage: kansa-cli verify AUDIT</source>
        <translation>使い方: kansa-cli verify 調査ID</translation>
    </message>
    <message>
        <source>Audit %1 is not signed.</source>
        <translation>実地調査 %1 は署名されていません。</translation>
    </message>
    <message>
        <source>Unchanged since signing. SHA-256 %1</source>
        <translation>署名後の変更はありません。SHA-256 %1</translation>
    </message>
    <message>
        <source>CHANGED since signing (signed %1, now %2):</source>
        <translation>署名後に変更されています（署名時 %1、現在 %2）：</translation>
    </message>
    <message>
        <source>usage: kansa-cli reopen AUDIT --by NAME --reason TEXT</source>
        <translation>使い方: kansa-cli reopen 調査ID --by 氏名 --reason 理由</translation>
    </message>
    <message>
        <source>usage: kansa-cli pdf advisory|report|checklist AUDIT --out FILE</source>
        <translation>使い方: kansa-cli pdf advisory|report|checklist 調査ID --out ファイル</translation>
    </message>
    <message>
        <source>Only the advisory letter is written as .odt.</source>
        <translation>.odt で出力できるのは改善勧告書だけです。</translation>
    </message>
    <message>
        <source>%1: %2 pages in %3 ms</source>
        <translation>%1: %2 ページ（%3 ミリ秒）</translation>
    </message>
    <message>
        <source>CHANGED since signing: evidence files differ from what was signed (content SHA-256 %1):</source>
        <translation>署名後に変更されています。証跡ファイルが署名時と異なります（内容の SHA-256 %1）：</translation>
    </message>
    <message>
        <source>usage: kansa-cli advisory create AUDIT [--date YYYY-MM-DD] [--observations] [--unsigned]
       kansa-cli advisory show AUDIT [--json]
       kansa-cli advisory item ITEM [--deadline YYYY-MM-DD] [--finding TEXT] [--improvement TEXT]
                               [--include | --leave-out]
       kansa-cli advisory issue ADVISORY [--by NAME]
       kansa-cli advisory correct ADVISORY [--date YYYY-MM-DD]</source>
        <translation>使い方: kansa-cli advisory create 調査ID [--date YYYY-MM-DD] [--observations] [--unsigned]
       kansa-cli advisory show 調査ID [--json]
       kansa-cli advisory item 事項ID [--deadline YYYY-MM-DD] [--finding 指摘] [--improvement 改善]
                               [--include | --leave-out]
       kansa-cli advisory issue 勧告ID [--by 氏名]
       kansa-cli advisory correct 勧告ID [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>(no number until issued)</source>
        <translation>（発行時に付番）</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>記載しない</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1</source>
        <translation>
            <numerusform>%n 件を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli sign AUDIT --role inspector|contractor --name NAME --image FILE.png [--title TITLE] [--strict]</source>
        <translation>使い方: kansa-cli sign 調査ID --role inspector|contractor --name 氏名 --image ファイル.png [--title 職名] [--strict]</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the checklist is not complete (%n point(s)); once signed it can only be changed by reopening it, which voids the signatures.</source>
        <translation>
            <numerusform>警告：チェックリストが完成していません（%n 点）。署名後は、署名を無効にして再開しない限り変更できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed (--strict): complete the checklist first.</source>
        <translation>署名しませんでした（--strict）。先にチェックリストを完成させてください。</translation>
    </message>
    <message>
        <source>Created a new database: %1</source>
        <translation>新しいデータベースを作成しました：%1</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 という日はありません。</translation>
    </message>
    <message>
        <source>Cannot read the structure %1.</source>
        <translation>構成ファイル %1 を読めません。</translation>
    </message>
    <message>
        <source>The structure %1 is not JSON in the shape of clauses parse --json: %2</source>
        <translation>構成ファイル %1 は clauses parse --json の形の JSON ではありません：%2</translation>
    </message>
    <message>
        <source>The structure %1 was refused, nothing was stored: %2</source>
        <translation>構成ファイル %1 は受け付けられず、何も保存していません：%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>番号変更</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses diff OLD NEW [--json]   (clause set ids or files)</source>
        <translation>使い方: kansa-cli clauses diff 旧 新 [--json]   （特記事項セットの ID またはファイル）</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>相違はありません。</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>第%1項</translation>
    </message>
    <message>
        <source>(obligation appeared)</source>
        <translation>（義務が新たに発生）</translation>
    </message>
    <message>
        <source>(obligation disappeared)</source>
        <translation>（義務がなくなった）</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses parse|import|list|show|diff …</source>
        <translation>使い方: kansa-cli clauses parse|import|list|show|diff …</translation>
    </message>
    <message>
        <source>[new] </source>
        <translation>［新］</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>［改］</translation>
    </message>
    <message>
        <source>usage: kansa-cli audit reinspect AUDIT [--clause-set ID] [--date YYYY-MM-DD]</source>
        <translation>使い方: kansa-cli audit reinspect 調査ID [--clause-set ID] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>the top level must be an object {…}</source>
        <translation>最上位はオブジェクト {…} でなければなりません</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>パスフレーズのファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>パスフレーズのファイル %1 が空です。</translation>
    </message>
    <message>
        <source>usage: kansa-cli keys new --out KEYFILE [--passphrase-file FILE]</source>
        <translation>使い方: kansa-cli keys new --out 鍵ファイル [--passphrase-file ファイル]</translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 は既にあります。鍵ファイルは上書きしません。</translation>
    </message>
    <message>
        <source>The secret key is in %1 in clear: keep it where only the office can read it, or make it again with --passphrase-file.</source>
        <translation>秘密鍵は %1 に平文で保存されています。事務所の者だけが読める場所に保管するか、--passphrase-file を付けて作り直してください。</translation>
    </message>
    <message>
        <source>usage: kansa-cli keys show KEYFILE [--passphrase-file FILE]</source>
        <translation>使い方: kansa-cli keys show 鍵ファイル [--passphrase-file ファイル]</translation>
    </message>
    <message>
        <source>The structure %1 was refused, nothing was stored: its text 「%2」 is not in %3 there (invented, given twice, or out of the document&apos;s order). A correction rearranges the document&apos;s own text (split, merge, headings, numbers, obligations, lines left out); it does not rewrite it.</source>
        <translation>構成ファイル %1 は受け付けられず、何も保存していません：その本文「%2」は %3 のその位置にありません（文書にない、二度使われている、又は文書の順序と異なる）。訂正は文書自身の本文を組み替えるもの（分割・併合・見出し・番号・義務・行の除外）で、本文を書き換えるものではありません。</translation>
    </message>
    <message numerus="yes">
        <source>Note: the structure leaves out %n passage(s) of the document with a 。, such as 「%1」.</source>
        <translation>
            <numerusform>注意：構成ファイルには、文書のうち「。」を含む %n 箇所が含まれていません（例：「%1」）。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli keys office [add|remove age1…]</source>
        <translation>使い方: kansa-cli keys office [add|remove age1…]</translation>
    </message>
    <message>
        <source>usage: kansa-cli keys new|show|office …</source>
        <translation>使い方: kansa-cli keys new|show|office …</translation>
    </message>
    <message>
        <source>usage: kansa-cli history AUDIT [--json] | kansa-cli history verify AUDIT</source>
        <translation>使い方: kansa-cli history 調査ID [--json] | kansa-cli history verify 調査ID</translation>
    </message>
    <message>
        <source>checkpoint signed by key %1</source>
        <translation>チェックポイント（鍵 %1 の署名）</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>破損: %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries, head %1</source>
        <translation>
            <numerusform>無傷: %n 件、先頭 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoints hold.</source>
        <translation>
            <numerusform>署名済みチェックポイント %n 件と一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli package export AUDIT... --out FILE [--recipient age1…]... [--passphrase-file F]</source>
        <translation>使い方: kansa-cli package export 調査ID... --out ファイル [--recipient age1…]... [--passphrase-file ファイル]</translation>
    </message>
    <message>
        <source>A package is encrypted either to keys or to a passphrase, not both (the age format allows a passphrase only alone).</source>
        <translation>パッケージは鍵あてかパスフレーズのどちらか一方で暗号化します（age 形式ではパスフレーズは単独でしか使えません）。</translation>
    </message>
    <message>
        <source>%1 is not an age public key (age1…).</source>
        <translation>%1 は age の公開鍵（age1…）ではありません。</translation>
    </message>
    <message>
        <source>No office key is set up, so the package would have no one to open it. Add the office&apos;s key (kansa-cli keys office add age1…), or give --recipient or --passphrase-file.</source>
        <translation>事務所の鍵が設定されていないため、このままでは誰もパッケージを開けません。事務所の鍵を登録する（kansa-cli keys office add age1…）か、--recipient 又は --passphrase-file を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audits with %1 evidence files to %2 (%3 bytes).</source>
        <translation>
            <numerusform>実地調査 %n 件を証跡ファイル %1 件とともに %2 に書き出しました（%3 バイト）。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli package import FILE [--identity KEYFILE]... [--passphrase-file F]</source>
        <translation>使い方: kansa-cli package import ファイル [--identity 鍵ファイル]... [--passphrase-file ファイル]</translation>
    </message>
    <message>
        <source>Give the office&apos;s key file (--identity) or the package&apos;s passphrase (--passphrase-file).</source>
        <translation>事務所の鍵ファイル（--identity）又はパッケージのパスフレーズ（--passphrase-file）を指定してください。</translation>
    </message>
    <message>
        <source>Audit %1 (%2) differs from the package&apos;s; nothing was overwritten. Conflict %3 waits for you: kansa-cli package resolve %3 keep|replace|both</source>
        <translation>調査 %1（%2）はパッケージの内容と食い違います。上書きはしていません。競合 %3 の扱いを決めてください: kansa-cli package resolve %3 keep|replace|both</translation>
    </message>
    <message numerus="yes">
        <source>%n new evidence files stored; %1 were here already.</source>
        <translation>
            <numerusform>新しい証跡ファイルを %n 件保存しました。%1 件は登録済みでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: kansa-cli package conflicts [--json]</source>
        <translation>使い方: kansa-cli package conflicts [--json]</translation>
    </message>
    <message>
        <source>conflict %1: audit %2 (%3), from %4</source>
        <translation>競合 %1: 調査 %2（%3）、%4 から</translation>
    </message>
    <message>
        <source>usage: kansa-cli package resolve CONFLICT keep|replace|both</source>
        <translation>使い方: kansa-cli package resolve 競合ID keep|replace|both</translation>
    </message>
    <message>
        <source>usage: kansa-cli package export|import|conflicts|resolve …</source>
        <translation>使い方: kansa-cli package export|import|conflicts|resolve …</translation>
    </message>
    <message>
        <source>%1 exists already; a package is never written over another file.</source>
        <translation>%1 は既にあります。パッケージを既存のファイルに上書きすることはしません。</translation>
    </message>
    <message>
        <source>Audit %1 (%2) is here already with everything the package holds of it; nothing changed.</source>
        <translation>実地調査 %1（%2）には、パッケージの内容がすべて取り込み済みです。何も変更していません。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a package.</source>
        <translation>%1 はフォルダです。パッケージではありません。</translation>
    </message>
    <message>
        <source>The history this copy came with (%1):</source>
        <translation>この複製が持ってきた履歴（%1）：</translation>
    </message>
    <message>
        <source>This copy&apos;s own history:</source>
        <translation>この複製自身の履歴：</translation>
    </message>
    <message>
        <source>Audit %1: %2, %3
  check items %4, findings %5, photos %6, documents %7, certificates %8,
  signatures %9, letters %10, follow-up events %11 (files %12)</source>
        <translation>実地調査 %1: %2、%3
  確認項目 %4、所見 %5、写真 %6、文書 %7、証明書 %8、
  署名 %9、改善勧告書 %10、フォローアップ %11（添付 %12）</translation>
    </message>
    <message>
        <source>The disposal record could not be written to %1: %2
Print it again with: kansa-cli audit disposal-record %3 --out FILE.pdf</source>
        <translation>消去記録を %1 に書き出せませんでした: %2
次のコマンドでもう一度出力できます: kansa-cli audit disposal-record %3 --out ファイル.pdf</translation>
    </message>
    <message>
        <source>usage: kansa-cli audit dispose AUDIT --by NAME --approved-by NAME --reason TEXT [--record FILE.pdf] [--force]</source>
        <translation>使い方: kansa-cli audit dispose 調査ID --by 氏名 --approved-by 氏名 --reason 理由 [--record ファイル.pdf] [--force]</translation>
    </message>
    <message>
        <source>%1 exists already; give another file for the record.</source>
        <translation>%1 は既にあります。消去記録には別のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Disposing of:</source>
        <translation>消去します:</translation>
    </message>
    <message>
        <source>Nothing was disposed of: %1</source>
        <translation>何も消去していません: %1</translation>
    </message>
    <message>
        <source>Audit %1 disposed of; disposal record %2</source>
        <translation>実地調査 %1 を消去しました。消去記録 %2</translation>
    </message>
    <message>
        <source>usage: kansa-cli audit disposals [--json]</source>
        <translation>使い方: kansa-cli audit disposals [--json]</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>署名有効</translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation>署名無効</translation>
    </message>
    <message>
        <source>usage: kansa-cli audit disposal-record ID --out FILE.pdf</source>
        <translation>使い方: kansa-cli audit disposal-record ID --out ファイル.pdf</translation>
    </message>
    <message>
        <source>There is no disposal record %1 (see: kansa-cli audit disposals).</source>
        <translation>消去記録 %1 はありません（一覧: kansa-cli audit disposals）。</translation>
    </message>
    <message>
        <source>usage: kansa-cli audit new|list|show|reinspect|dispose|disposals|disposal-record …</source>
        <translation>使い方: kansa-cli audit new|list|show|reinspect|dispose|disposals|disposal-record …</translation>
    </message>
    <message>
        <source>Evidence files were not all encrypted: %1</source>
        <translation>一部の証跡ファイルを暗号化できませんでした: %1</translation>
    </message>
    <message>
        <source>Audit %1 (%2) was disposed of here on %3; it is back from the package. Dispose of it again if it should not be here.</source>
        <translation>実地調査 %1（%2）は %3 にこの端末で消去したものです。パッケージから戻りました。残すべきでなければ、もう一度消去してください。</translation>
    </message>
    <message>
        <source> (--force)</source>
        <translation>（--force）</translation>
    </message>
    <message>
        <source>--sheet, --header-row and --columns each need a value.</source>
        <translation>--sheet、--header-row、--columns にはそれぞれ値が必要です。</translation>
    </message>
    <message>
        <source>--header-row takes the row&apos;s number as Excel shows it (1, 2, …).</source>
        <translation>--header-row には Excel に表示される行番号（1, 2, …）を指定します。</translation>
    </message>
    <message>
        <source>--columns %1: %2</source>
        <translation>--columns %1: %2</translation>
    </message>
    <message>
        <source>found from the header words</source>
        <translation>見出しの語から判断</translation>
    </message>
    <message>
        <source>as remembered for this form</source>
        <translation>この様式について記憶した指定</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>指定どおり</translation>
    </message>
    <message>
        <source>Checklist read from %1 (%2).</source>
        <translation>チェックリストを次の場所から読み込みました: %1（%2）。</translation>
    </message>
    <message>
        <source>If that is wrong, give --header-row N and --columns number=B,heading=C,text=D[,scored=E].</source>
        <translation>違う場合は --header-row N と --columns number=B,heading=C,text=D[,scored=E] を指定してください。</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses parse FILE [--json] [--sheet NAME] [--header-row N] [--columns …]</source>
        <translation>使い方: kansa-cli clauses parse ファイル [--json] [--sheet シート名] [--header-row 行] [--columns …]</translation>
    </message>
    <message>
        <source>usage: kansa-cli clauses import FILE [--structure STRUCTURE.json]
       kansa-cli clauses import CHECKLIST.xlsx [--sheet NAME] [--header-row N]
                [--columns number=B,heading=C,text=D,scored=E]</source>
        <translation>使い方: kansa-cli clauses import ファイル [--structure 構成.json]
       kansa-cli clauses import チェックリスト.xlsx [--sheet シート名] [--header-row 行]
                [--columns number=B,heading=C,text=D,scored=E]</translation>
    </message>
    <message>
        <source>usage: kansa-cli export xlsx AUDIT --out FILE.xlsx</source>
        <translation>使い方: kansa-cli export xlsx 調査ID --out ファイル.xlsx</translation>
    </message>
    <message>
        <source>%1: written in %2 ms</source>
        <translation>%1: %2 ミリ秒で書き出しました</translation>
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
        <translation>使い方: kansa-cli followup respond 事項ID --date YYYY-MM-DD --text 内容 [--attach ファイル]... [--by 氏名]
       kansa-cli followup verify 事項ID --date YYYY-MM-DD [--note 確認方法] [--attach ファイル]... [--by 氏名]
       kansa-cli followup return 事項ID --date YYYY-MM-DD --note 理由 [--by 氏名]
       kansa-cli followup close 事項ID --date YYYY-MM-DD [--note 備考] [--by 氏名]
       kansa-cli followup not-required 事項ID --date YYYY-MM-DD --note 理由 [--by 氏名]
       kansa-cli followup list [--all] [--overdue] [--date YYYY-MM-DD] [--json | --csv ファイル | --pdf ファイル | --xlsx ファイル]
--xlsx は台帳全体（すべての勧告書のすべての事項。--all と同じ）をExcelブックで書き出します。
--by がなければ、設定の標準の調査責任者、それもなければログイン中のユーザーが記録者になります。</translation>
    </message>
    <message>
        <source>--by needs the name of the person acting.</source>
        <translation>--by には実施者の氏名を指定してください。</translation>
    </message>
    <message>
        <source>Audit %1 (%2) was updated: the package continues the audit held here.</source>
        <translation>実地調査 %1（%2）を更新しました。パッケージはこちらの調査の続きです。</translation>
    </message>
    <message>
        <source>Replaced in audit %1 (the replaced version stays in its history: kansa-cli history %1):</source>
        <translation>実地調査 %1 で置き換えた内容（置き換えた版は履歴に残っています：kansa-cli history %1）：</translation>
    </message>
    <message>
        <source>usage: kansa-cli finding set AUDIT ITEM --verdict conforming|major|minor|observation|na [--note TEXT] [--scored yes|no]</source>
        <translation>使い方: kansa-cli finding set 調査ID 項目ID --verdict conforming|major|minor|observation|na [--note メモ] [--scored yes|no]</translation>
    </message>
    <message>
        <source>%1 is （参考） in this audit, not a check item, so it takes no verdict. If it is to be checked, make it a check item: kansa-cli finding set %2 %3 --scored yes --verdict %4</source>
        <translation>%1 はこの調査では（参考）で、確認項目ではないため判定は記録できません。確認する場合は確認項目にしてください：kansa-cli finding set %2 %3 --scored yes --verdict %4</translation>
    </message>
    <message>
        <source>(reference)</source>
        <translation>（参考）</translation>
    </message>
    <message>
        <source>A verdict and --scored no contradict each other: a paragraph that is not checked takes no verdict.</source>
        <translation>判定と --scored no は両立しません。確認しない段落には判定を記録できません。</translation>
    </message>
    <message>
        <source>Audit %1 (%2) imported; its history was signed by the key %3 (compare it with “This computer&apos;s key” in Audit ▸ History… on the computer it came from).</source>
        <translation>実地調査 %1（%2）を取り込みました。その履歴は鍵 %3 で署名されています（送り元の端末の 実地調査 ▸ 履歴… にある「この端末の鍵」と照合してください）。</translation>
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
        <translation>使い方: kansa-cli [--db パス] コマンド

コマンド:
  clauses parse ファイル [--json]   特記事項（テキスト又はPDF）を保存せずに解析する
  clauses import ファイル [--structure 構成.json]
                                特記事項の文書を特記事項セットとして保存し、その ID を表示
                                （構成.json があれば、手で直した解析結果を新しい版として保存）
  clauses diff 旧 新 [--json]     二つの版の相違（ID またはファイル）
  clauses list                      特記事項の一覧
  clauses show ID [--json]          特記事項を1件表示する
  audit new --clause-set ID --contractor 受託者名 [--date YYYY-MM-DD]
            [--type periodic|adhoc] [--place 場所] [--inspector 調査責任者]
                                    実地調査を作成する（IDを表示）
  audit list [--json]               実地調査の一覧（進捗付き）
  audit show 調査ID [--json]        実地調査のチェック項目と指摘事項を表示する
  audit reinspect 調査ID [--clause-set ID] [--date YYYY-MM-DD]
                                    再調査を作成する（--clause-set で新しい版を指定すると、
                                    新しく加わった・変わった項目に印が付く）。IDを表示
  audit dispose 調査ID --by 氏名 --approved-by 氏名 --reason 理由 [--record ファイル.pdf]
              [--force]             実地調査を完全に消去する（暗号化消去）。署名付きの消去記録が
                                    残る（--force: 未完了の改善勧告事項があっても消去する）
  audit disposals [--json]          消去記録の一覧
  audit disposal-record ID --out ファイル.pdf
                                    消去記録をもう一度出力する
  finding set 調査ID 項目ID --verdict conforming|major|minor|observation|na [--note メモ]
              [--scored yes|no]
                                    チェック項目の判定（とメモ）を記録する
                                    （--scored yes で（参考）の段落を確認項目にする）
  evidence add 調査ID 項目ID ファイル... [--caption 説明]
                                    写真・PDFを証跡として保存する
  search 検索語 [--json]            実地調査・指摘事項・写真説明・フォローアップの記録を検索する
  demo                              写真付きのデモ実地調査を作成する
  sign 調査ID --role inspector|contractor --name 氏名 --image ファイル.png [--title 職名]
       [--strict]                   チェックリストに署名する（変更できなくなる）。--strict は
                                    未完成のチェックリストへの署名を拒否する
  verify 調査ID                     署名内容が変わっていなければ終了コード0、変わっていれば3（変更点を表示）、
                                    署名されていなければ2
  reopen 調査ID --by 氏名 --reason 理由
                                    署名を無効にしてチェックリストを変更できるようにする
  advisory create 調査ID [--date YYYY-MM-DD] [--observations] [--unsigned]
                                    改善勧告書の案を作成する（IDを表示）
  advisory item 事項ID [--deadline YYYY-MM-DD] [--finding 指摘] [--improvement 改善]
                [--include | --leave-out]
                                    案の勧告事項を編集する
  advisory issue 勧告ID [--by 氏名] [--drafted-by 氏名] [--approved-by 氏名]
                 [--approved-on YYYY-MM-DD]
                                    起案・決裁を経て案を発行する（起案者・決裁者の既定は
                                    --by、決裁日の既定は案の日付で、決裁日が勧告書の日付
                                    になる）。文書番号が確定し、以後変更できない
  advisory correct 勧告ID [--date YYYY-MM-DD]
                                    発行済みの勧告書の訂正（案）を作成する（IDを表示）
  advisory show 調査ID [--json]     調査の勧告書の案、なければ最新の発行済み勧告書を表示する
  pdf advisory|report|checklist 調査ID --out ファイル
                                    文書をPDFで出力する（改善勧告書は.odtも可）
  export xlsx 調査ID --out ファイル.xlsx
                                    チェックリスト・指摘事項・写真をExcelブックで出力する
  followup respond|verify|return|close|not-required 事項ID --date YYYY-MM-DD
           [--text 内容] [--note メモ] [--attach ファイル]... [--by 氏名]
  followup list [--all] [--overdue] [--json | --csv ファイル | --pdf ファイル | --xlsx ファイル]
                                    勧告事項を完了までフォローアップする
  keys new --out 鍵ファイル [--passphrase-file ファイル]
                                    監査パッケージ用の事務所の鍵ペア（age 形式）を作る。
                                    公開鍵 age1… を表示
  keys show 鍵ファイル [--passphrase-file ファイル]
                                    鍵ファイルの公開鍵を表示
  keys office [add|remove age1…]
                                    パッケージの暗号化先となる事務所の鍵の一覧・追加・削除
  package export 調査ID... --out ファイル [--recipient age1…]... [--passphrase-file ファイル]
                                    調査を証跡・履歴ごと暗号化したパッケージに書き出す
                                    （指定がなければ事務所の鍵あて）
  package import ファイル [--identity 鍵ファイル]... [--passphrase-file ファイル]
                                    パッケージを取り込む（取り込んだ調査のIDを表示）
  package conflicts [--json]        パッケージの調査のうち、ここの調査と食い違うもの
  package resolve 競合ID keep|replace|both
                                    こちらを残す・パッケージので置き換える・両方残す
  history 調査ID [--json]           調査の改ざん検知つき履歴（調査IDの代わりに
                                    &quot;installation&quot; でこの端末の履歴）
  history verify 調査ID             履歴が無傷なら 0、そうでなければ 3（と箇所）で終了
  settings list | settings set キー 値
                                    発信者・連絡先・文書番号・改善期限の設定

データベースは KANSA_DB、又はアプリケーションデータフォルダの kansa.sqlite です。
--by 氏名（どのコマンドにも付けられます）: 履歴に記録する実施者。省略すると設定の
既定の調査責任者、それもなければこのアカウントの氏名。
--wait 秒（どのコマンドにも付けられます）: データベースを使用中の他の kansa-cli を待つ
最長時間（既定 60 秒）。Kansa の画面が開いている場合は待たずに終了します。
終了コード: 0 成功、1 使い方の誤り、2 入力の誤り、3 署名内容又は履歴の変更あり、
4 データベースを Kansa の画面が使用中（又は --wait の間、他のコマンドが使用中）。</translation>
    </message>
    <message>
        <source>--wait needs a number of seconds (0 to 86400).</source>
        <translation>--wait には秒数（0〜86400）を指定してください。</translation>
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
        <source>The database %1 is in use by another Kansa program (%2, process %3 on %4). Only one program may use a database at a time, so that nothing is lost. Close the other Kansa window, or wait for the command to finish, and try again.</source>
        <translation>データベース %1 は別の Kansa（%2、%4 のプロセス %3）が使用中です。データを失わないよう、一つのデータベースを同時に使えるのは一つのプログラムだけです。もう一方の Kansa の画面を閉じるか、コマンドの終了を待ってから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Upgrading the database %1 failed and was undone; the database is as it was. Check that the disk has free space; if it has, report this to your administrator.</source>
        <translation>データベース %1 の更新に失敗したため、元に戻しました。データベースは更新前のままです。ディスクの空き容量を確認し、空きがある場合は管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program. Only one program may use a database at a time, so that nothing is lost. Close the other Kansa window, or wait for the command to finish, and try again.</source>
        <translation>データベース %1 は別のプログラムが使用中です。データを失わないよう、一つのデータベースを同時に使えるのは一つのプログラムだけです。もう一方の Kansa の画面を閉じるか、コマンドの終了を待ってから、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::DateField</name>
    <message>
        <source>Choose on a calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 2027-02-15.</source>
        <translation>「%1」は日付ではありません。2027-02-15 のように入力してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::DemoAudit</name>
    <message>
        <source>The built-in clause set 000 is missing.</source>
        <translation>組み込みの特記事項 000 がありません。</translation>
    </message>
    <message>
        <source>the database refused the change; check the free disk space</source>
        <translation>データベースが変更を受け付けませんでした。ディスクの空き容量を確認してください</translation>
    </message>
</context>
<context>
    <name>Kansa::DisposalActions</name>
    <message>
        <source>Dispose of the audit</source>
        <translation>実地調査の消去</translation>
    </message>
    <message>
        <source>Not disposed of</source>
        <translation>消去していません</translation>
    </message>
    <message>
        <source>Nothing was disposed of: %1</source>
        <translation>何も消去していません: %1</translation>
    </message>
    <message>
        <source>The audit is disposed of. Part of the clean-up could not be done now and is done at the next start: %1</source>
        <translation>実地調査は消去しました。後片付けの一部は今は行えなかったため、次回の起動時に行います: %1</translation>
    </message>
    <message>
        <source>The audit of %1 was disposed of (disposal record %2).</source>
        <translation>%1 の実地調査を消去しました（消去記録 %2）。</translation>
    </message>
    <message>
        <source>Disposal records</source>
        <translation>消去記録</translation>
    </message>
    <message>
        <source>No audit has been disposed of.</source>
        <translation>消去した実地調査はありません。</translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3</source>
        <translation>第%1号 — %2 — %3</translation>
    </message>
    <message>
        <source>Save which record as PDF?</source>
        <translation>PDFとして保存する消去記録を選んでください。</translation>
    </message>
    <message>
        <source>Save the disposal record</source>
        <translation>消去記録の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The record could not be saved: %1
It stays in Kansa: Audit ▸ Disposal records… saves it again.</source>
        <translation>消去記録を保存できませんでした: %1
記録は Kansa に残っています。「実地調査 ▸ 消去記録…」からもう一度保存できます。</translation>
    </message>
    <message>
        <source>Disposal record saved: %1</source>
        <translation>消去記録を保存しました: %1</translation>
    </message>
</context>
<context>
    <name>Kansa::DisposalDialog</name>
    <message>
        <source>Dispose of the audit</source>
        <translation>実地調査の消去</translation>
    </message>
    <message>
        <source>&lt;p&gt;The audit of &lt;b&gt;%1&lt;/b&gt; on %2 will be &lt;b&gt;disposed of for good&lt;/b&gt;: its data key is destroyed, then everything it holds is deleted. It cannot be restored, not even from this computer&apos;s disk. A signed disposal record stays.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; の実地調査（%2）を&lt;b&gt;完全に消去&lt;/b&gt;します。この調査のデータ鍵を破棄したうえで、記録をすべて削除します。このパソコンのディスクからも復元できません。署名付きの消去記録が残ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What goes:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1 check items, %2 findings&lt;/li&gt;&lt;li&gt;%3 photos, %4 documents, %5 certificates&lt;/li&gt;&lt;li&gt;%6 signatures, %7 letters&lt;/li&gt;&lt;li&gt;%8 follow-up records with %9 files&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;消去するもの：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;確認項目 %1 件、所見 %2 件&lt;/li&gt;&lt;li&gt;写真 %3 枚、文書 %4 件、証明書 %5 件&lt;/li&gt;&lt;li&gt;署名 %6 件、改善勧告書 %7 通&lt;/li&gt;&lt;li&gt;フォローアップの記録 %8 件（添付ファイル %9 件）&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Dispose of it although %n advisory item(s) are not closed</source>
        <translation>
            <numerusform>完了していない改善勧告事項が %n 件あるが、消去する</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the person who disposes of it</source>
        <translation>消去を行う人の氏名</translation>
    </message>
    <message>
        <source>Name (and title) of the person who approved it</source>
        <translation>承認した人の氏名（と職名）</translation>
    </message>
    <message>
        <source>For example: retention period (5 years) over</source>
        <translation>例：保存期間（5年）満了</translation>
    </message>
    <message>
        <source>Copies outside Kansa are not reached: exported packages, printed or saved documents and backups. The record lists them for the office to deal with.</source>
        <translation>Kansa の外にある複製（書き出したパッケージ、印刷・保存した文書、バックアップ）は消去されません。消去記録にこれらを記載しますので、所管課で別途処分してください。</translation>
    </message>
    <message>
        <source>&amp;Dispose of permanently…</source>
        <translation>完全に消去する(&amp;D)…</translation>
    </message>
    <message>
        <source>Dispose of the audit of %1 now? This cannot be undone.</source>
        <translation>%1 の実地調査を今すぐ消去しますか？ 元に戻せません。</translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentExport</name>
    <message>
        <source>Audit %1 has no advisory yet. Create one first.</source>
        <translation>実地調査 %1 にはまだ改善勧告書がありません。先に作成してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentFonts</name>
    <message>
        <source>The document fonts (KansaMincho.ttf, KansaGothic.ttf) were not found in %1. Reinstall Kansa, or set KANSA_FONT_DIR to the folder that holds them.</source>
        <translation>文書用フォント（KansaMincho.ttf、KansaGothic.ttf）が %1 に見つかりません。Kansa を再インストールするか、KANSA_FONT_DIR にフォントのあるフォルダを指定してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentKinds</name>
    <message>
        <source>Improvement recommendation letter</source>
        <translation>改善勧告書</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>実地調査結果報告書</translation>
    </message>
    <message>
        <source>Signed checklist</source>
        <translation>署名済みチェックリスト</translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentPreview</name>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFとして保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Save as ODT…</source>
        <translation>ODTとして保存…</translation>
    </message>
    <message>
        <source>The generated PDF could not be read back.</source>
        <translation>作成したPDFを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1. Check that the folder is writable and the disk is not full.</source>
        <translation>%1 を保存できませんでした。フォルダに書き込めるか、ディスクに空きがあるかを確認してください。</translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation>ODTとして保存</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument テキスト (*.odt)</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>プリンタ %1 に送りました。</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>%1 に印刷しました。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 として保存しました。</translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentSettings</name>
    <message>
        <source>The honorific is 様 or 殿.</source>
        <translation>敬称は「様」又は「殿」です。</translation>
    </message>
    <message>
        <source>Unknown setting “%1”. Known: %2</source>
        <translation>設定「%1」はありません。設定できるもの: %2</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>自治体名</translation>
    </message>
    <message>
        <source>the head&apos;s title (e.g. 小諸市長)</source>
        <translation>首長の職名（例：小諸市長）</translation>
    </message>
    <message>
        <source>the head&apos;s name</source>
        <translation>首長の氏名</translation>
    </message>
    <message>
        <source>%1 takes a number (1 or more for numbers and days; 0 or 1 for on/off), not “%2”.</source>
        <translation>%1 には「%2」ではなく数値を指定してください（番号と日数は 1 以上、オン・オフは 0 か 1）。</translation>
    </message>
    <message>
        <source>A default deadline is 1 to 365 days, not %1.</source>
        <translation>標準の改善期限は %1 日ではなく 1〜365 日で指定してください。</translation>
    </message>
    <message>
        <source>The seal is “none”, “omitted” (公印省略 is printed) or “stamp” (a place for the seal beside the head&apos;s name).</source>
        <translation>公印は「none」（なし）、「omitted」（公印省略と印字）、「stamp」（首長名の横に押印欄）のいずれかです。</translation>
    </message>
    <message>
        <source>The document-number pattern needs {n} where the number goes, e.g. 小諸市情第{n}号.</source>
        <translation>文書番号の書式には番号の位置に {n} が必要です（例：小諸市情第{n}号）。</translation>
    </message>
    <message>
        <source>%1 was already given to a letter; a number is given once. Choose a number after the last one used.</source>
        <translation>%1 は既に勧告書に付けられています。番号は一度しか使えません。最後に使った番号より後の番号にしてください。</translation>
    </message>
</context>
<context>
    <name>Kansa::DocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer for %1.</source>
        <translation>%1 のPDF出力を開始できません。</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The disk may be full; nothing was replaced.</source>
        <translation>%1 を保存できませんでした: %2。ディスクの空きが不足している可能性があります。既存のファイルはそのままです。</translation>
    </message>
    <message>
        <source>The document could not be converted to ODF.</source>
        <translation>文書をODF形式に変換できませんでした。</translation>
    </message>
</context>
<context>
    <name>Kansa::EditCaptionCommand</name>
    <message>
        <source>Caption</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>Kansa::EditFindingTextCommand</name>
    <message>
        <source>Typing</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceCommands</name>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceController</name>
    <message>
        <source>Certificate %1 (%2)</source>
        <translation>認証 %1（%2）</translation>
    </message>
    <message>
        <source>Expired on the audit date (%1): certificate %2. It cannot stand in for an inspection.</source>
        <translation>調査日（%1）に有効期限切れ：認証 %2。立ち入り検査に代えることはできません。</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>証跡の追加</translation>
    </message>
    <message>
        <source>Adding %1 of %2</source>
        <translation>%2 件中 %1 件を追加</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>追加できなかったファイルがあります</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n 件を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>認証を保存できませんでした</translation>
    </message>
    <message>
        <source>Pasted %1.%2</source>
        <translation>貼り付け %1.%2</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.pdf *.JPG *.JPEG *.PNG *.WEBP *.GIF *.BMP *.PDF);;All files (*)</source>
        <translation>写真・PDF (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.pdf *.JPG *.JPEG *.PNG *.WEBP *.GIF *.BMP *.PDF);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceEncryption</name>
    <message numerus="yes">
        <source>%n evidence file(s) could not be encrypted (is the disk full?). They stay readable; Kansa tries again at the next start.</source>
        <translation>
            <numerusform>%n 件の証跡ファイルを暗号化できませんでした（ディスクの空きは十分ですか）。ファイルはそのまま読めます。次回の起動時にもう一度暗号化します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceError</name>
    <message>
        <source>%1 could not be read. Check that the file exists and is not a folder.</source>
        <translation>%1 を読み込めませんでした。ファイルが存在し、フォルダでないことを確認してください。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Copy the file again from the camera or card.</source>
        <translation>%1 は空です（0バイト）。カメラ又はカードからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, which Kansa does not accept as evidence.</source>
        <translation>%1 は %2 MB を超えるため、証跡として受け付けられません。</translation>
    </message>
    <message>
        <source>%1 is in a format Kansa cannot show (%2). Save it as JPEG, PNG or PDF and add it again.</source>
        <translation>%1 は Kansa で表示できない形式（%2）です。JPEG、PNG 又は PDF で保存し直してから追加してください。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown as an image. Copy it again from the camera or card.</source>
        <translation>%1 は破損しているため画像として表示できません。カメラ又はカードからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>%1 is too large to open safely (%2 pixels). Reduce it to at most 100 megapixels and add it again.</source>
        <translation>%1 は大きすぎて安全に開けません（%2 ピクセル）。1億画素以下に縮小してから追加してください。</translation>
    </message>
    <message>
        <source>%1 is password-protected. Ask the contractor for an unprotected copy.</source>
        <translation>%1 はパスワードで保護されています。保護のない写しを受託者に依頼してください。</translation>
    </message>
    <message>
        <source>%1 could not be stored (%2). Free some disk space and add it again; nothing else was changed.</source>
        <translation>%1 を保存できませんでした（%2）。ディスクの空きを確保してから追加し直してください。ほかには何も変更されていません。</translation>
    </message>
    <message>
        <source>Adding %1 was cancelled.</source>
        <translation>%1 の追加を中止しました。</translation>
    </message>
    <message>
        <source>%1 took too long to decode and was stopped (limit %2). It is probably damaged; save it again as JPEG, PNG or PDF and add it again.</source>
        <translation>%1 は読み込みに時間がかかりすぎたため中止しました（上限 %2）。破損している可能性があります。JPEG、PNG 又は PDF で保存し直してから追加してください。</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF (it is damaged or not a PDF at all). Ask for a new copy, or print it to PDF again, and add it again.</source>
        <translation>%1 は読み込める PDF ではありません（破損しているか、PDF ではありません）。新しい写しを入手するか、PDF に出力し直してから追加してください。</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 は追加していません：%2</translation>
    </message>
    <message>
        <source>%1 is neither a photo nor a PDF. Kansa takes photos as JPEG, PNG, WebP, GIF or BMP, and documents as PDF; save it in one of these formats and add it again.</source>
        <translation>%1 は写真でも PDF でもありません。Kansa が証跡として受け付けるのは、写真は JPEG、PNG、WebP、GIF 又は BMP、文書は PDF です。いずれかの形式で保存し直してから追加してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceKeys</name>
    <message>
        <source>The storage key cannot be recorded: %1</source>
        <translation>保管鍵を記録できません: %1</translation>
    </message>
    <message>
        <source>No audit %1.</source>
        <translation>実地調査 %1 はありません。</translation>
    </message>
    <message>
        <source>The data key of audit %1 does not open with this installation&apos;s storage key.</source>
        <translation>実地調査 %1 のデータ鍵を、この端末の保管鍵で開けません。</translation>
    </message>
    <message>
        <source>Audit %1 has no data key.</source>
        <translation>実地調査 %1 にはデータ鍵がありません。</translation>
    </message>
    <message>
        <source>The file %1 has no key.</source>
        <translation>ファイル %1 には鍵がありません。</translation>
    </message>
    <message>
        <source>The key of file %1 does not open.</source>
        <translation>ファイル %1 の鍵を開けません。</translation>
    </message>
    <message>
        <source>The file %1 was stored without a key.</source>
        <translation>ファイル %1 が鍵なしで保存されました。</translation>
    </message>
    <message>
        <source>The new storage key cannot be written to %1.</source>
        <translation>新しい保管鍵を %1 に書き込めません。</translation>
    </message>
    <message>
        <source>The data key of audit %1 does not open.</source>
        <translation>実地調査 %1 のデータ鍵を開けません。</translation>
    </message>
    <message>
        <source>The storage key cannot be written to %1.</source>
        <translation>保管鍵を %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceRepository</name>
    <message>
        <source>There is no photo %1.</source>
        <translation>写真 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceStore</name>
    <message>
        <source>cannot write to %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>Kansa::EvidenceViewer</name>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>This PDF can no longer be read.</source>
        <translation>この PDF は読み込めなくなっています。</translation>
    </message>
    <message>
        <source>This photo can no longer be decoded.</source>
        <translation>この写真は表示できなくなっています。</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3%</source>
        <translation>%1 / %2 ページ · %3%</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3%</source>
        <translation>%1 × %2 ピクセル · %3%</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>丸</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>四角</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>手書き</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黒</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>細</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>太</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>線の太さ</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>印を削除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>  The checklist is signed: its photos&apos; markup is locked.</source>
        <translation>  チェックリストは署名済みのため、写真への書き込みは変更できません。</translation>
    </message>
</context>
<context>
    <name>Kansa::FollowUp</name>
    <message>
        <source>Give the date as YYYY-MM-DD.</source>
        <translation>日付は YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>There is no advisory item %1.</source>
        <translation>勧告事項 %1 はありません。</translation>
    </message>
    <message>
        <source>Advisory item %1 is “%2”; that step is not possible from there.</source>
        <translation>勧告事項 %1 は「%2」のため、その操作はできません。</translation>
    </message>
    <message>
        <source>Enter what the contractor reported, or attach its report.</source>
        <translation>受託者の報告内容を入力するか、改善報告書を添付してください。</translation>
    </message>
    <message>
        <source>Say why the response is returned; the contractor needs to know.</source>
        <translation>差し戻す理由を入力してください。受託者に伝える必要があります。</translation>
    </message>
    <message>
        <source>Say who records this step; every step of the follow-up names who did it.</source>
        <translation>記録者を入力してください。フォローアップの各段階には、誰が行ったかを記録します。</translation>
    </message>
    <message>
        <source>Advisory item %1 belongs to a draft letter; issue the letter first.</source>
        <translation>勧告事項 %1 は未発行の勧告書（案）のものです。先に勧告書を発行してください。</translation>
    </message>
    <message>
        <source>The letter %1 was corrected; follow up the item of the correction instead.</source>
        <translation>勧告書 %1 は訂正されています。訂正後の勧告書の事項でフォローアップしてください。</translation>
    </message>
    <message>
        <source>Only a recommendation can be closed as not required; a non-conformity is closed after its improvement is verified.</source>
        <translation>対応不要として完了できるのは推奨事項だけです。不適合は改善を確認してから完了します。</translation>
    </message>
    <message>
        <source>Say why no action is required; it is recorded with the item.</source>
        <translation>対応不要とする理由を入力してください。事項とともに記録されます。</translation>
    </message>
    <message>
        <source>The date %1 is before the letter %2 was issued (%3).</source>
        <translation>日付 %1 は勧告書 %2 の発行日（%3）より前です。</translation>
    </message>
    <message>
        <source>The date %1 is before the item&apos;s last step (%2); the history runs in order.</source>
        <translation>日付 %1 はこの事項の直前の記録（%2）より前です。経過は日付順に記録してください。</translation>
    </message>
    <message>
        <source>The date %1 is in the future (today is %2); record a step on or after the day it happened.</source>
        <translation>日付 %1 は未来の日付です（今日は %2）。対応があった日以降に記録してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::FollowUpStates</name>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>改善報告受領</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>対応不要</translation>
    </message>
</context>
<context>
    <name>Kansa::FollowUpStepDialog</name>
    <message>
        <source>Response received</source>
        <translation>改善報告の受領</translation>
    </message>
    <message>
        <source>What the contractor reported</source>
        <translation>受託者の報告内容</translation>
    </message>
    <message>
        <source>Improvement verified</source>
        <translation>改善の確認</translation>
    </message>
    <message>
        <source>How it was verified</source>
        <translation>確認の方法</translation>
    </message>
    <message>
        <source>Return the response</source>
        <translation>報告の差戻し</translation>
    </message>
    <message>
        <source>Why it is not sufficient</source>
        <translation>不十分な理由</translation>
    </message>
    <message>
        <source>Close the item</source>
        <translation>事項の完了</translation>
    </message>
    <message>
        <source>No action required</source>
        <translation>対応不要</translation>
    </message>
    <message>
        <source>Why no action is required</source>
        <translation>対応不要とする理由</translation>
    </message>
    <message>
        <source>%1 item %2, %3 (%4): %5</source>
        <translation>%1 の事項 %2、%3（%4）：%5</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録する(&amp;R)</translation>
    </message>
    <message>
        <source>Attach the contractor&apos;s report or photos</source>
        <translation>受託者の報告書や写真を添付</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>写真と PDF (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備考（任意）</translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryDescription</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>check item %1</source>
        <translation>確認事項 %1</translation>
    </message>
    <message>
        <source>Audit created: %1</source>
        <translation>実地調査を作成：%1</translation>
    </message>
    <message>
        <source>History started (the audit existed before Kansa kept histories)</source>
        <translation>履歴の開始（履歴の記録を始める前からある調査）</translation>
    </message>
    <message>
        <source>Audit details edited</source>
        <translation>調査の基本情報を変更</translation>
    </message>
    <message>
        <source>%1: check item changed (scored: %2)</source>
        <translation>%1：確認事項を変更（判定対象：%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: verdict %2</source>
        <translation>%1：判定 %2</translation>
    </message>
    <message>
        <source>%1: finding&apos;s text %2</source>
        <translation>%1：所見 %2</translation>
    </message>
    <message>
        <source>%1: finding cleared</source>
        <translation>%1：判定と所見を消去</translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation>証跡を追加：%1</translation>
    </message>
    <message>
        <source>Evidence added: %1 (%2)</source>
        <translation>証跡を追加：%1（%2）</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>証跡を削除</translation>
    </message>
    <message>
        <source>Evidence caption: %1</source>
        <translation>証跡の説明：%1</translation>
    </message>
    <message>
        <source>Signed by %1 (%2)</source>
        <translation>%1 が署名（%2）</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>受託者</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>調査担当</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>署名を無効にして再開：%1</translation>
    </message>
    <message>
        <source>Letter drafted</source>
        <translation>改善勧告書を起案</translation>
    </message>
    <message>
        <source>Letter issued: %1, dated %2</source>
        <translation>改善勧告書を発行：%1（%2 付）</translation>
    </message>
    <message>
        <source>Letter edited</source>
        <translation>改善勧告書を変更</translation>
    </message>
    <message>
        <source>Draft letter removed</source>
        <translation>改善勧告書の案を削除</translation>
    </message>
    <message>
        <source>Letter item %1: %2</source>
        <translation>勧告事項 %1：%2</translation>
    </message>
    <message>
        <source>Follow-up (%1) on %2: %3</source>
        <translation>フォローアップ（%1）%2：%3</translation>
    </message>
    <message>
        <source>Exported in a package</source>
        <translation>パッケージに書き出し</translation>
    </message>
    <message>
        <source>Replaced by the version in %1 (%2 entries replaced; the replaced version is kept here)</source>
        <translation>%1 の版で置き換え（%2 件を置き換え。置き換えた版はこの記録に保存）</translation>
    </message>
    <message>
        <source>%1 — %2: was %3, now %4</source>
        <translation>%1 — %2：置き換え前 %3、置き換え後 %4</translation>
    </message>
    <message>
        <source>Updated from %1 (the package continued this audit)</source>
        <translation>%1 で更新（パッケージはこの調査の続き）</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1 から取り込み</translation>
    </message>
    <message>
        <source>Another version received in %1 (a conflict to decide)</source>
        <translation>%1 で別の版を受け取り（扱いを決める競合）</translation>
    </message>
    <message>
        <source>Kept this version over the one in %1</source>
        <translation>%1 の版ではなくこちらを残した</translation>
    </message>
    <message>
        <source>Copied from another version of the audit (both kept); its history is kept in this entry</source>
        <translation>調査の別の版から複製（両方残す）。その履歴はこの記録に保存</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the history here that the package&apos;s does not continue are kept in this entry:</source>
        <translation>
            <numerusform>パッケージの履歴に続いていないこちらの履歴 %n 件をこの記録に保存しています：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: check item made (scored: %2)</source>
        <translation>%1：確認事項を作成（判定対象：%2）</translation>
    </message>
    <message>
        <source>This installation&apos;s key made</source>
        <translation>この端末の鍵を作成</translation>
    </message>
    <message>
        <source>Checkpoint held for %1 at entry %2</source>
        <translation>%1 の %2 番のチェックポイントを保持</translation>
    </message>
    <message>
        <source>Package imported: %1</source>
        <translation>パッケージを取り込み：%1</translation>
    </message>
    <message>
        <source>Conflict resolved (%1): %2</source>
        <translation>競合を解決（%1）：%2</translation>
    </message>
    <message>
        <source>Files made readable by their owner only</source>
        <translation>ファイルを所有者だけが読めるように変更</translation>
    </message>
    <message>
        <source>Audit disposed of (approved by %1)</source>
        <translation>実地調査を消去（承認者 %1）</translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryDialog</name>
    <message>
        <source>History of the audit of %1</source>
        <translation>%1 の実地調査の履歴</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n entries, each linked to the one before; the data is what they record.</source>
        <translation>
            <numerusform>履歴は無傷です。%n 件の記録がすべて直前の記録とつながり、データは記録どおりです。</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed checkpoint yet (one is made at signing, at issuing a letter and at export).</source>
        <translation>署名済みチェックポイントはまだありません（署名、勧告書の発行、書き出しのときに作成されます）。</translation>
    </message>
    <message>
        <source>Signed checkpoints: %1, by the key(s) %2</source>
        <translation>署名済みチェックポイント：%1 件（署名した鍵 %2）</translation>
    </message>
    <message>
        <source>This computer&apos;s key: %1</source>
        <translation>この端末の鍵：%1</translation>
    </message>
    <message>
        <source>The history does not hold: %1</source>
        <translation>履歴に問題があります：%1</translation>
    </message>
    <message>
        <source>Select an entry to see everything it records.</source>
        <translation>記録を選ぶと、記録されている内容をすべて表示します。</translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryLog</name>
    <message>
        <source>The audit has no history to sign.</source>
        <translation>この調査には署名する履歴がありません。</translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation>履歴は無傷です。</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the history has a gap there.</source>
        <translation>履歴 %1 番が欠けています（そこで履歴が途切れています）。</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: it repeats a number or belongs to another history.</source>
        <translation>履歴 %1 番は挿入されたものです（番号が重複しているか、別の履歴のものです）。</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: the history was rewritten there.</source>
        <translation>履歴 %1 番が直前の記録とつながっていません（そこで履歴が書き換えられています）。</translation>
    </message>
    <message>
        <source>Entry %1 was modified: what it records no longer gives its hash.</source>
        <translation>履歴 %1 番は改変されています（記録内容がハッシュと一致しません）。</translation>
    </message>
    <message>
        <source>The checkpoint at entry %1 has an invalid signature.</source>
        <translation>履歴 %1 番のチェックポイントの署名が正しくありません。</translation>
    </message>
    <message>
        <source>The history was cut: a signed checkpoint vouches for entries up to at least %1, which are gone.</source>
        <translation>履歴が切り詰められています（署名済みチェックポイントが少なくとも %1 番までの記録を保証していますが、それがありません）。</translation>
    </message>
    <message>
        <source>Entry %1 differs from what a signed checkpoint recorded: the history was rewritten or forked.</source>
        <translation>履歴 %1 番が署名済みチェックポイントの記録と異なります（履歴が書き換えられたか、分岐しています）。</translation>
    </message>
    <message>
        <source>The checkpoint signed at entry %1 was deleted: this computer&apos;s own history records it.</source>
        <translation>履歴 %1 番で署名したチェックポイントが削除されています（この端末の履歴に記録があります）。</translation>
    </message>
    <message>
        <source>The audit&apos;s data is not what its history records (as of entry %1): it was changed outside Kansa.</source>
        <translation>実地調査のデータが履歴の記録（%1 番時点）と一致しません。Kansa の外で変更されています。</translation>
    </message>
    <message>
        <source>What differs: %1.</source>
        <translation>異なる箇所：%1。</translation>
    </message>
    <message>
        <source>In the history this copy came with: %1</source>
        <translation>この複製が持ってきた履歴で：%1</translation>
    </message>
    <message>
        <source>The database&apos;s history triggers were dropped or altered outside Kansa: changes may have been made without an entry.</source>
        <translation>データベースの履歴用トリガーが Kansa の外で削除又は変更されています。履歴に残らない変更が行われた可能性があります。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryModel</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>Kansa::HistoryState</name>
    <message>
        <source>no verdict</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>the verdict of %1: the history records %2, the data says %3</source>
        <translation>%1 の判定（履歴の記録は %2、データは %3）</translation>
    </message>
    <message>
        <source>the finding&apos;s text of %1: the history records %2, the data says %3</source>
        <translation>%1 の所見（履歴の記録は %2、データは %3）</translation>
    </message>
    <message>
        <source>a finding belongs to no check item of the audit</source>
        <translation>調査のどの確認事項にも属さない所見</translation>
    </message>
    <message>
        <source>the evidence files: %1 in the data that the history does not record, %2 recorded that are not in the data</source>
        <translation>証跡ファイル（履歴に記録のないものがデータに %1 件、記録があるのにデータにないものが %2 件）</translation>
    </message>
    <message>
        <source>the signatures: %1 in the data, %2 recorded by the history</source>
        <translation>署名（データに %1 件、履歴の記録は %2 件）</translation>
    </message>
    <message>
        <source>the audit&apos;s details (%1): the history records %2, the data says %3</source>
        <translation>調査の基本情報（%1）（履歴の記録は %2、データは %3）</translation>
    </message>
    <message>
        <source>the improvement recommendation letters</source>
        <translation>改善勧告書</translation>
    </message>
    <message>
        <source>the follow-up steps: %1 in the data, %2 recorded by the history</source>
        <translation>フォローアップの記録（データに %1 件、履歴の記録は %2 件）</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>受託者名</translation>
    </message>
    <message>
        <source>contractor&apos;s address</source>
        <translation>受託者の所在地</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>representative&apos;s title</source>
        <translation>代表者の職名</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>契約件名</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>契約期間の始期</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>契約期間の終期</translation>
    </message>
    <message>
        <source>department in charge</source>
        <translation>担当課</translation>
    </message>
    <message>
        <source>place of work</source>
        <translation>業務履行場所</translation>
    </message>
    <message>
        <source>type of audit</source>
        <translation>調査の区分</translation>
    </message>
    <message>
        <source>audit date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>lead inspector</source>
        <translation>調査責任者</translation>
    </message>
    <message>
        <source>inspectors</source>
        <translation>調査担当</translation>
    </message>
    <message>
        <source>contractor&apos;s attendees</source>
        <translation>受託者側立会者</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>保管済み</translation>
    </message>
    <message>
        <source>check item %1 (%2): the history records %3, the data says %4</source>
        <translation>確認事項 %1（%2）（履歴の記録は %3、データは %4）</translation>
    </message>
    <message>
        <source>check item %1 is not in the history</source>
        <translation>確認事項 %1 が履歴にありません</translation>
    </message>
    <message>
        <source>check item %1 recorded by the history is not in the data</source>
        <translation>履歴に記録された確認事項 %1 がデータにありません</translation>
    </message>
    <message>
        <source>the evidence %1: not what the history records (file, caption or certificate)</source>
        <translation>証跡 %1 が履歴の記録と異なります（ファイル、説明又は認証の内容）</translation>
    </message>
    <message>
        <source>the evidence %1: under another check item than the history records</source>
        <translation>証跡 %1 が履歴の記録と別の確認事項に付いています</translation>
    </message>
    <message>
        <source>the evidence %1 recorded by the history is not in the data</source>
        <translation>履歴に記録された証跡 %1 がデータにありません</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>whether it is checked</source>
        <translation>判定対象かどうか</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>義務の区分</translation>
    </message>
    <message>
        <source>its number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>responsibility structure</source>
        <translation>責任体制</translation>
    </message>
    <message>
        <source>the items of letter %1 as issued</source>
        <translation>発行した改善勧告書 %1 の勧告事項</translation>
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
    <message>
        <source>The file is not a text document, a PDF or a Word/OpenDocument file. Import the clause document as .docx, .odt, .txt or PDF.</source>
        <translation>このファイルはテキスト文書、PDF、Word・OpenDocument のいずれでもありません。特記事項の文書を .docx、.odt、.txt または PDF で取り込んでください。</translation>
    </message>
    <message>
        <source>The Word or OpenDocument file is damaged (incomplete or not readable). Open it in Word or LibreOffice, save it again and import the new copy. Nothing was imported.</source>
        <translation>Word または OpenDocument のファイルが壊れています（不完全か、読み取れません）。Word または LibreOffice で開いて保存し直し、そのファイルを取り込んでください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This is an old Word document (.doc), which Kansa does not read. Open it in Word or LibreOffice, save it as .docx and import that. Nothing was imported.</source>
        <translation>旧形式の Word 文書（.doc）は読み込めません。Word または LibreOffice で開いて .docx 形式で保存し、そのファイルを取り込んでください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The document is protected by a password. Remove the protection (or ask the issuer for an unprotected copy) and import it again. Nothing was imported.</source>
        <translation>文書がパスワードで保護されています。保護を解除する（または発行元に保護のない版を依頼）してから、もう一度取り込んでください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The document unpacks to far more data than any clause document, so it was not opened (it may be damaged or made to exhaust memory). Nothing was imported.</source>
        <translation>展開すると特記事項の文書としてはあり得ない大きさになるため、開きませんでした（破損しているか、メモリを使い果たすよう作られている可能性があります）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The file is a packaged office document but neither a text document (.docx or .odt) nor an Excel workbook (.xlsx); a presentation cannot be imported as clauses. Nothing was imported.</source>
        <translation>このファイルはオフィス文書ですが、文章の文書（.docx または .odt）でもExcelブック（.xlsx）でもありません。プレゼンテーションは特記事項として取り込めません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), which Kansa does not read. Open it in Excel or LibreOffice, save it as .xlsx (Excel workbook) and import that. Nothing was imported.</source>
        <translation>これは古い形式のExcelブック（.xls）で、Kansaでは読めません。Excel又はLibreOfficeで開き、.xlsx（Excelブック）形式で保存してから取り込んでください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>No checklist was found in the workbook: no sheet has a header row naming the text under check (確認事項, 確認内容, 内容, チェック項目 …) with rows below it. Say which row and columns hold the checklist (in the column dialog, or with --header-row and --columns). Nothing was imported.</source>
        <translation>ブックにチェックリストが見つかりません。確認事項（確認事項、確認内容、内容、チェック項目 など）を示す見出し行とその下の行を持つシートがありません。チェックリストの行と列を指定してください（列の指定画面、又は --header-row と --columns）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name (its sheets are named below). Nothing was imported.</source>
        <translation>ブックにその名前のシートはありません（シート名は下のとおりです）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook (.xlsx): it is damaged, cut short, or another kind of file with an .xlsx name. Open it in Excel or LibreOffice and save it again as .xlsx, or ask the sender for a new copy. Nothing was imported.</source>
        <translation>このファイルは読めるExcelブック（.xlsx）ではありません。壊れているか、途中で切れているか、.xlsx という名前の別の種類のファイルです。Excel又はLibreOfficeで開いて .xlsx で保存し直すか、送り主に新しいものを依頼してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The header row given is below the last row of the sheet, so there are no check items under it. Give the number of the row that holds the column titles, as Excel shows it. Nothing was imported.</source>
        <translation>指定された見出し行はシートの最後の行より下にあるため、その下にチェック項目がありません。列の名前が書かれた行の番号を、Excel に表示されるとおりに指定してください。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>Kansa::ImportPlan</name>
    <message>
        <source>The history of the audit of %1 in the package is broken: %2 Nothing was imported.</source>
        <translation>パッケージ内の %1 の調査の履歴が壊れています：%2 何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The audit of %1 in the package contradicts its own history (it was altered after it was exported): %2. Nothing was imported.</source>
        <translation>パッケージ内の %1 の調査は、自らの履歴と食い違っています（書き出した後に改変されています）：%2。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The history of the audit of %1 in the package does not continue the history this office signed for it. Nothing was imported.</source>
        <translation>パッケージ内の %1 の調査の履歴は、この事務所で署名した履歴の続きではありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The audit of %1 in the package does not hold together: %2 Nothing was imported.</source>
        <translation>パッケージ内の %1 の調査は整合していません：%2 何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The signed checklist of %1 in the package is not what was signed: %2 Nothing was imported.</source>
        <translation>パッケージ内の %1 の署名済みチェックリストは、署名された内容と異なります：%2 何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The audit of %1 in the package has no signed checkpoint of its latest changes, which every package Kansa exports carries: it was changed after export. Nothing was imported.</source>
        <translation>パッケージ内の %1 の調査には、Kansa が書き出すときに必ず付ける、最新の変更までの署名済みチェックポイントがありません。書き出した後に変更されています。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>Kansa::InspectionSession</name>
    <message>
        <source>Your last change could not be saved (%1). Everything saved before it is kept. Check the free disk space, then make the change again.</source>
        <translation>直前の変更を保存できませんでした（%1）。それまでに保存した内容は残っています。ディスクの空きを確認してから、もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::InspectionWorkspace</name>
    <message>
        <source>Every change is saved at once</source>
        <translation>変更はすべて即時に保存されます</translation>
    </message>
    <message>
        <source>All check items</source>
        <translation>すべてのチェック項目</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>未判定のみ</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>不適合のみ</translation>
    </message>
    <message>
        <source>Key %1 in the list, or Alt+%1</source>
        <translation>一覧で %1 キー、又は Alt+%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 保存済み</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Progress: %1 of %2 have a verdict</source>
        <translation>進捗：%2 項目中 %1 項目判定済み</translation>
    </message>
    <message>
        <source>Conforming %1 · Major %2 · Minor %3 · Observations %4 · N/A %5</source>
        <translation>適合 %1 · 重大 %2 · 軽微 %3 · 観察 %4 · 該当なし %5</translation>
    </message>
    <message>
        <source>The checklist is signed, so its verdicts cannot change. Audit ▸ Reopen the signed checklist to change them.</source>
        <translation>チェックリストは署名済みのため、判定は変更できません。変更するには「実地調査」▸「署名済みチェックリストを再開」を使ってください。</translation>
    </message>
    <message>
        <source>No check item matches the filter.</source>
        <translation>絞り込みに該当するチェック項目はありません。</translation>
    </message>
    <message>
        <source>An article&apos;s heading is selected: choose one of its check items (Down arrow) to give a verdict.</source>
        <translation>条の見出しが選ばれています。判定するには、その確認事項を選んでください（↓キー）。</translation>
    </message>
    <message>
        <source>Every scored check item has a verdict.</source>
        <translation>すべての確認事項に判定があります。</translation>
    </message>
    <message>
        <source>No check item without a verdict is shown; clear the filter to see the rest.</source>
        <translation>表示中の確認事項はすべて判定済みです。残りを見るには絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>%1: read only (Audit ▸ Reopen to change)</source>
        <translation>%1：読み取り専用（変更は 実地調査 ▸ 再開）</translation>
    </message>
    <message>
        <source>%1 %2%3, %4</source>
        <translation>%1 %2%3 %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>署名：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Kansa::IssueLetterDialog</name>
    <message>
        <source>Issue the letter</source>
        <translation>勧告書の発行</translation>
    </message>
    <message>
        <source>The letter is issued as %1 once it is approved (決裁). Its number is taken and it can no longer change; a mistake found later is corrected by a new letter. The approval date is the letter&apos;s date.</source>
        <translation>決裁を経て %1 として発行します。文書番号が確定し、以後は変更できません（誤りは新しい勧告書で訂正します）。決裁日が勧告書の日付になります。</translation>
    </message>
    <message>
        <source>&amp;Drafted by (起案)</source>
        <translation>起案者(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;pproved by (決裁)</source>
        <translation>決裁者(&amp;P)</translation>
    </message>
    <message>
        <source>Approval da&amp;te</source>
        <translation>決裁日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>発行(&amp;I)</translation>
    </message>
    <message>
        <source>The last letter issued is dated %1; this one, with a later number, cannot be dated earlier.</source>
        <translation>最後に発行した勧告書の日付は %1 です。後の番号のこの勧告書を、それより前の日付にはできません。</translation>
    </message>
    <message>
        <source>The approval date is after today.</source>
        <translation>決裁日が今日より後です。</translation>
    </message>
</context>
<context>
    <name>Kansa::Ledger</name>
    <message>
        <source>%n day(s) overdue</source>
        <translation>%n日超過</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>本日期限</translation>
    </message>
    <message>
        <source>%n day(s) left</source>
        <translation>残り%n日</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事項ID</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>勧告書</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Improvement required</source>
        <translation>改善を要する事項</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>改善期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限まで</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最終対応日</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>報告日</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告内容</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>確認者</translation>
    </message>
</context>
<context>
    <name>Kansa::LedgerModel</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 item %2</source>
        <translation>%1 の%2</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>改善期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限まで</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>勧告書・番号</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最終対応日</translation>
    </message>
</context>
<context>
    <name>Kansa::LedgerView</name>
    <message>
        <source>Response received</source>
        <translation>改善報告を受領</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>改善を確認</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Closed: no action required</source>
        <translation>完了（対応不要）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Overdue or due within N days</source>
        <translation>期限超過・N日以内に期限</translation>
    </message>
    <message>
        <source>Verified, to be closed</source>
        <translation>確認済み（未完了）</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>すべての事項</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>台帳を PDF で保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Export the ledger for a spreadsheet</source>
        <translation>台帳を表計算ソフト用に書き出す</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an item to see its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;事項を選ぶと、その経過が表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 item %2</source>
        <translation>%1 の%2</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>まだ記録はありません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>発行：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>添付：%1</translation>
    </message>
    <message>
        <source>Export the ledger as an Excel workbook</source>
        <translation>台帳をExcelブックで書き出す</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Ledger saved as %1.</source>
        <translation>台帳を %1 として保存しました。</translation>
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
        <source>About Kansa</source>
        <translation>Kansa について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kansa %1&lt;/h3&gt;&lt;p&gt;On-site information-security audits of outsourcing contractors, clause by clause.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kansa（監査）%1&lt;/h3&gt;&lt;p&gt;委託先の情報セキュリティ特記事項に基づく実地調査を、条項ごとに行うためのツールです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>実地調査</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>実地調査(&amp;A)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: %n item(s) overdue</source>
        <translation>
            <numerusform>フォローアップ：期限超過 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon</source>
        <translation>期限超過 %1・期限間近 %2</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>期限超過 %1</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>期限間近 %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>After 適合 or 該当なし, go to the &amp;next item without a verdict</source>
        <translation>適合・該当なしの後、未判定の次の項目へ移動(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tab&apos;s label with the follow-up counts: 「実地調査（期限超過 1）」 in Japanese.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Compare clause sets</source>
        <translation>特記事項の版の比較</translation>
    </message>
    <message>
        <source>There is only one clause set in the library. Import another version of the document first.</source>
        <translation>ライブラリの特記事項は一つだけです。先に別の版を取り込んでください。</translation>
    </message>
    <message>
        <source>The corrected version is stored; the version it corrects stays in the library.</source>
        <translation>訂正版を保存しました。訂正前の版もライブラリに残っています。</translation>
    </message>
    <message>
        <source>&amp;Dispose of the audit…</source>
        <translation>実地調査を消去(&amp;D)…</translation>
    </message>
    <message>
        <source>Dis&amp;posal records…</source>
        <translation>消去記録(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)…</source>
        <translation>Excelブック (.xlsx)(&amp;E)…</translation>
    </message>
    <message>
        <source>Clause documents and checklists (*.docx *.odt *.txt *.pdf *.xlsx);;All files (*)</source>
        <translation>特記事項の文書とチェックリスト (*.docx *.odt *.txt *.pdf *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>%1 due within %2 days</source>
        <translation>%2日以内に期限 %1 件</translation>
    </message>
</context>
<context>
    <name>Kansa::MarkupCanvas</name>
    <message>
        <source>Colour of a mark</source>
        <translation>印の色</translation>
    </message>
    <message>
        <source>Size of a mark</source>
        <translation>印の大きさ</translation>
    </message>
    <message>
        <source>Delete a mark</source>
        <translation>印を削除</translation>
    </message>
    <message>
        <source>Add pin %1</source>
        <translation>番号 %1 を追加</translation>
    </message>
    <message>
        <source>Text on the photo</source>
        <translation>写真に書く文字</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字:</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>文字を追加</translation>
    </message>
    <message>
        <source>Add arrow</source>
        <translation>矢印を追加</translation>
    </message>
    <message>
        <source>Add ellipse</source>
        <translation>丸を追加</translation>
    </message>
    <message>
        <source>Add rectangle</source>
        <translation>四角を追加</translation>
    </message>
    <message>
        <source>Add freehand line</source>
        <translation>手書きの線を追加</translation>
    </message>
    <message>
        <source>Move a mark</source>
        <translation>印を移動</translation>
    </message>
    <message>
        <source>Resize a mark</source>
        <translation>印の大きさを変更</translation>
    </message>
</context>
<context>
    <name>Kansa::OfficeKeysPanel</name>
    <message>
        <source>Add an office key</source>
        <translation>事務所の鍵の追加</translation>
    </message>
    <message>
        <source>The office&apos;s public key (age1…, 62 characters), as the office&apos;s Kansa shows it:</source>
        <translation>事務所の公開鍵（age1… で始まる62文字。事務所の Kansa に表示されるもの）：</translation>
    </message>
    <message>
        <source>Remove the office key</source>
        <translation>事務所の鍵の削除</translation>
    </message>
    <message>
        <source>Packages exported from now on will no longer be encrypted to %1. Remove it?</source>
        <translation>今後書き出すパッケージは %1 あてに暗号化されなくなります。削除しますか。</translation>
    </message>
    <message>
        <source>Create the office&apos;s key pair</source>
        <translation>事務所の鍵ペアの作成</translation>
    </message>
    <message>
        <source>The office creates its key pair once, on the computer that imports the packages. The key file opens every package sent to the office: keep it there (and a copy in the office&apos;s safe), never on a laptop. Laptops get only the public key (age1…).</source>
        <translation>事務所の鍵ペアは、パッケージを取り込む端末で一度だけ作成します。鍵ファイルがあれば事務所あてのすべてのパッケージを開けるため、その端末（と事務所の金庫の控え）に保管し、ノートパソコンには置かないでください。ノートパソコンには公開鍵（age1…）だけを登録します。</translation>
    </message>
    <message>
        <source>Key files (*.key)</source>
        <translation>鍵ファイル (*.key)</translation>
    </message>
    <message>
        <source>A passphrase that protects the key file (at least %1 characters; a few words are easy to remember):</source>
        <translation>鍵ファイルを保護するパスフレーズ（%1 文字以上。いくつかの単語を並べると覚えやすくなります）：</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>確認のため、同じパスフレーズをもう一度：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>二つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>The office&apos;s public key</source>
        <translation>事務所の公開鍵</translation>
    </message>
    <message>
        <source>Add this key on every laptop (Settings ▸ Packages ▸ Add a key…, or kansa-cli keys office add): scan the code, or copy the text.</source>
        <translation>この鍵を各ノートパソコンに登録してください（設定 ▸ パッケージ ▸ 鍵を追加…、又は kansa-cli keys office add）。コードを読み取るか、文字列をコピーしてください。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Kansa::PackageActions</name>
    <message>
        <source>&amp;Export audits…</source>
        <translation>実地調査を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;package…</source>
        <translation>パッケージを取り込む(&amp;P)…</translation>
    </message>
    <message>
        <source>Package &amp;conflicts…</source>
        <translation>パッケージの競合(&amp;C)…</translation>
    </message>
    <message>
        <source>audit-package-%1.age</source>
        <translation>監査パッケージ_%1.age</translation>
    </message>
    <message>
        <source>Export audits</source>
        <translation>実地調査の書き出し</translation>
    </message>
    <message>
        <source>Audit packages (*.age)</source>
        <translation>監査パッケージ (*.age)</translation>
    </message>
    <message>
        <source>Encrypting the audits and their evidence…</source>
        <translation>調査と証跡を暗号化しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) exported with %1 evidence file(s) to %2 (%3 MB).</source>
        <translation>
            <numerusform>実地調査 %n 件を証跡ファイル %1 件とともに %2 に書き出しました（%3 MB）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>パッケージの取り込み</translation>
    </message>
    <message>
        <source>How was the package encrypted?</source>
        <translation>このパッケージはどの方法で暗号化されていますか。</translation>
    </message>
    <message>
        <source>For the office&apos;s &amp;key…</source>
        <translation>事務所の鍵あて(&amp;K)…</translation>
    </message>
    <message>
        <source>With a &amp;passphrase…</source>
        <translation>パスフレーズ(&amp;P)…</translation>
    </message>
    <message>
        <source>The office&apos;s key file</source>
        <translation>事務所の鍵ファイル</translation>
    </message>
    <message>
        <source>Key files (*.key *.txt);;All files (*)</source>
        <translation>鍵ファイル (*.key *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The key file&apos;s passphrase:</source>
        <translation>鍵ファイルのパスフレーズ：</translation>
    </message>
    <message>
        <source>Audit packages (*.age);;All files (*)</source>
        <translation>監査パッケージ (*.age);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking and importing the package…</source>
        <translation>パッケージを検証して取り込んでいます…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>取り込みました：%1</translation>
    </message>
    <message>
        <source>Package conflicts</source>
        <translation>パッケージの競合</translation>
    </message>
    <message>
        <source>No imported audit waits for a decision.</source>
        <translation>扱いが決まっていない取り込み調査はありません。</translation>
    </message>
    <message>
        <source>The package %1 holds another version of the audit of %2.</source>
        <translation>パッケージ %1 には、%2 の調査の別の版が含まれています。</translation>
    </message>
    <message>
        <source>What differs:</source>
        <translation>違い：</translation>
    </message>
    <message>
        <source>Its history does not continue the one signed here, so it cannot replace ours.</source>
        <translation>その履歴はこちらで署名した履歴の続きではないため、こちらの調査と置き換えることはできません。</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>こちらを残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Replace ours with the package&apos;s</source>
        <translation>パッケージの内容で置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>両方残す(&amp;B)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
    <message>
        <source>This package is protected by a passphrase. Type it:</source>
        <translation>このパッケージはパスフレーズで保護されています。パスフレーズを入力してください：</translation>
    </message>
    <message>
        <source>This package was encrypted for an office key. Open it with the key file %1?</source>
        <translation>このパッケージは事務所の鍵あてに暗号化されています。鍵ファイル %1 で開きますか。</translation>
    </message>
    <message>
        <source>Already here with everything the package holds: %1</source>
        <translation>取り込み済み（パッケージの内容はすべてあります）：%1</translation>
    </message>
    <message>
        <source>Differs from the audit here (nothing overwritten; decide now or later in File ▸ Package conflicts…): %1</source>
        <translation>%1：こちらの実地調査と食い違います。上書きはしていません。この後、又は ファイル ▸ パッケージの競合… で扱いを決めてください。</translation>
    </message>
    <message>
        <source>Both are kept: the package&apos;s version is a separate audit now (its history starts by naming the audit it was copied from).</source>
        <translation>両方残しました。パッケージの版は別の実地調査になりました（その履歴は、複製元の実地調査を記録するところから始まります）。</translation>
    </message>
    <message>
        <source>Preparing the photos for the screen and the report…</source>
        <translation>写真の表示用・報告書用の縮小画像を作成しています…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>  This audit was disposed of here on %1; it is back. Dispose of it again if it should not be here.</source>
        <translation>  この実地調査は %1 にこの端末で消去したものです。パッケージから戻りました。残すべきでなければ、もう一度消去してください。</translation>
    </message>
    <message>
        <source>Updated (the package continues the audit held here; nothing of ours was lost): %1</source>
        <translation>更新しました（パッケージはこちらの調査の続きで、こちらの内容は失われていません）：%1</translation>
    </message>
    <message>
        <source>Replace ours with the package&apos;s</source>
        <translation>パッケージの内容で置き換える</translation>
    </message>
    <message>
        <source>These entries of the audit of %1 here will be replaced by the package&apos;s:</source>
        <translation>こちらの %1 の調査の次の内容を、パッケージの内容で置き換えます：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>…ほか %n 件（詳細を表示して確認してください）。</numerusform>
        </translation>
    </message>
    <message>
        <source>What is replaced is not erased: it stays in the audit&apos;s history (History…), with its files.</source>
        <translation>置き換えた内容は消去されません。ファイルとともに調査の履歴（履歴…）に残ります。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Replaced: the audit of %1 now holds the package&apos;s version (its number is unchanged). What it held before stays in its history (Audit ▸ History…), with its files.</source>
        <translation>置き換えました。%1 の実地調査はパッケージの版になりました（番号は変わりません）。置き換える前の内容は、ファイルとともに調査の履歴（実地調査 ▸ 履歴…）に残っています。</translation>
    </message>
    <message>
        <source>  Its history was signed by the key %1: compare it with “This computer&apos;s key” in Audit ▸ History… on the computer it came from.</source>
        <translation>  その履歴は鍵 %1 で署名されています。送り元の端末の 実地調査 ▸ 履歴… にある「この端末の鍵」と照合してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::PackageConflicts</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation>競合 %1 はありません。</translation>
    </message>
    <message>
        <source>The package&apos;s history does not continue the one this office signed, so it cannot replace it. Keep both and compare them.</source>
        <translation>パッケージの履歴はこの事務所で署名した履歴の続きではないため、置き換えられません。両方残して比べてください。</translation>
    </message>
</context>
<context>
    <name>Kansa::PackageContents</name>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>取り込みを中止しました。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is encrypted, but is not a Kansa audit package. Nothing was imported.</source>
        <translation>%1 は暗号化されていますが、Kansa の監査パッケージではありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This package was made by a newer version of Kansa (package format %1; this Kansa reads format %2). Update Kansa, then import it again. Nothing was imported.</source>
        <translation>このパッケージは新しい版の Kansa で作成されています（パッケージ形式 %1。この Kansa が読めるのは形式 %2 まで）。Kansa を更新してから取り込み直してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This package was made by a newer version of Kansa. Update Kansa, then import it again. Nothing was imported.</source>
        <translation>このパッケージは新しい版の Kansa で作成されています。Kansa を更新してから取り込み直してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>A file in the package is not evidence Kansa accepts (%1). Nothing was imported.</source>
        <translation>パッケージ内のファイルに、Kansa が証跡として受け付けない形式のものがあります（%1）。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>Kansa::PackageExport</name>
    <message>
        <source>Choose at least one audit to export.</source>
        <translation>書き出す実地調査を一つ以上選んでください。</translation>
    </message>
    <message>
        <source>Audit %1 cannot be exported: %2</source>
        <translation>調査 %1 を書き出せません：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing or changed on this computer; the package was not written.</source>
        <translation>証跡ファイル %1 がこの端末で見つからないか、変更されています。パッケージは書き出していません。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>書き出しを中止しました。ファイルは作成していません。</translation>
    </message>
    <message>
        <source>The package was written, but its export could not be recorded in the history: %1</source>
        <translation>パッケージは書き出しましたが、履歴に記録できませんでした：%1</translation>
    </message>
    <message>
        <source>One of the office keys is not a usable age key.</source>
        <translation>事務所の鍵の一つが使用できる age の鍵ではありません。</translation>
    </message>
    <message>
        <source>The package could not be written to %1 (is the disk full?). Nothing was exported.</source>
        <translation>パッケージを %1 に書き込めませんでした（ディスクがいっぱいではありませんか）。何も書き出していません。</translation>
    </message>
    <message>
        <source>The package could not be encrypted.</source>
        <translation>パッケージを暗号化できませんでした。</translation>
    </message>
</context>
<context>
    <name>Kansa::PackageExportDialog</name>
    <message>
        <source>The office&apos;s keys (none is set up yet: Settings ▸ Packages, or kansa-cli keys office add)</source>
        <translation>事務所の鍵（まだ設定されていません：設定 ▸ パッケージ、又は kansa-cli keys office add で登録）</translation>
    </message>
    <message numerus="yes">
        <source>The office: %n key(s) set up in the settings</source>
        <translation>
            <numerusform>事務所（設定済みの鍵 %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Tick at least one audit.</source>
        <translation>実地調査を一つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>二つのパスフレーズが一致しません。</translation>
    </message>
</context>
<context>
    <name>Kansa::PackageImport</name>
    <message>
        <source>The files cannot be unpacked (is the disk full?). Nothing was imported.</source>
        <translation>ファイルを展開できません（ディスクがいっぱいではありませんか）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The files cannot be stored (is the disk full?). Nothing was imported.</source>
        <translation>ファイルを保存できません（ディスクがいっぱいではありませんか）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The package could not be stored: %1 Nothing was imported.</source>
        <translation>パッケージを保存できませんでした：%1 何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The package is damaged or was altered on the way (a changed byte, or a file cut short). Nothing was imported. Ask the sender for the package again.</source>
        <translation>パッケージが壊れているか、途中で改変されています（内容の変更又は途中で切れたファイル）。何も取り込んでいません。送り主にパッケージを送り直してもらってください。</translation>
    </message>
    <message>
        <source>The package cannot be opened with this key or passphrase. Check that it was made for this office&apos;s key, or type the passphrase again. Nothing was imported.</source>
        <translation>この鍵又はパスフレーズではパッケージを開けません。この事務所の鍵あてに作成されたものか確認するか、パスフレーズを入力し直してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is not a Kansa audit package (not an age-encrypted file). Nothing was imported.</source>
        <translation>%1 は Kansa の監査パッケージではありません（age で暗号化されたファイルではありません）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 cannot be read. Nothing was imported.</source>
        <translation>%1 を読み込めません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was imported.</source>
        <translation>ファイル %1 がありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was imported.</source>
        <translation>%1 を読み込めません（%2）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a package. Choose the package file. Nothing was imported.</source>
        <translation>%1 はフォルダです。パッケージのファイルを選んでください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This package is protected by a passphrase, not by the office&apos;s key: give its passphrase. Nothing was imported.</source>
        <translation>このパッケージは事務所の鍵ではなくパスフレーズで保護されています。パスフレーズを指定してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This package was encrypted for an office key, not with a passphrase: open it with the office&apos;s key file. Nothing was imported.</source>
        <translation>このパッケージはパスフレーズではなく事務所の鍵あてに暗号化されています。事務所の鍵ファイルで開いてください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The passphrase is not the one this package was made with. Nothing was imported.</source>
        <translation>パスフレーズが、このパッケージを作成したときのものと一致しません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This package was not made for this office&apos;s key (or the key file is another one). Nothing was imported.</source>
        <translation>このパッケージはこの事務所の鍵あてに作成されたものではありません（又は鍵ファイルが違います）。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>Kansa::PackageSettings</name>
    <message>
        <source>“%1” is not one of the office keys.</source>
        <translation>「%1」は事務所の鍵に登録されていません。</translation>
    </message>
    <message>
        <source>That is a secret key, not a public key: it must never be given out or typed into another program. Give the office&apos;s public key (age1…), which kansa-cli keys show KEYFILE prints; if the secret key was shown where others could see it, make a new key pair.</source>
        <translation>それは公開鍵ではなく秘密鍵です。秘密鍵は人に渡したり他のプログラムに入力したりしてはいけません。事務所の公開鍵（age1…、kansa-cli keys show 鍵ファイル で表示されます）を指定してください。秘密鍵を他人に見られた可能性があれば、鍵ペアを作り直してください。</translation>
    </message>
    <message>
        <source>That is not an office public key: a public key begins with age1 and has 62 characters (kansa-cli keys show KEYFILE prints it).</source>
        <translation>事務所の公開鍵ではありません。公開鍵は age1 で始まる 62 文字です（kansa-cli keys show 鍵ファイル で表示されます）。</translation>
    </message>
    <message>
        <source>That is not an office public key (age1…); nothing was removed.</source>
        <translation>事務所の公開鍵（age1…）ではありません。何も削除していません。</translation>
    </message>
</context>
<context>
    <name>Kansa::PhotoMarkup</name>
    <message>
        <source>the markup is too large</source>
        <translation>書き込みが大きすぎます</translation>
    </message>
    <message>
        <source>the markup is not JSON: %1</source>
        <translation>書き込みが JSON ではありません: %1</translation>
    </message>
    <message>
        <source>more than %1 marks on one photo</source>
        <translation>1枚の写真に %1 を超える印があります</translation>
    </message>
    <message>
        <source>an unknown kind of mark</source>
        <translation>不明な種類の印があります</translation>
    </message>
    <message>
        <source>a mark without a valid colour</source>
        <translation>色の正しくない印があります</translation>
    </message>
    <message>
        <source>a line width other than 1, 2 or 3</source>
        <translation>線の太さが 1・2・3 以外です</translation>
    </message>
    <message>
        <source>a stroke of more than %1 points</source>
        <translation>%1 点を超える線があります</translation>
    </message>
    <message>
        <source>a point outside the photo</source>
        <translation>写真の外の点があります</translation>
    </message>
    <message>
        <source>a mark with the wrong number of points</source>
        <translation>点の数が正しくない印があります</translation>
    </message>
    <message>
        <source>a pin without a number from 1 to 999</source>
        <translation>1〜999 の番号のない番号印があります</translation>
    </message>
    <message>
        <source>a text label that is empty or longer than %1 characters</source>
        <translation>空の、又は %1 文字を超える文字の印があります</translation>
    </message>
</context>
<context>
    <name>Kansa::RecordComparison</name>
    <message>
        <source>no verdict</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>note</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>what is wrong</source>
        <translation>不適合の内容</translation>
    </message>
    <message>
        <source>improvement required</source>
        <translation>改善を要する事項</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 — %2: here %3; in the package %4</source>
        <translation>%1 — %2：こちら %3、パッケージ %4</translation>
    </message>
</context>
<context>
    <name>Kansa::ReopenDialog</name>
    <message>
        <source>Reopen the checklist</source>
        <translation>チェックリストの再開</translation>
    </message>
    <message>
        <source>&amp;Reopened by</source>
        <translation>再開する人(&amp;R)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開する</translation>
    </message>
    <message numerus="yes">
        <source>Reopening voids the %n signature(s); the checklist must be signed again. Who reopens it, and why, is recorded with the audit.</source>
        <translation>
            <numerusform>再開すると%n件の署名が無効になり、チェックリストに署名し直す必要があります。再開した人と理由は調査の記録に残ります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::SchemaGuards</name>
    <message>
        <source>The database&apos;s safeguards were changed outside Kansa (%1 missing or altered): changes could be made without being recorded in the history. Kansa will not write to this database; it can still be read, printed and verified. Restore the database from a backup, or ask your administrator.</source>
        <translation>データベースの保護機構が Kansa の外で変更されています（%1 が削除又は変更）。このままでは履歴に残らない変更ができてしまうため、Kansa はこのデータベースに書き込みません（閲覧・印刷・検証はできます）。バックアップからデータベースを戻すか、管理者に相談してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::SearchMatches</name>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Contractor&apos;s address</source>
        <translation>委託先の所在地</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Contract title</source>
        <translation>契約件名</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <source>Client department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Work place</source>
        <translation>作業場所</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>調査責任者</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>調査担当</translation>
    </message>
    <message>
        <source>Contractor&apos;s attendees</source>
        <translation>委託先の立会者</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>責任体制（部署）</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>作業従事者</translation>
    </message>
    <message>
        <source>Places of work</source>
        <translation>作業場所（責任体制）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>不適合の内容</translation>
    </message>
    <message>
        <source>Improvement required</source>
        <translation>改善を要する事項</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>証明書の発行者</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>証明書の番号</translation>
    </message>
    <message>
        <source>Certification scope</source>
        <translation>認証の範囲</translation>
    </message>
    <message>
        <source>Improvement report</source>
        <translation>改善報告</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認の記録</translation>
    </message>
    <message>
        <source>Reason for return</source>
        <translation>差戻しの理由</translation>
    </message>
    <message>
        <source>Why no action is required</source>
        <translation>対応不要とする理由</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>フォローアップの記録</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>完了時の備考</translation>
    </message>
</context>
<context>
    <name>Kansa::SetVerdictCommand</name>
    <message>
        <source>Verdict: %1</source>
        <translation>判定：%1</translation>
    </message>
</context>
<context>
    <name>Kansa::SettingsDialog</name>
    <message>
        <source>公印省略 is printed under the head&apos;s name</source>
        <translation>首長名の下に「公印省略」と印字</translation>
    </message>
    <message>
        <source>A place for the seal beside the head&apos;s name</source>
        <translation>首長名の横に押印欄</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Full-width (令和８年１１月２２日)</source>
        <translation>全角（令和８年１１月２２日）</translation>
    </message>
    <message>
        <source>Half-width (令和8年11月22日)</source>
        <translation>半角（令和8年11月22日）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません：%1</translation>
    </message>
    <message>
        <source>The issuer is complete.</source>
        <translation>発行者の設定がそろいました。</translation>
    </message>
    <message>
        <source>The next letter will be %1.</source>
        <translation>次の勧告書は %1 になります。</translation>
    </message>
    <message>
        <source>Documents name the office that issues them. Please enter %1; it is asked once and kept for every later document.</source>
        <translation>文書には発行者を記載します。%1を入力してください。一度入力すれば以後の文書すべてに使われます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Kansa::SignDialog</name>
    <message>
        <source>Sign the checklist</source>
        <translation>チェックリストへの署名</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>署名者の区分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職名</translation>
    </message>
    <message>
        <source>Signing fixes the checklist as it is now: verdicts, notes and evidence. Changing it later needs a reopen, which voids the signatures.</source>
        <translation>署名すると、現在のチェックリスト（判定・所見・証跡）が確定します。後で変更するには再開が必要で、再開すると署名は無効になります。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>一画戻す</translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation>一画やり直す</translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translation>署名を確定</translation>
    </message>
    <message>
        <source>Sign in the box:</source>
        <translation>枠内に署名してください：</translation>
    </message>
</context>
<context>
    <name>Kansa::SignOff</name>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>署名者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>The signature is empty. Sign in the box first.</source>
        <translation>署名がありません。先に枠内に署名してください。</translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation>この実地調査はもう存在しません。</translation>
    </message>
    <message>
        <source>%1 has signed already. Reopen the checklist to sign again.</source>
        <translation>%1 は署名済みです。署名し直すにはチェックリストを再開してください。</translation>
    </message>
    <message>
        <source>The checklist changed after the first signature. Reopen it and sign again.</source>
        <translation>最初の署名の後にチェックリストが変更されました。再開して署名し直してください。</translation>
    </message>
    <message>
        <source>The checklist is not signed, so there is nothing to reopen.</source>
        <translation>チェックリストは署名されていないため、再開する必要はありません。</translation>
    </message>
    <message>
        <source>The stored copy of the signed content does not match its hash; the database was edited outside Kansa.</source>
        <translation>保存されている署名内容がハッシュ値と一致しません。データベースが Kansa 以外で編集されています。</translation>
    </message>
    <message>
        <source>The content differs from what was signed.</source>
        <translation>内容が署名時と異なります。</translation>
    </message>
    <message>
        <source>The signed content is in a form this version of Kansa does not know. Check it with the newer Kansa that signed it.</source>
        <translation>署名内容が、この版の Kansa が知らない形式で保存されています。署名した新しい版の Kansa で確認してください。</translation>
    </message>
</context>
<context>
    <name>Kansa::SignaturePad</name>
    <message>
        <source>Signature box</source>
        <translation>署名欄</translation>
    </message>
</context>
<context>
    <name>Kansa::SignatureRoles</name>
    <message>
        <source>Lead inspector</source>
        <translation>調査責任者</translation>
    </message>
    <message>
        <source>Contractor&apos;s representative</source>
        <translation>受託者代表者</translation>
    </message>
</context>
<context>
    <name>Kansa::SigningChecks</name>
    <message>
        <source>%1: no verdict yet</source>
        <translation>%1：判定が未記入</translation>
    </message>
    <message>
        <source>%1: non-conformity without what is wrong</source>
        <translation>%1：不適合の内容が未記入</translation>
    </message>
    <message>
        <source>%1: non-conformity without the improvement required</source>
        <translation>%1：求める改善が未記入</translation>
    </message>
    <message>
        <source>%1: observation without any text</source>
        <translation>%1：観察事項の内容が未記入</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kansa::Sql</name>
    <message>
        <source>This checklist is signed and cannot be changed. Reopen it first; reopening voids the signatures, and both parties must sign again.</source>
        <translation>このチェックリストは署名済みのため変更できません。先に再開してください。再開すると署名は無効になり、双方が改めて署名する必要があります。</translation>
    </message>
</context>
<context>
    <name>Kansa::StorageKey</name>
    <message>
        <source>The storage key cannot be written to %1.</source>
        <translation>保管鍵を %1 に書き込めません。</translation>
    </message>
    <message>
        <source>The storage key of this database (%1) is not in %2, so its evidence files cannot be read. Put back the evidence folder that belongs to this database, with its keys folder.</source>
        <translation>このデータベースの保管鍵（%1）が %2 にないため、証跡ファイルを読めません。このデータベースの証跡フォルダを、keys フォルダごと元に戻してください。</translation>
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
        <translation>使い方: kansa [--help] [--version]

Kansa（監査）: 委託先の情報セキュリティ実地調査を、特記事項の条項ごとに行います。
オプションなしで起動すると、次のデータベースでウィンドウを開きます。
  %1
（別のデータベースを開くには KANSA_DB を設定します。）コマンドラインでの同じ作業: kansa-cli --help

  -h, --help     この説明
  -v, --version  バージョンと、ビルドしたコミット
</translation>
    </message>
</context>
<context>
    <name>Kansa::Verdicts</name>
    <message>
        <source>Conforming</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Major non-conformity</source>
        <translation>重大な不適合</translation>
    </message>
    <message>
        <source>Minor non-conformity</source>
        <translation>軽微な不適合</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>観察事項</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>Kansa::WorkbookFile</name>
    <message>
        <source>The workbook could not be started (no temporary folder).</source>
        <translation>ブックを作成できませんでした（一時フォルダーがありません）。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>ブックを書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;within</source>
        <translation>日数(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Contractor</source>
        <translation>事業者(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Response received…</source>
        <translation>改善報告の受領(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Verified…</source>
        <translation>改善を確認(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>差戻し(&amp;T)…</translation>
    </message>
    <message>
        <source>Close the &amp;item…</source>
        <translation>事項を完了(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;No action required…</source>
        <translation>対応不要(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print the ledger…</source>
        <translation>台帳を PDF で印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Excelで書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Exp&amp;ort CSV…</source>
        <translation>CSV に書き出す(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kansa</source>
        <translation>Kansa（監査）</translation>
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
    <message>
        <source>Clause library</source>
        <translation>特記事項ライブラリ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>新しい実地調査(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Clause library: choose a clause set, article or paragraph to read it. Drop a clause document (Word, OpenDocument, PDF or text) here to import it.</source>
        <translation>特記事項ライブラリ：特記事項・条・項を選ぶと本文を表示します。特記事項の文書（Word、OpenDocument、PDF、テキスト）をここにドロップすると取り込みます。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>訂正(&amp;C)…</translation>
    </message>
    <message>
        <source>Correct how the chosen clause set was read; the correction is stored as a new version</source>
        <translation>選んだ特記事項の読み取りを訂正します。訂正は新しい版として保存されます</translation>
    </message>
    <message>
        <source>Co&amp;mpare versions…</source>
        <translation>版の比較(&amp;M)…</translation>
    </message>
    <message>
        <source>What changed between two versions of a clause document</source>
        <translation>特記事項の二つの版の相違</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export audits</source>
        <translation>実地調査の書き出し</translation>
    </message>
    <message>
        <source>&amp;Audits to put in the package (with their evidence, signatures, letters, follow-up and history):</source>
        <translation>パッケージに入れる実地調査(&amp;A)（証跡、署名、勧告書、フォローアップ、履歴を含む）：</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>開くことができる人</translation>
    </message>
    <message>
        <source>Anyone who has this &amp;passphrase (tell it separately, not in the same e-mail)</source>
        <translation>この&amp;パスフレーズを知っている人（パスフレーズはパッケージとは別の手段で伝えてください）</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>パスフレーズ(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>確認(&amp;G)</translation>
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
    <message>
        <source>Database damaged</source>
        <translation>データベースの破損</translation>
    </message>
    <message>
        <source>The integrity check of %1 failed (%2). Stop working in it, close Kansa and restore the database from a backup copy.</source>
        <translation>%1 の整合性検査で異常が見つかりました（%2）。作業を中止して Kansa を終了し、バックアップからデータベースを復元してください。</translation>
    </message>
    <message>
        <source>The demo audit could not be created: %1
Kansa starts without it; nothing was left half-made.</source>
        <translation>デモの実地調査を作成できませんでした：%1
デモなしで起動します。作りかけのデータは残っていません。</translation>
    </message>
    <message>
        <source>Not every evidence file could be encrypted: %1</source>
        <translation>一部の証跡ファイルを暗号化できませんでした: %1</translation>
    </message>
    <message>
        <source>Evidence cannot be read</source>
        <translation>証跡を読めません</translation>
    </message>
    <message>
        <source>Read only: the database&apos;s safeguards were changed outside Kansa</source>
        <translation>読み取り専用：データベースの保護機構が Kansa の外で変更されています</translation>
    </message>
    <message>
        <source> (read only)</source>
        <translation>（読み取り専用）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Every change is saved at once and shared by everyone using this database. Letters already issued keep the settings they were issued with.</source>
        <translation>変更はその場で保存され、このデータベースを使う全員で共有されます。発行済みの勧告書は発行時の設定のまま変わりません。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>自治体名</translation>
    </message>
    <message>
        <source>e.g. 小諸市</source>
        <translation>例：小諸市</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>e.g. 総務部情報政策課</source>
        <translation>例：総務部情報政策課</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>首長の職名</translation>
    </message>
    <message>
        <source>e.g. 小諸市長</source>
        <translation>例：小諸市長</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>首長の氏名</translation>
    </message>
    <message>
        <source>e.g. 山田&#x3000;太郎</source>
        <translation>例：山田&#x3000;太郎</translation>
    </message>
    <message>
        <source>Official seal</source>
        <translation>公印</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>勧告書</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>{n} is replaced by the number, e.g. 小諸市情第{n}号</source>
        <translation>{n} が番号に置き換わります。例：小諸市情第{n}号</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>次の番号</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Digits in documents</source>
        <translation>文書の数字</translation>
    </message>
    <message>
        <source>Deadline, major non-conformity (days)</source>
        <translation>改善期限：重大な不適合（日）</translation>
    </message>
    <message>
        <source>Deadline, minor non-conformity (days)</source>
        <translation>改善期限：軽微な不適合（日）</translation>
    </message>
    <message>
        <source>Contact (printed on letters)</source>
        <translation>連絡先（勧告書に印字）</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>e.g. 情報セキュリティ係&#x3000;小林</source>
        <translation>例：情報セキュリティ係&#x3000;小林</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Inspections and reports</source>
        <translation>調査と報告書</translation>
    </message>
    <message>
        <source>Default lead inspector</source>
        <translation>標準の調査責任者</translation>
    </message>
    <message>
        <source>Approval boxes on the report</source>
        <translation>報告書に決裁欄を印刷する</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Office keys: audit packages exported on this computer are encrypted to these public keys (age1…), and only the office that holds the matching key file can open them.</source>
        <translation>事務所の鍵：この端末で書き出す監査パッケージはこれらの公開鍵（age1…）あてに暗号化され、対応する鍵ファイルを持つ事務所だけが開けます。</translation>
    </message>
    <message>
        <source>&amp;Add a key…</source>
        <translation>鍵を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Show as &amp;QR code…</source>
        <translation>QRコードで表示(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Create the office&apos;s key pair…</source>
        <translation>事務所の鍵ペアを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Photos on the report with their markup (arrows, circles, pins)</source>
        <translation>報告書の写真に書き込み（矢印・丸・番号）を入れる</translation>
    </message>
    <message>
        <source>Dates in Excel workbooks in the Japanese era (令和8年11月22日)</source>
        <translation>Excelブックの日付を和暦で表示する（令和8年11月22日）</translation>
    </message>
</context>
</TS>
