// Issue 10 part 5: what the auditor's trial found in the workspace, each driven through real
// widgets — a hidden item's verdict, the signed label, focus after creating an audit, the
// "next item without a verdict" option, the window on a small screen and the restored session,
// the menus' mnemonics, the audit dialog's first tab and its clause-set names.
#include "auditactions.h"
#include "schema/standardschema.h"
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
#include "signoff/signoff.h"
#include "storage/database.h"
#include "text/translations.h"
#include "testfixtures.h"
#include "testdatabase.h"

#include <QAction>
#include <QBuffer>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Kansa;

class TestWorkspaceTrial : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;

    qint64 newAudit(const QString &contractor)
    {
        return TestFixtures::newAudit(m_test->c(), contractor, QStringLiteral("小林　真理"));
    }
    static QWidget *child(QWidget *w, const char *name)
    {
        return w->findChild<QWidget *>(QLatin1String(name));
    }
    static qint64 firstScored(const InspectionSession *s)
    {
        for (const CheckItem &c : s->items())
            if (c.scored)
                return c.id;
        return 0;
    }

    void checkMnemonics()
    {
        MainWindow window(m_test->c(), m_test->path);
        for (QAction *top : window.menuBar()->actions()) {
            if (!top->menu())
                continue;
            QHash<QChar, QString> seen;
            for (QAction *a : top->menu()->actions()) {
                const QString text = a->text();
                const qsizetype amp = text.indexOf(QLatin1Char('&'));
                if (amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!seen.contains(key),
                    qPrintable(QStringLiteral("%1: “%2” and “%3”").arg(top->text(), seen.value(key), text)));
                seen.insert(key, text);
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(m_test);
        QSettings().clear();
    }

    // Alt+1–5 set the verdict of an item the filter had hidden while its detail was shown.
    void aHiddenItemIsNeverTheDetail()
    {
        const qint64 id = newAudit(QStringLiteral("絞り込み社"));
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 shown = w.currentItemId();
        QVERIFY(shown);
        auto *filter = qobject_cast<QComboBox *>(child(&w, "filterCombo"));
        filter->setCurrentIndex(2); // non-conforming: none yet
        QCOMPARE(w.currentItemId(), 0);
        QVERIFY(!child(&w, "findingPanel")->isEnabled());
        QTest::keyClick(child(&w, "checkTree"), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(w.session()->finding(shown).verdict, Verdict::Unchecked);

        // A text that hides the current item moves the detail to an item the list shows.
        filter->setCurrentIndex(0);
        const qint64 other = w.session()->items().last().id;
        w.session()->setVerdict(other, Verdict::Minor);
        filter->setCurrentIndex(2);
        QCOMPARE(w.currentItemId(), other);
        QTest::keyClick(child(&w, "checkTree"), Qt::Key_1, Qt::AltModifier); // leaves the list
        QCOMPARE(w.session()->finding(other).verdict, Verdict::Conforming);
        QCOMPARE(w.currentItemId(), 0); // nothing non-conforming is left to show
        auto *find = qobject_cast<QLineEdit *>(child(&w, "findEdit"));
        filter->setCurrentIndex(0);
        find->setText(QStringLiteral("再委託")); // 第10 only
        const int i = w.session()->indexOf(w.currentItemId());
        QVERIFY(i >= 0);
        QCOMPARE(w.session()->items().at(i).articleNumber, QStringLiteral("第10"));
        find->setText(QStringLiteral("どこにもない語"));
        QCOMPARE(w.currentItemId(), 0);
    }

    // Pressing 1 on a checklist signed while its tab was open said 「未保存」 in red, for good.
    void signedWhileOpenSaysSigned()
    {
        const qint64 id = newAudit(QStringLiteral("署名中社"));
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QImage ink(40, 20, QImage::Format_ARGB32);
        ink.fill(Qt::black);
        QByteArray png;
        {
            QBuffer b(&png);
            b.open(QIODevice::WriteOnly);
            ink.save(&b, "PNG");
        }
        QString error;
        QVERIFY2(SignOff(m_test->c(), *m_test->store)
                     .sign(id, SignatureRole::Inspector, QStringLiteral("小林"), {}, png, &error),
            qPrintable(error));
        const qint64 item = w.currentItemId();
        auto *tree = child(&w, "checkTree");
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_1);
        auto *label = qobject_cast<QLabel *>(child(&w, "savedLabel"));
        QCOMPARE(label->text(), InspectionWorkspace::tr("%1: read only (Audit ▸ Reopen to change)")
                .arg(AuditStatuses::label(AuditStatus::Signing)));
        QCOMPARE(FindingRepository(m_test->c()).load(item).verdict, Verdict::Unchecked);
        QVERIFY(w.isReadOnly());
        QTest::keyClick(tree, Qt::Key_2);
        QCOMPARE(label->text(), InspectionWorkspace::tr("%1: read only (Audit ▸ Reopen to change)")
                .arg(AuditStatuses::label(AuditStatus::Signing)));
        QVERIFY(label->toolTip().contains(QStringLiteral("signed")));
    }

    // After creating an audit the focus is in the checklist, on its first item.
    void newAuditStartsInTheChecklist()
    {
        MainWindow window(m_test->c(), m_test->path);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        int tab = -1;
        bool nameFocused = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<AuditDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (QTest::qWaitForWindowActive(dialog)) {
                tab = dialog->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex();
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("contractorNameEdit"));
                nameFocused = QTest::qWaitFor([name] { return name->hasFocus(); }, 1000);
                name->setText(QStringLiteral("New Co"));
            }
            dialog->accept();
        });
        window.auditList()->findChild<QPushButton *>(QStringLiteral("newButton"))->click();
        QCOMPARE(tab, 0); // the first tab, not the second
        QVERIFY(nameFocused);
        InspectionWorkspace *w = window.currentWorkspace();
        QVERIFY(w);
        QCOMPARE(w->session()->audit().contractor.name, QStringLiteral("New Co"));
        QCOMPARE(w->currentItemId(), firstScored(w->session()));
        QCOMPARE(window.focusWidget(), child(w, "checkTree")); // where focus returns to
        QApplication::setActiveWindow(&window); // what a window manager does after the dialog
        QTRY_COMPARE(QApplication::focusWidget(), child(w, "checkTree"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QCOMPARE(w->session()->finding(firstScored(w->session())).verdict, Verdict::Conforming);
        window.closeAudit(w->session()->audit().id);
    }

    void optionGoesToTheNextItemWithoutAVerdict()
    {
        const qint64 id = newAudit(QStringLiteral("一打鍵社"));
        {
            MainWindow window(m_test->c(), m_test->path);
            QAction *option = window.advanceAfterVerdictAction();
            QVERIFY(option->isCheckable());
            QVERIFY(option->isChecked()); // on unless turned off: the fastest path
            InspectionWorkspace *w = window.openAudit(id);
            auto *tree = child(w, "checkTree");
            const qint64 first = w->currentItemId();
            QTest::keyClick(tree, Qt::Key_1);
            QCOMPARE(w->session()->finding(first).verdict, Verdict::Conforming);
            QVERIFY(w->currentItemId() != first);
            QCOMPARE(w->session()->finding(w->currentItemId()).verdict, Verdict::Unchecked);
            const qint64 second = w->currentItemId();
            QTest::keyClick(tree, Qt::Key_3); // a non-conformity needs its text: stay
            QCOMPARE(w->currentItemId(), second);
            window.closeAudit(id);
        }
        {
            MainWindow off(m_test->c(), m_test->path);
            off.advanceAfterVerdictAction()->trigger();
        }
        MainWindow again(m_test->c(), m_test->path);
        QVERIFY(!again.advanceAfterVerdictAction()->isChecked()); // turned off is remembered
        again.advanceAfterVerdictAction()->trigger();
    }

    void windowFitsTheScreenAndRemembersTheSession()
    {
        const qint64 a = newAudit(QStringLiteral("再開A社"));
        const qint64 b = newAudit(QStringLiteral("再開B社"));
        QSize small;
        {
            MainWindow window(m_test->c(), m_test->path);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QRect area = window.screen()->availableGeometry();
            QVERIFY2(window.frameGeometry().height() <= area.height(),
                qPrintable(QStringLiteral("%1 > %2").arg(window.frameGeometry().height()).arg(area.height())));
            QVERIFY2(window.frameGeometry().width() <= area.width(),
                qPrintable(QStringLiteral("%1 > %2").arg(window.frameGeometry().width()).arg(area.width())));
            window.openAudit(a);
            window.openAudit(b);
            window.resize(window.minimumSizeHint().expandedTo(QSize(640, 420)));
            small = window.size();
            window.close();
        }
        MainWindow window(m_test->c(), m_test->path);
        window.restoreSession();
        QCOMPARE(window.openAudits(), (QList<qint64> { a, b }));
        QCOMPARE(window.size(), small);
        window.closeAudit(a);
        window.closeAudit(b);
        QSettings().remove(QStringLiteral("session/openAudits"));
    }

    void menuMnemonicsAreUnique()
    {
        checkMnemonics();
    }

    void auditDialogShowsTitlesNotFileNames()
    {
        const QList<ClauseSetSummary> sets = ClauseSetRepository(m_test->c()).list();
        Audit blank;
        AuditDialog dialog(sets, blank, true);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("clauseSetCombo"));
        QCOMPARE(combo->count(), sets.size());
        for (int i = 0; i < combo->count(); ++i) {
            QVERIFY2(!combo->itemText(i).contains(QStringLiteral(".txt")), qPrintable(combo->itemText(i)));
            QVERIFY(!combo->itemText(i).contains(QStringLiteral("000_")));
        }
        const std::optional<Audit> existing = AuditRepository(m_test->c()).load(newAudit(QStringLiteral("詳細社")));
        AuditDialog details(sets, *existing, false);
        QCOMPARE(details.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 0);
    }

    // Last: installs the Japanese translation for the rest of the program.
    void japaneseMenuMnemonicsAreUnique()
    {
        Translations::install(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(MainWindow::tr("&Audit") != QStringLiteral("&Audit"));
        checkMnemonics();
    }
};

QTEST_MAIN(TestWorkspaceTrial)
#include "tst_workspacetrial.moc"
