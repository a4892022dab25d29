// The improvement-recommendation letter's life (draft, issue, correction), its settings
// snapshot, the follow-up of its items to closure, and the ledger's CSV.
#include "advisory/advisorylifecycle.h"
#include "schema/standardschema.h"
#include "advisory/advisoryrepository.h"
#include "settings/documentsettings.h"
#include "advisory/followup.h"
#include "advisory/ledger.h"
#include "audits/auditrepository.h"
#include "audits/findingrepository.h"
#include "calendar/businesscalendar.h"
#include "demo/demoaudit.h"
#include "evidence/evidencestore.h"
#include "clauseimport/builtinclausesets.h"
#include "signoff/signoff.h"
#include "storage/database.h"
#include "fixedtoday.h"
#include "testimages.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestAdvisory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;

    QSqlDatabase db() { return m_test->c(); }
    // Demo audits of this test are dated 2026-11-01, before every letter it writes.
    qint64 newDemo()
    {
        FixedToday day(QDate(2026, 11, 1));
        return DemoAudit::create(db(), *m_test->store);
    }
    bool signInspector(qint64 audit)
    {
        QString error;
        return SignOff(db(), *m_test->store)
            .sign(audit, SignatureRole::Inspector, QStringLiteral("監査　一郎"), QStringLiteral("主査"),
                TestImages::signaturePng(), &error);
    }
    void setIssuer(const QString &municipality)
    {
        QString error;
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("issuer.municipality"), municipality, &error));
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("issuer.head_title"), municipality + QStringLiteral("長"), &error));
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("issuer.head_name"), QStringLiteral("山田　太郎"), &error));
    }
    // A signed demo audit with its draft letter (observations included), dated d.
    qint64 draftFor(const QDate &d, qint64 *auditOut = nullptr)
    {
        const qint64 audit = newDemo();
        if (!signInspector(audit))
            return 0;
        if (auditOut)
            *auditOut = audit;
        QString error;
        const qint64 id = AdvisoryLifecycle(db()).create(audit, d, true, false, &error);
        if (!id)
            qWarning() << error;
        return id;
    }
    Advisory load(qint64 id) { return *AdvisoryRepository(db()).load(id); }

