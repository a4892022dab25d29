// The IPA Font License asks that the derived document fonts can be replaced by the originals
// (resources/fonts/README.fonts says how): with IPAex's own files under Kansa's names, documents
// are written in the families those files hold. A program of its own: fonts load once a process.
#include "documentfonts.h"

#include <QFile>
#include <QPdfWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include "pdf/pdfdocument.h"

using namespace Kansa;

class TestDocumentFonts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void theOriginalFontsCanTakeTheirPlace()
    {
        const QString ipa = QStringLiteral("/usr/share/fonts/opentype/");
        QVERIFY(QFile::copy(ipa + QStringLiteral("ipaexfont-mincho/ipaexm.ttf"), m_dir.filePath(QStringLiteral("KansaMincho.ttf"))));
        QVERIFY(QFile::copy(ipa + QStringLiteral("ipaexfont-gothic/ipaexg.ttf"), m_dir.filePath(QStringLiteral("KansaGothic.ttf"))));
        qputenv("KANSA_FONT_DIR", m_dir.path().toUtf8());
        QString error;
        QVERIFY2(DocumentFonts::ensureLoaded(&error), qPrintable(error));
        QVERIFY2(DocumentFonts::mincho().contains(QStringLiteral("IPAex")), qPrintable(DocumentFonts::mincho()));
        QVERIFY2(DocumentFonts::gothic().contains(QStringLiteral("IPAex")), qPrintable(DocumentFonts::gothic()));
        QVERIFY(DocumentFonts::mincho() != DocumentFonts::gothic());

        // A page written in that family reads back as the text written.
        const QString path = m_dir.filePath(QStringLiteral("p.pdf"));
        {
            QPdfWriter pdf(path);
            QPainter painter(&pdf);
            painter.setFont(QFont(DocumentFonts::mincho(), 12));
            painter.drawText(QPointF(200, 400), QStringLiteral("情報セキュリティ特記事項"));
        }
        PdfDocument doc;
        QCOMPARE(doc.loadFile(path), PdfDocument::Status::Ok);
        QVERIFY(doc.pageText(0).value_or(QString()).contains(QStringLiteral("情報セキュリティ特記事項")));
    }
};

QTEST_MAIN(TestDocumentFonts)
#include "tst_documentfonts.moc"
