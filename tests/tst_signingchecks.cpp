// Issue 10 part 4: the checks before the irreversible steps. Signing lists what is incomplete
// (the auditor may go back or sign anyway), the details of a signed audit are read only, and
// reopening records who reopened.
#include "advisory/advisorylifecycle.h"
#include "schema/standardschema.h"
#include "advisory/advisoryrepository.h"
#include "settings/documentsettings.h"
#include "auditactions.h"
#include "auditdialog.h"
#include "auditlistview.h"
#include "audits/auditrepository.h"
#include "audits/findingrepository.h"
#include "clauses/clausesetrepository.h"
#include "evidence/evidencestore.h"
#include "clauseimport/builtinclausesets.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "mainwindow.h"
#include "reopendialog.h"
#include "signdialog.h"
#include "signoff/signingchecks.h"
#include "signoff/signoff.h"
#include "storage/database.h"
#include "fixedtoday.h"
#include "testfixtures.h"
#include "testimages.h"
#include "testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Kansa;

class TestSigningChecks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;

    qint64 newAudit(const QString &contractor)
    {
        return TestFixtures::newAudit(m_test->c(), contractor, QStringLiteral("小林　真理"));
    }
    // Runs `handle` on the next modal dialog, once it is shown.
    void onNextDialog(std::function<void(QWidget *)> handle)
    {
        QTimer::singleShot(0, this, [this, handle] {
            if (QWidget *w = QApplication::activeModalWidget())
                handle(w);
            else
                onNextDialog(handle);
        });
    }