private slots:
    // A database per test: letters are numbered office-wide and a later number never carries
    // an earlier date, so each test's letters start a sequence of their own.
    void init()
    {
        static int n = 0;
        m_test.reset();
        const QString path = m_dir.filePath(QStringLiteral("k%1.sqlite").arg(++n));
        m_test = TestDatabase::at(path);
        QVERIFY(m_test);
        setIssuer(QStringLiteral("小諸市"));
    }
    void initTestCase()
    {
        qputenv("KANSA_TODAY", "2027-12-31"); // every follow-up step of this test has happened
    }

    void draftFromNonConformitiesAndObservations()
    {
        QString error;
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("advisory.number_pattern"), QStringLiteral("小諸市情第{n}号"), &error));
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("advisory.next_number"), QStringLiteral("41"), &error));
        qint64 audit = 0;
        // Dated Sunday 2026-11-22: major +14 = 12/6 (Sun) → 12/7; minor +30 = 12/22 (Tue).
        const qint64 id = draftFor(QDate(2026, 11, 22), &audit);
        QVERIFY(id);
        const Advisory a = load(id);
        QVERIFY(a.isDraft());
        QVERIFY(a.documentNumber.isEmpty()); // the number is taken when it is issued
        QCOMPARE(a.items.size(), 3);
        QCOMPARE(a.items.at(0).severity, AdvisorySeverity::Major);
        QCOMPARE(a.items.at(0).deadline, QDate(2026, 12, 7));
        QCOMPARE(a.items.at(1).severity, AdvisorySeverity::Minor);
        QCOMPARE(a.items.at(1).deadline, QDate(2026, 12, 22));
        QCOMPARE(a.items.at(2).severity, AdvisorySeverity::Recommendation);
        QVERIFY(!a.items.at(2).deadline.isValid());
        QCOMPARE(a.items.at(2).included, true); // the demo's observation has text
        QVERIFY(AuditRepository(db()).load(audit)->status < AuditStatus::Advised); // not until issued
        // One draft at a time.
        QVERIFY(!AdvisoryLifecycle(db()).create(audit, QDate(2026, 11, 22), true, false, &error));
        QVERIFY(error.contains(QString::number(id)));
        QCOMPARE(AdvisoryRepository(db()).current(audit)->id, id);
    }

    void unsignedChecklistIsRefusedUnlessAskedFor()
    {
        const qint64 audit = newDemo();
        QString error;
        QVERIFY(!AdvisoryLifecycle(db()).create(audit, QDate(2026, 11, 22), false, false, &error));
        QVERIFY2(error.contains(QStringLiteral("not signed")), qPrintable(error));
        QVERIFY(AdvisoryLifecycle(db()).create(audit, QDate(2026, 11, 22), false, true, &error));
    }

    void observationWithoutTextIsListedButLeftOut()
    {
        const qint64 audit = newDemo();
        const QList<CheckItem> items = AuditRepository(db()).checkItems(audit);
        FindingRepository findings(db());
        QString error;
        // An observation with no text at all.
        const auto blank = std::find_if(items.begin(), items.end(), [&](const CheckItem &c) {
            return findings.forAudit(audit).value(c.id).verdict == Verdict::Unchecked;
        });
        QVERIFY(blank != items.end());
        QVERIFY(findings.setVerdict(audit, blank->id, Verdict::Observation, &error));
        QVERIFY(signInspector(audit));
        const Advisory a = load(AdvisoryLifecycle(db()).create(audit, QDate(2026, 11, 24), true, false, &error));
        const auto row = std::find_if(a.items.begin(), a.items.end(),
            [&](const AdvisoryItem &i) { return i.checkItemId == blank->id; });
        QVERIFY(row != a.items.end());
        QVERIFY(!row->included);
        QVERIFY(row->finding.isEmpty());
    }

    void issuingTakesTheNumberAndFreezesTheLetter()
    {
        qint64 audit = 0;
        const qint64 id = draftFor(QDate(2026, 11, 24), &audit);
        AdvisoryRepository letters(db());
        Advisory a = load(id);
        QString error;
        // Edit the draft: a deadline on 文化の日 of 2027 moves to the next business day.
        QCOMPARE(letters.setDeadline(a.items.at(0).id, QDate(2027, 11, 3), &error), QDate(2027, 11, 4));
        QVERIFY(letters.setFinding(a.items.at(1).id, QStringLiteral("書き直した指摘"), &error));
        QVERIFY(letters.setIncluded(a.items.at(2).id, false, &error)); // the recommendation left out
        QVERIFY(letters.setSeverity(a.items.at(1).id, AdvisorySeverity::Recommendation, &error));
        QVERIFY(!load(id).items.at(1).deadline.isValid());
        QVERIFY(letters.setSeverity(a.items.at(1).id, AdvisorySeverity::Minor, &error));
        QVERIFY(load(id).items.at(1).deadline.isValid());
        const int next = DocumentSettings::load(db()).nextNumber;

        QVERIFY2(AdvisoryLifecycle(db()).issue(id, QStringLiteral("監査　一郎"), &error), qPrintable(error));
        a = load(id);
        QCOMPARE(a.status, AdvisoryStatus::Issued);
        QCOMPARE(a.documentNumber, DocumentSettings::load(db()).documentNumber(next));
        QCOMPARE(DocumentSettings::load(db()).nextNumber, next + 1);
        QCOMPARE(a.items.size(), 2); // the item left out is gone, the rest numbered 1..2
        QCOMPARE(a.items.at(1).ordinal, 2);
        QCOMPARE(a.items.at(1).finding, QStringLiteral("書き直した指摘"));
        QCOMPARE(a.issuedBy, QStringLiteral("監査　一郎"));
        QCOMPARE(AuditRepository(db()).load(audit)->status, AuditStatus::Advised);
        QCOMPARE(DocumentSettings::fromJson(a.snapshot).municipality, QStringLiteral("小諸市"));

        // Nothing changes an issued letter: not the repository, not raw SQL, not a second issue.
        QVERIFY(!letters.setFinding(a.items.at(0).id, QStringLiteral("改ざん"), &error));
        QVERIFY2(error.contains(a.documentNumber), qPrintable(error));
        QVERIFY(!letters.setDeadline(a.items.at(0).id, QDate(2028, 1, 4), &error).isValid());
        QVERIFY(!letters.setIssuedOn(id, QDate(2026, 1, 5), &error));
        QVERIFY(!letters.remove(id, &error));
        QVERIFY(!AdvisoryLifecycle(db()).issue(id, QStringLiteral("x"), &error));
        QSqlQuery q(db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE advisory_items SET finding = 'x' WHERE advisory_id = %1").arg(id)));
        QVERIFY(!q.exec(QStringLiteral("UPDATE advisories SET document_number = 'x' WHERE id = %1").arg(id)));
        QCOMPARE(load(id).items.at(0).finding, a.items.at(0).finding);

        // Later settings do not reach the issued letter's snapshot.
        setIssuer(QStringLiteral("別市"));
        QCOMPARE(DocumentSettings::fromJson(load(id).snapshot).municipality, QStringLiteral("小諸市"));
        setIssuer(QStringLiteral("小諸市"));
    }

    void issueRefusesWhatCannotBePrinted_data()
    {
        QTest::addColumn<QString>("setting"); // a setting emptied before issuing
        QTest::addColumn<bool>("blankFinding");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no municipality") << QStringLiteral("issuer.municipality") << false << QStringLiteral("municipality");
        QTest::newRow("no head's name") << QStringLiteral("issuer.head_name") << false << QStringLiteral("head's name");
        QTest::newRow("an item without its finding") << QString() << true << QStringLiteral("no finding");
    }

    void issueRefusesWhatCannotBePrinted()
    {
        QFETCH(QString, setting);
        QFETCH(bool, blankFinding);
        QFETCH(QString, expected);
        const qint64 id = draftFor(QDate(2026, 11, 24));
        QString error;
        if (!setting.isEmpty())
            QVERIFY(DocumentSettings::set(db(), setting, QString(), &error));
        if (blankFinding)
            QVERIFY(AdvisoryRepository(db()).setFinding(load(id).items.at(0).id, QStringLiteral("  "), &error));
        const int next = DocumentSettings::load(db()).nextNumber;
        QVERIFY(!AdvisoryLifecycle(db()).issue(id, QStringLiteral("監査"), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(load(id).isDraft());
        QCOMPARE(DocumentSettings::load(db()).nextNumber, next); // no number used up
        setIssuer(QStringLiteral("小諸市"));
        QVERIFY(AdvisoryRepository(db()).remove(id, &error));
        QVERIFY(!AdvisoryRepository(db()).load(id));
    }

    void correctionIsANewLetterThatSupersedesTheFirst()
    {
        qint64 audit = 0;
        const qint64 first = draftFor(QDate(2026, 11, 24), &audit);
        QString error;
        QVERIFY(AdvisoryLifecycle(db()).issue(first, QStringLiteral("監査"), &error));
        const Advisory issued = load(first);
        EvidenceStore &store = *m_test->store;
        FollowUp f(db(), store);
        QVERIFY(f.respond(issued.items.at(0).id, QDate(2026, 11, 30), QStringLiteral("監査"),
            QStringLiteral("施錠しました"), {}, &error));
        QVERIFY(!AdvisoryLifecycle(db()).correct(first + 1000, QDate(2026, 12, 1), &error)); // no such letter

        const qint64 second = AdvisoryLifecycle(db()).correct(first, QDate(2026, 12, 1), &error);
        QVERIFY2(second, qPrintable(error));
        Advisory c = load(second);
        QVERIFY(c.isDraft());
        QCOMPARE(c.correctsId, first);
        QCOMPARE(c.items.size(), issued.items.size());
        QCOMPARE(c.items.at(0).replacesItemId, issued.items.at(0).id);
        QCOMPARE(c.items.at(0).state, FollowUpState::Responded); // the follow-up carries on
        QVERIFY(AdvisoryRepository(db()).setDeadline(c.items.at(1).id, QDate(2027, 1, 29), &error).isValid());
        QVERIFY(AdvisoryLifecycle(db()).issue(second, QStringLiteral("監査"), &error));
        QCOMPARE(load(first).status, AdvisoryStatus::Superseded);
        QVERIFY(load(second).documentNumber != issued.documentNumber);
        // The first letter's items leave the ledger; the correction's carry their history.
        const QList<DueItem> rows = f.ledger(QDate(2026, 12, 2));
        QVERIFY(std::none_of(rows.begin(), rows.end(), [&](const DueItem &d) { return d.item.advisoryId == first; }));
        const QList<FollowUpEvent> history = f.events(load(second).items.at(0).id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).text, QStringLiteral("施錠しました"));
        // Its last step shows in the ledger (the trial: 最終対応日 blank after a correction).
        const qint64 carried = load(second).items.at(0).id;
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const DueItem &d) { return d.item.id == carried; });
        QVERIFY(row != rows.end());
        QCOMPARE(row->lastEventOn, QDate(2026, 11, 30));
        QVERIFY(!f.verify(issued.items.at(0).id, QDate(2026, 12, 2), QStringLiteral("監査"), QString(), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("corrected")), qPrintable(error));
        QVERIFY(!AdvisoryLifecycle(db()).correct(first, QDate(2026, 12, 3), &error)); // corrected already
    }

    // The trial: a deadline before the letter's date was issued, a number set back in the
    // settings was given twice, and follow-up steps dated before the letter or out of order were
    // recorded.
    void datesAndNumbersAreChecked()
    {
        QString error;
        qint64 audit = 0;
        const qint64 id = draftFor(QDate(2026, 11, 24), &audit);
        AdvisoryRepository letters(db());
        const qint64 item = load(id).items.at(0).id;
        // A deadline before the letter is refused when it is set (the trial: only at issue) …
        QVERIFY(!letters.setDeadline(item, QDate(2026, 11, 20), &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("before the letter's date")), qPrintable(error));
        // … and when the letter's date moves past a deadline, at issue.
        QCOMPARE(letters.setDeadline(item, QDate(2026, 11, 25), &error), QDate(2026, 11, 25));
        QVERIFY(letters.setIssuedOn(id, QDate(2026, 11, 30), &error));
        QVERIFY(!AdvisoryLifecycle(db()).issue(id, QStringLiteral("監査"), &error));
        QVERIFY2(error.contains(QStringLiteral("before the letter's date")), qPrintable(error));
        QVERIFY(letters.setIssuedOn(id, QDate(2026, 11, 24), &error));
        QCOMPARE(letters.setDeadline(item, QDate(2026, 12, 24), &error), QDate(2026, 12, 24));

        const int next = DocumentSettings::load(db()).nextNumber;
        QVERIFY(AdvisoryLifecycle(db()).issue(id, QStringLiteral("監査"), &error));
        const QString number = load(id).documentNumber;
        // One letter per audit: a second original is refused (the trial's ledger listed every
        // finding twice); the way to change it is a correction.
        QVERIFY(!AdvisoryLifecycle(db()).create(audit, QDate(2026, 11, 25), true, false, &error));
        QVERIFY2(error.contains(number) && error.contains(QStringLiteral("correct")), qPrintable(error));
        // Setting the next number back onto a number given is refused at once, whatever the
        // digits (the trial issued 第15号 beside 第１５号 after switching to half-width).
        QVERIFY(!DocumentSettings::set(db(), QStringLiteral("advisory.next_number"), QString::number(next), &error));
        QVERIFY2(error.contains(QStringLiteral("already given")), qPrintable(error));
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("dates.full_width"), QStringLiteral("0"), &error));
        QVERIFY(!DocumentSettings::set(db(), QStringLiteral("advisory.next_number"), QString::number(next), &error));
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("dates.full_width"), QStringLiteral("1"), &error));
        // Spaces in the pattern do not make another number (「第 1 号」 beside 「第１号」).
        const QString pattern = DocumentSettings::load(db()).numberPattern;
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("advisory.number_pattern"),
            QString(pattern).replace(QStringLiteral("{n}"), QStringLiteral(" {n} ")), &error));
        QVERIFY(!DocumentSettings::set(db(), QStringLiteral("advisory.next_number"), QString::number(next), &error));
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("advisory.number_pattern"), pattern, &error));
        // Through another pattern and back, the issue itself still refuses the number.
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("advisory.number_pattern"), QStringLiteral("別{n}号"), &error));
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("advisory.next_number"), QString::number(next), &error));
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("advisory.number_pattern"), pattern, &error));
        const qint64 other = draftFor(QDate(2026, 11, 24));
        QVERIFY(!AdvisoryLifecycle(db()).issue(other, QStringLiteral("監査"), &error));
        QVERIFY2(error.contains(number), qPrintable(error));
        QVERIFY(load(other).isDraft()); // nothing taken
        QCOMPARE(DocumentSettings::load(db()).nextNumber, next);
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("advisory.next_number"), QString::number(next + 1), &error));
        QVERIFY(AdvisoryLifecycle(db()).issue(other, QStringLiteral("監査"), &error));
        // A letter is dated on or after the audit it reports; a correction on or after its letter.
        QVERIFY(!AdvisoryLifecycle(db()).create(newDemo(), QDate(2026, 10, 31), true, true, &error));
        QVERIFY2(error.contains(QStringLiteral("before the audit")), qPrintable(error));
        QVERIFY(!AdvisoryLifecycle(db()).correct(id, QDate(2026, 11, 23), &error));
        QVERIFY2(error.contains(QStringLiteral("before the letter")), qPrintable(error));

        FollowUp f(db(), *m_test->store);
        QVERIFY(!f.respond(item, QDate(2026, 11, 23), QStringLiteral("委託先"), QStringLiteral("報告"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("before the letter")), qPrintable(error));
        {
            FixedToday day(QDate(2026, 12, 9)); // a step is recorded once it happened
            QVERIFY(!f.respond(item, QDate(2026, 12, 10), QStringLiteral("委託先"), QStringLiteral("報告"), {}, &error));
            QVERIFY2(error.contains(QStringLiteral("in the future")), qPrintable(error));
        }
        QVERIFY(f.respond(item, QDate(2026, 12, 10), QStringLiteral("委託先"), QStringLiteral("報告"), {}, &error));
        QVERIFY(!f.returnItem(item, QDate(2026, 12, 1), QStringLiteral("監査"), QStringLiteral("不足"), &error));
        QVERIFY2(error.contains(QStringLiteral("last step")), qPrintable(error));
        QVERIFY(f.returnItem(item, QDate(2026, 12, 10), QStringLiteral("監査"), QStringLiteral("不足"), &error));

        // An issued letter is an official record: its audit is not deleted (it can be archived).
        QVERIFY(!AuditRepository(db()).remove(audit, &error));
        QVERIFY2(error.contains(number) && error.contains(QStringLiteral("Archive")), qPrintable(error));
        QVERIFY(AuditRepository(db()).load(audit));
        // A number pattern without {n} would print 「小諸市情第号13」: refused.
        QVERIFY(!DocumentSettings::set(db(), QStringLiteral("advisory.number_pattern"), QStringLiteral("小諸市情第号"), &error));
        QVERIFY2(error.contains(QStringLiteral("{n}")), qPrintable(error));
    }

    // Issue 25: through the CLI a 第２号 could be dated 2026-10-02 after 第１号 dated 2026-12-07,
    // and issuing recorded the lead inspector as issuer without asking. Now 起案 → 決裁.
    void aLaterNumberNeverCarriesAnEarlierDate()
    {
        QString error;
        const qint64 first = draftFor(QDate(2026, 12, 1));
        AdvisoryLifecycle letters(db());
        QVERIFY(!letters.issue(first, { QStringLiteral("小林　真理"), QString(), QDate(2026, 12, 7) }, &error));
        QVERIFY2(error.contains(QStringLiteral("決裁者")), qPrintable(error));
        QVERIFY2(letters.issue(first, { QStringLiteral("小林　真理"), QStringLiteral("佐藤　課長"), QDate(2026, 12, 7) }, &error),
            qPrintable(error));
        const Advisory one = load(first);
        QCOMPARE(one.issuedOn, QDate(2026, 12, 7)); // the approval date is the letter's
        QCOMPARE(one.draftedBy, QStringLiteral("小林　真理"));
        QCOMPARE(one.issuedBy, QStringLiteral("佐藤　課長"));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT content, actor FROM history_entries WHERE action = 'advisory.issued'")) && q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("\"drafted_by\":\"小林　真理\"")), qPrintable(q.value(0).toString()));
        QCOMPARE(q.value(1).toString(), QStringLiteral("佐藤　課長"));

        const qint64 second = draftFor(QDate(2026, 12, 1));
        QVERIFY(!letters.issue(second, { QStringLiteral("小林　真理"), QStringLiteral("佐藤　課長"), QDate(2026, 12, 6) }, &error));
        QVERIFY2(error.contains(one.documentNumber) && error.contains(QStringLiteral("2026-12-07")), qPrintable(error));
        QVERIFY(load(second).isDraft());
        QVERIFY(letters.issue(second, { QStringLiteral("小林　真理"), QStringLiteral("佐藤　課長"), QDate(2026, 12, 7) }, &error));
        QCOMPARE(load(second).sequence, one.sequence + 1);
        QCOMPARE(letters.latestIssued()->id, second);
    }

    void followUpToClosure()
    {
        qint64 audit = 0;
        const qint64 id = draftFor(QDate(2026, 11, 2), &audit);
        FollowUp f(db(), *m_test->store);
        QString error;
        const qint64 first = load(id).items.at(0).id, second = load(id).items.at(1).id,
                     rec = load(id).items.at(2).id;
        // A draft's items are not followed up, nor listed as due.
        QVERIFY(!f.respond(first, QDate(2026, 11, 20), QStringLiteral("監査"), QStringLiteral("報告"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("draft")), qPrintable(error));
        const QList<DueItem> none = f.due(QDate(2026, 11, 22));
        QVERIFY(std::none_of(none.begin(), none.end(), [&](const DueItem &d) { return d.item.id == first; }));
        QVERIFY(AdvisoryLifecycle(db()).issue(id, QStringLiteral("監査"), &error));

        // Due and overdue on 2026-11-22: the major item's deadline (11/16) has passed.
        const QList<DueItem> due = f.due(QDate(2026, 11, 22));
        QVERIFY(std::any_of(due.begin(), due.end(), [&](const DueItem &d) { return d.item.id == first && d.daysLeft < 0; }));
        const QList<DueItem> overdue = f.due(QDate(2026, 11, 22), true);
        QVERIFY(std::any_of(overdue.begin(), overdue.end(), [&](const DueItem &d) { return d.item.id == first; }));
        QVERIFY(std::none_of(overdue.begin(), overdue.end(), [&](const DueItem &d) { return d.item.id == second; }));

        // Steps out of order are refused with the state named; every step names who did it.
        QVERIFY(!f.verify(first, QDate(2026, 11, 20), QStringLiteral("監査"), QString(), {}, &error));
        QVERIFY(!f.close(first, QDate(2026, 11, 20), QStringLiteral("監査"), {}, &error));
        QVERIFY(!f.respond(first, QDate(2026, 11, 20), QStringLiteral("監査"), QString(), {}, &error));
        QVERIFY(!f.respond(first, QDate(2026, 11, 20), QString(), QStringLiteral("報告"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("who")));
        // A bad attachment stores nothing and keeps the state.
        QFile bad(m_dir.filePath(QStringLiteral("report.heic")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("\0\0\0\x18" "ftypheic", 12) + QByteArray(100, 'x'));
        bad.close();
        QVERIFY(!f.respond(first, QDate(2026, 11, 20), QStringLiteral("監査"), QStringLiteral("報告"), { bad.fileName() }, &error));
        QVERIFY2(error.contains(QStringLiteral("report.heic")), qPrintable(error));
        QCOMPARE(AdvisoryRepository(db()).item(first)->state, FollowUpState::Open);

        const QString photo = m_dir.filePath(QStringLiteral("after.png"));
        {
            QFile png(photo);
            QVERIFY(png.open(QIODevice::WriteOnly));
            png.write(TestImages::signaturePng());
        }
        QVERIFY2(f.respond(first, QDate(2026, 11, 20), QStringLiteral("受付　花子"),
                     QStringLiteral("媒体を施錠保管に変更した。"), { photo }, &error), qPrintable(error));
        QVERIFY(!f.returnItem(first, QDate(2026, 11, 21), QStringLiteral("監査"), QString(), &error)); // a reason is required
        QVERIFY(f.returnItem(first, QDate(2026, 11, 21), QStringLiteral("監査"), QStringLiteral("記録簿の写しがない"), &error));
        QVERIFY(f.respond(first, QDate(2026, 11, 25), QStringLiteral("受付　花子"), QStringLiteral("記録簿の写しを添付"), {}, &error));
        QVERIFY(f.verify(first, QDate(2026, 11, 26), QStringLiteral("監査　一郎"), QStringLiteral("現地で確認"), { photo }, &error));
        // Verified items stay in the ledger until closed.
        const QList<DueItem> ledger = f.ledger(QDate(2026, 11, 27));
        QVERIFY(std::any_of(ledger.begin(), ledger.end(), [&](const DueItem &d) {
            return d.item.id == first && d.item.state == FollowUpState::Verified && d.lastEventOn == QDate(2026, 11, 26);
        }));
        QVERIFY(f.close(first, QDate(2026, 11, 26), QStringLiteral("監査　一郎"), QStringLiteral("現地確認により完了"), &error));
        QCOMPARE(f.events(first).last().text, QStringLiteral("現地確認により完了")); // the closing note is kept
        const QList<FollowUpEvent> events = f.events(first);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(0).actor, QStringLiteral("受付　花子"));
        QCOMPARE(events.at(0).attachments, QStringList { QStringLiteral("after.png") });
        QCOMPARE(f.attachmentFiles(events.at(0).id).size(), 1);
        QVERIFY(m_test->store->readOriginal(f.attachmentFiles(events.at(0).id).at(0).second, 1 << 20).has_value());
        QCOMPARE(events.at(3).attachments.size(), 1); // the evidence of the verification

        // A recommendation: not-required needs a reason, and only a recommendation can be so closed.
        QVERIFY(!f.notRequired(second, QDate(2026, 11, 27), QStringLiteral("監査"), QStringLiteral("理由"), &error));
        QVERIFY(!f.notRequired(rec, QDate(2026, 11, 27), QStringLiteral("監査"), QString(), &error));
        QVERIFY(f.notRequired(rec, QDate(2026, 11, 27), QStringLiteral("監査"), QStringLiteral("既に対策済み"), &error));
        QVERIFY(AdvisoryRepository(db()).item(rec)->notRequired());
        QCOMPARE(f.events(rec).at(0).outcome, QString::fromLatin1(kNotRequired));

        QVERIFY(AuditRepository(db()).load(audit)->status != AuditStatus::Completed);
        QVERIFY(f.respond(second, QDate(2026, 11, 27), QStringLiteral("受付"), QStringLiteral("届出済"), {}, &error));
        QVERIFY(f.verify(second, QDate(2026, 11, 28), QStringLiteral("監査"), QString(), {}, &error));
        QVERIFY(f.close(second, QDate(2026, 11, 28), QStringLiteral("監査"), {}, &error));
        QCOMPARE(AuditRepository(db()).load(audit)->status, AuditStatus::Completed);
        const QList<DueItem> after = f.due(QDate(2026, 12, 31));
        QVERIFY(std::none_of(after.begin(), after.end(), [&](const DueItem &d) { return d.auditId == audit; }));
    }

    void reinspectionChecksExactlyTheAdvisedItems()
    {
        qint64 audit = 0;
        const qint64 id = draftFor(QDate(2026, 11, 22), &audit);
        QString error;
        QVERIFY(AdvisoryRepository(db()).setIncluded(load(id).items.at(2).id, false, &error));
        const QSet<qint64> items = AdvisoryRepository(db()).checkItems(id);
        QCOMPARE(items.size(), 2);
        AuditRepository audits(db());
        const qint64 again = audits.duplicate(audit, QDate(2026, 12, 10), &error, items);
        QVERIFY(again);
        QCOMPARE(audits.checkItems(again).size(), 2);
    }

    void deadlineShiftIsExplained_data()
    {
        QTest::addColumn<QDate>("requested");
        QTest::addColumn<QDate>("stored");
        QTest::addColumn<QString>("reason");
        QTest::newRow("文化の日") << QDate(2026, 11, 3) << QDate(2026, 11, 4) << QStringLiteral("文化の日");
        QTest::newRow("Saturday") << QDate(2026, 11, 28) << QDate(2026, 11, 30) << QStringLiteral("Saturday");
        QTest::newRow("year-end") << QDate(2026, 12, 29) << QDate(2027, 1, 4) << QStringLiteral("year-end");
        QTest::newRow("business day") << QDate(2026, 11, 24) << QDate(2026, 11, 24) << QString();
    }

    void deadlineShiftIsExplained()
    {
        QFETCH(QDate, requested);
        QFETCH(QDate, stored);
        QFETCH(QString, reason);
        QCOMPARE(BusinessCalendar::onOrAfter(requested), stored);
        const QString text = BusinessCalendar::explainShift(requested, stored);
        QCOMPARE(text.isEmpty(), reason.isEmpty());
        QVERIFY2(text.contains(reason), qPrintable(text));
    }

    void digitsFollowTheSetting_data()
    {
        QTest::addColumn<bool>("fullWidth");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("clause, full") << true << QStringLiteral("第12第2項") << QStringLiteral("第１２第２項");
        QTest::newRow("clause, half") << false << QStringLiteral("第１２第２項") << QStringLiteral("第12第2項");
        QTest::newRow("mixed in") << true << QStringLiteral("第３(3)") << QStringLiteral("第３（３）");
        QTest::newRow("brackets kept in half width") << false << QStringLiteral("第３(3)") << QStringLiteral("第3(3)");
        QTest::newRow("brackets around words kept") << true << QStringLiteral("(注)第3") << QStringLiteral("(注)第３");
        QTest::newRow("era year") << true << QStringLiteral("令和8年度第0142号") << QStringLiteral("令和８年度第０１４２号");
        QTest::newRow("code kept") << true << QStringLiteral("契約R8-0042") << QStringLiteral("契約R8-0042");
        QTest::newRow("standard kept") << true << QStringLiteral("ISO27001認証") << QStringLiteral("ISO27001認証");
        QTest::newRow("empty") << true << QString() << QString();
    }

    void digitsFollowTheSetting()
    {
        QFETCH(bool, fullWidth);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        DocumentSettings s;
        s.fullWidthDigits = fullWidth;
        QCOMPARE(s.digitsOf(text), expected);
    }

    // Issue 25: the editor, the ledger and its CSV mixed 第４第３項 with 第11第2項 (the clause
    // document's own widths). One rule everywhere: the documents' digit setting.
    void clauseReferencesFollowOneRule_data()
    {
        QTest::addColumn<bool>("fullWidth");
        QTest::newRow("full width") << true;
        QTest::newRow("half width") << false;
    }
    void clauseReferencesFollowOneRule()
    {
        QFETCH(bool, fullWidth);
        QString error;
        QVERIFY(DocumentSettings::set(db(), QStringLiteral("dates.full_width"),
            fullWidth ? QStringLiteral("1") : QStringLiteral("0"), &error));
        QVERIFY2(DocumentSettings::load(db()).fullWidthDigits == fullWidth, qPrintable(error));
        const qint64 id = draftFor(QDate(2026, 12, 1));
        QVERIFY(AdvisoryLifecycle(db()).issue(id, QStringLiteral("監査"), &error));
        const QRegularExpression wrong(fullWidth ? QStringLiteral("[0-9]") : QStringLiteral("[０-９]"));
        QStringList clauses;
        for (const AdvisoryItem &i : load(id).items)
            clauses << i.clause;
        for (const DueItem &d : FollowUp(db(), *m_test->store).ledger(QDate(2026, 12, 10)))
            clauses << d.item.clause;
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(Ledger::writeCsv(FollowUp(db(), *m_test->store).ledger(QDate(2026, 12, 10)), csv, &error));
        const QString text = QString::fromUtf8(csv.data());
        QVERIFY(clauses.size() >= 4);
        QVERIFY2(clauses.join(u' ').contains(QRegularExpression(QStringLiteral("第(10|１０|11|１１|[3-9]|[３-９])"))), qPrintable(clauses.join(u' ')));
        for (const QString &c : std::as_const(clauses)) {
            QVERIFY2(!c.contains(wrong), qPrintable(c));
            QVERIFY2(text.contains(c), qPrintable(c));
        }
    }

    // Issue 25: the ledger's exports carried only the last step's date. Now 報告日, the report,
    // 確認日 and who verified, under one name for the improvement (改善を要する事項).
    void ledgerExportsCarryTheFollowUp()
    {
        QString error;
        const qint64 id = draftFor(QDate(2026, 12, 1));
        QVERIFY(AdvisoryLifecycle(db()).issue(id, QStringLiteral("監査"), &error));
        const qint64 item = load(id).items.at(0).id;
        FollowUp f(db(), *m_test->store);
        QVERIFY2(f.respond(item, QDate(2026, 12, 10), QStringLiteral("浅間　一郎"), QStringLiteral("鍵付き書庫を導入した"), {}, &error), qPrintable(error));
        QVERIFY2(f.verify(item, QDate(2026, 12, 14), QStringLiteral("小林　真理"), QStringLiteral("現地で確認"), {}, &error), qPrintable(error));
        const QList<DueItem> rows = f.ledger(QDate(2026, 12, 20));
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const DueItem &d) { return d.item.id == item; });
        QVERIFY(row != rows.end());
        QCOMPARE(row->reportedOn, QDate(2026, 12, 10));
        QCOMPARE(row->report, QStringLiteral("鍵付き書庫を導入した"));
        QCOMPARE(row->verifiedOn, QDate(2026, 12, 14));
        QCOMPARE(row->verifiedBy, QStringLiteral("小林　真理"));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(Ledger::writeCsv(rows, csv, &error));
        const QStringList lines = QString::fromUtf8(csv.data()).split(QStringLiteral("\r\n"));
        QVERIFY(lines.first().contains(QStringLiteral("Reported on,Report,Verified on,Verified by")));
        QVERIFY2(lines.at(1 + int(row - rows.begin())).contains(QStringLiteral("2026-12-10,鍵付き書庫を導入した,2026-12-14,小林　真理")),
            qPrintable(lines.join(u'\n')));
    }

    void ledgerCsvIsSafeForSpreadsheets_data()
    {
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("field"); // as it must appear in the CSV
        QTest::newRow("plain Japanese") << QStringLiteral("施錠なし") << QStringLiteral(",施錠なし,");
        QTest::newRow("comma") << QStringLiteral("鍵, 台帳") << QStringLiteral(",\"鍵, 台帳\",");
        QTest::newRow("quote") << QStringLiteral("「\"秘\"」") << QStringLiteral(",\"「\"\"秘\"\"」\",");
        QTest::newRow("newline") << QStringLiteral("一行目\n二行目") << QStringLiteral(",\"一行目\n二行目\",");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",");
        QTest::newRow("at sign") << QStringLiteral("@SUM(A1)") << QStringLiteral(",\"'@SUM(A1)\",");
    }

    void ledgerCsvIsSafeForSpreadsheets()
    {
        QFETCH(QString, finding);
        QFETCH(QString, field);
        DueItem row;
        row.item.id = 7;
        row.item.finding = finding;
        row.item.deadline = QDate(2026, 12, 7);
        row.daysLeft = -3;
        row.contractor = QStringLiteral("株式会社しなの");
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(Ledger::writeCsv({ row }, out));
        const QByteArray bytes = out.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY2(text.contains(field), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 2); // header and one row
        QVERIFY(Ledger::isOverdue(row));
        QVERIFY(text.contains(Ledger::dueText(row)));
    }
};

QTEST_GUILESS_MAIN(TestAdvisory)
#include "tst_advisory.moc"
