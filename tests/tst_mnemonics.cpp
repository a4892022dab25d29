// Issue 25: Alt+letter must reach one thing. The trial found 保管(A) beside the 実地調査(A)
// menu, 表示(S) and CSVに書き出す(S) in the ledger, 勧告書に記載する(I) and 勧告書を発行(I) in
// the letter editor. This walks every window and dialog, every page of its tabs and every menu,
// in English and in Japanese, and fails on any clash.
#include "advisory/advisorylifecycle.h"
#include "schema/standardschema.h"
#include "advisory/followup.h"
#include "advisoryeditor.h"
#include "audits/auditrepository.h"
#include "auditdialog.h"
#include "certificatedialog.h"
#include "clauses/clausesetrepository.h"
#include "demo/demoaudit.h"
#include "documentexport.h"
#include "evidence/evidencestore.h"
#include "followupstepdialog.h"
#include "clauseimport/builtinclausesets.h"
#include "issueletterdialog.h"
#include "mainwindow.h"
#include "packageexportdialog.h"
#include "reopendialog.h"
#include "settingsdialog.h"
#include "signdialog.h"
#include "signoff/signoff.h"
#include "storage/database.h"
#include "text/translations.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

namespace {

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Alt+key reaches what is shown: the menu bar's titles and the window's visible widgets.
QStringList clashesShown(QWidget *window, const QString &where)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    auto add = [&](const QString &text) {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            return;
        if (qEnvironmentVariableIsSet("KANSA_MNEMONICS"))
            qInfo("%s: %s", qPrintable(where), qPrintable(text));
        if (seen.contains(key))
            clashes << QStringLiteral("%1: “%2” and “%3”").arg(where, seen.value(key), text);
        else
            seen.insert(key, text);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *a : main->menuBar()->actions())
            add(a->text());
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window)) // a disabled button takes its key once enabled
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
    }
    return clashes;
}

// Every page of every tab widget in turn, then each menu's entries among themselves.
QStringList clashes(QWidget *window, const QString &name)
{
    QStringList out = clashesShown(window, name);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            out += clashesShown(window, name + QStringLiteral(" ▸ ") + tabs->tabText(i));
        }
        tabs->setCurrentIndex(was);
    }
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        QHash<QChar, QString> seen;
        for (QAction *a : menu->actions()) {
            const QChar key = mnemonicOf(a->text());
            if (key.isNull() || !a->isVisible())
                continue;
            if (seen.contains(key))
                out << QStringLiteral("%1 ▸ %2: “%3” and “%4”").arg(name, menu->title(), seen.value(key), a->text());
            seen.insert(key, a->text());
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    qint64 m_audit = 0;
    qint64 m_letter = 0;

    QStringList walkAll()
    {
        QStringList out;
        QSqlDatabase db = m_test->c();
        {
            MainWindow window(db, m_test->path);
            window.resize(1366, 740);
            window.show();
            window.openAudit(m_audit);
            out += clashes(&window, QStringLiteral("main window"));
        }
        DocumentExport exporter(db, *m_test->store);
        AdvisoryEditor editor(db, exporter, m_letter);
        editor.show();
        out += clashes(&editor, QStringLiteral("letter editor"));
        SettingsDialog settings(db);
        out += clashes(&settings, QStringLiteral("settings"));
        Audit audit;
        AuditDialog auditDialog(ClauseSetRepository(db).list(), audit, true);
        out += clashes(&auditDialog, QStringLiteral("audit dialog"));
        IssueLetterDialog issue(QStringLiteral("第１号"), QStringLiteral("小林"), {}, QDate(2026, 11, 20), {});
        out += clashes(&issue, QStringLiteral("issue dialog"));
        ReopenDialog reopen(QStringLiteral("小林"), 1, QStringLiteral("notice"));
        out += clashes(&reopen, QStringLiteral("reopen dialog"));
        SignOff signOff(db, *m_test->store);
        SignDialog sign(signOff, m_audit, SignatureRole::Contractor, { QStringLiteral("小林"), {} }, { QStringLiteral("浅間"), QStringLiteral("代表取締役") });
        out += clashes(&sign, QStringLiteral("sign dialog"));
        CertificateDialog certificate(QDate(2026, 11, 20));
        out += clashes(&certificate, QStringLiteral("certificate dialog"));
        PackageExportDialog package(db, m_audit);
        out += clashes(&package, QStringLiteral("package dialog"));
        FollowUp followUp(db, *m_test->store);
        const QList<DueItem> rows = followUp.ledger(AuditRepository(m_test->c()).load(m_audit)->date);
        if (rows.isEmpty())
            out << QStringLiteral("no ledger rows: the step dialogs were not walked");
        else
            for (auto step : { FollowUpStepDialog::Step::Respond, FollowUpStepDialog::Step::Verify,
                     FollowUpStepDialog::Step::Return, FollowUpStepDialog::Step::Close,
                     FollowUpStepDialog::Step::NotRequired }) {
                FollowUpStepDialog dialog(followUp, step, rows.first(), QStringLiteral("小林"));
                out += clashes(&dialog, QStringLiteral("follow-up step %1").arg(int(step)));
            }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY(m_test);
        m_audit = DemoAudit::create(m_test->c(), *m_test->store);
        QVERIFY(m_audit);
        QString error;
        const QDate day = AuditRepository(m_test->c()).load(m_audit)->date; // the demo's, today
        m_letter = AdvisoryLifecycle(m_test->c()).create(m_audit, day, true, true, &error);
        QVERIFY2(m_letter, qPrintable(error));
        // An issued letter of another audit, so that the ledger and its step dialogs have rows.
        const qint64 other = DemoAudit::create(m_test->c(), *m_test->store);
        const qint64 issued = AdvisoryLifecycle(m_test->c()).create(other, day, true, true, &error);
        QVERIFY2(issued && AdvisoryLifecycle(m_test->c()).issue(issued, QStringLiteral("小林"), &error), qPrintable(error));
    }

    void englishHasNoClash()
    {
        const QStringList found = walkAll();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void japaneseHasNoClash()
    {
        Translations::install(QLocale(QLocale::Japanese, QLocale::Japan));
        const QStringList found = walkAll();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
