// Settings ▸ Packages (issue 12): the office keys are listed, and the office's public key is
// shown as a QR code that a reader decodes back to the key (zbarimg, from Debian).
#include "crypto/agekeys.h"
#include "schema/standardschema.h"
#include "clauseimport/builtinclausesets.h"
#include "package/packagesettings.h"
#include "qrcodeimage.h"
#include "settingsdialog.h"
#include "storage/database.h"

#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestOfficeKeys : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void qrCodeReadsBackAsTheKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("an office key") << AgeIdentity::generate().recipient().toString();
        QTest::newRow("another") << AgeIdentity::generate().recipient().toString();
    }
    void qrCodeReadsBackAsTheKey()
    {
#if defined(Q_OS_WIN)
        QSKIP("the QR code is read back with zbarimg, a Linux program (README: Kansa on Windows)");
#endif
        QFETCH(QString, text);
        const QImage code = QrCodeImage::make(text, 4);
        QVERIFY(!code.isNull());
        QCOMPARE(code.width(), code.height());
        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        QVERIFY(code.save(png));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), { QStringLiteral("--quiet"), QStringLiteral("--raw"), png });
        QVERIFY2(zbar.waitForFinished(20000), "zbarimg (Debian zbar-tools, installed by ./dev) did not run");
        QCOMPARE(QString::fromLatin1(zbar.readAllStandardOutput()).trimmed(), text);
    }

    void settingsListTheOfficeKeys()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("k.sqlite")), standardSchema()).isError());
        const QString key = AgeIdentity::generate().recipient().toString();
        QVERIFY(PackageSettings::addRecipient(db.connection(), key, nullptr));
        SettingsDialog dialog(db.connection());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("officeKeysList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), key);
    }
};

QTEST_MAIN(TestOfficeKeys)
#include "tst_officekeys.moc"