private slots:
    void initTestCase()
    {
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(m_test);
    }

    void findsWhatIsIncomplete()
    {
        QList<CheckItem> items(5);
        for (int i = 0; i < items.size(); ++i) {
            items[i].id = i + 1;
            items[i].articleNumber = QStringLiteral("第%1").arg(i + 1);
            items[i].scored = i != 4;
        }
        QHash<qint64, Finding> f;
        f[1] = { 1, Verdict::Conforming, {}, {}, {} }; // complete
        f[2] = { 2, Verdict::Major, {}, QStringLiteral("鍵がない"), {} }; // no improvement
        f[3] = { 3, Verdict::Observation, {}, {}, {} }; // observation without text
        // 4: no verdict; 5: informational, needs none
        const QList<SigningChecks::Warning> w = SigningChecks::find(items, f);
        QCOMPARE(w.size(), 3);
        QCOMPARE(w.at(0).gap, SigningChecks::Gap::NoImprovement);
        QCOMPARE(w.at(1).gap, SigningChecks::Gap::EmptyObservation);
        QCOMPARE(w.at(2).gap, SigningChecks::Gap::NoVerdict);
        QCOMPARE(w.at(2).checkItemId, 4);
        QVERIFY(SigningChecks::summary(w).contains(QStringLiteral("第4")));
    }

    void signingWarnsAndTheAuditorGoesBackOrSignsAnyway()
    {
        const qint64 id = newAudit(QStringLiteral("未完了社"));
        MainWindow window(m_test->c(), m_test->path);
        window.show();
        InspectionWorkspace *w = window.openAudit(id);
        const qint64 major = w->session()->items().at(3).id;
        w->session()->setVerdict(major, Verdict::Major);
        QString listed;
        onNextDialog([&](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            if (!box) {
                dialog->close();
                return;
            }
            listed = box->objectName() + u'\n' + box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::RejectRole)
                    b->click(); // go back
        });
        window.auditActions()->sign();
        QVERIFY2(listed.startsWith(QStringLiteral("signingChecks")), qPrintable(listed));
        QVERIFY(listed.contains(QStringLiteral("no verdict yet")));
        QVERIFY(listed.contains(QStringLiteral("without what is wrong")));
        QVERIFY(listed.contains(QStringLiteral("without the improvement required")));
        QCOMPARE(SignOff(m_test->c(), *m_test->store).standing(id).size(), 0);
        QCOMPARE(w->currentItemId(), w->session()->items().at(0).id); // back at the first gap

        bool signDialogShown = false;
        onNextDialog([&](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            if (!box)
                return;
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click(); // sign anyway
            onNextDialog([&](QWidget *next) {
                signDialogShown = qobject_cast<SignDialog *>(next) != nullptr;
                qobject_cast<QDialog *>(next)->reject();
            });
        });
        window.auditActions()->sign();
        QVERIFY(signDialogShown);
        window.closeAudit(id);
    }

    void signedDetailsAreReadOnlyAndReopeningRecordsWho()
    {
        const qint64 id = newAudit(QStringLiteral("再開者社"));
        QString error;
        const CheckItem first = AuditRepository(m_test->c()).checkItems(id).first();
        FindingRepository findings(m_test->c());
        QVERIFY(findings.setVerdict(id, first.id, Verdict::Major, &error));
        QVERIFY(findings.setText(id, first.id, FindingField::Problem, QStringLiteral("施錠されていない"), &error));
        QVERIFY2(SignOff(m_test->c(), *m_test->store)
                     .sign(id, SignatureRole::Inspector, QStringLiteral("小林"), {}, TestImages::signaturePng(), &error),
            qPrintable(error));
        MainWindow window(m_test->c(), m_test->path);
        window.show();
        window.auditList()->reload(id);
        bool readOnly = false;
        onNextDialog([&](QWidget *dialog) {
            auto *details = qobject_cast<AuditDialog *>(dialog);
            readOnly = details && details->isReadOnly()
                && details->findChild<QLineEdit *>(QStringLiteral("contractorNameEdit"))->isReadOnly();
            qobject_cast<QDialog *>(dialog)->reject();
        });
        window.auditList()->findChild<QPushButton *>(QStringLiteral("editButton"))->click();
        QVERIFY(readOnly);

        // A letter was issued from the signed checklist (the trial: the dialog spoke of "both
        // signatures" when one stood, and said nothing of the letter).
        for (const auto &[k, v] : { std::pair { "issuer.municipality", "小諸市" },
                 std::pair { "issuer.head_title", "小諸市長" }, std::pair { "issuer.head_name", "小泉　俊博" } })
            QVERIFY(DocumentSettings::set(m_test->c(), QString::fromUtf8(k), QString::fromUtf8(v), &error));
        const qint64 letter = AdvisoryLifecycle(m_test->c()).create(id, QDate(2026, 11, 22), true, false, &error);
        QVERIFY2(letter, qPrintable(error));
        {
            FixedToday day(QDate(2026, 11, 22)); // issued on its date
            QVERIFY2(AdvisoryLifecycle(m_test->c()).issue(letter, QStringLiteral("小林"), &error), qPrintable(error));
        }
        const QString number = AdvisoryRepository(m_test->c()).load(letter)->documentNumber;
        window.openAudit(id);
        QString intro, notice;
        onNextDialog([&](QWidget *dialog) {
            auto *reopen = qobject_cast<ReopenDialog *>(dialog);
            if (!reopen) {
                dialog->close();
                return;
            }
            intro = reopen->findChild<QLabel *>(QStringLiteral("introLabel"))->text();
            auto *noticeLabel = reopen->findChild<QLabel *>(QStringLiteral("noticeLabel"));
            notice = noticeLabel->isVisibleTo(reopen) ? noticeLabel->text() : QString();
            reopen->actorEdit()->setText(QStringLiteral("田中　健"));
            reopen->reasonEdit()->setPlainText(QStringLiteral("写真の差し替え"));
            reopen->accept();
        });
        window.auditActions()->reopen();
        QVERIFY(!SignOff(m_test->c(), *m_test->store).isLocked(id));
        QVERIFY2(!intro.contains(QStringLiteral("both")), qPrintable(intro));
        QVERIFY2(notice.contains(number) && notice.contains(QStringLiteral("correction")), qPrintable(notice));
        QSqlQuery q(m_test->c());
        QVERIFY(q.exec(QStringLiteral("SELECT actor, detail FROM audit_events WHERE audit_id = %1 "
                                      "AND kind = 'reopened'").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("田中　健"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("写真の差し替え"));
    }
};

QTEST_MAIN(TestSigningChecks)
#include "tst_signingchecks.moc"
