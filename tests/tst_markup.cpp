// Photo markup: stored beside the photo (never in it), undone on the audit's stack, signed,
// carried in packages, drawn into the report's print copy, and drawn with the mouse.
#include "demo/demoaudit.h"
#include "documentimages.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "evidence/markuppainter.h"
#include "evidence/photomarkup.h"
#include "inspection/inspectionsession.h"
#include "markupcanvas.h"
#include "package/packageexport.h"
#include "package/packageimport.h"
#include "signoff/checklistcontent.h"
#include "signoff/signoff.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "testimages.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Kansa;

namespace {

PhotoMarkup ellipseAndPin()
{
    PhotoMarkup m;
    m.shapes << MarkupShape { MarkupShape::Kind::Ellipse, QColor(0xE5, 0x1C, 0x23), 3, { { 0.1, 0.1 }, { 0.5, 0.6 } }, 0, {} };
    m.shapes << MarkupShape { MarkupShape::Kind::Pin, QColor(0x1E, 0x5A, 0xFF), 2, { { 0.8, 0.2 } }, 1, {} };
    m.shapes << MarkupShape { MarkupShape::Kind::Text, QColor(0xFF, 0xD6, 0x00), 2, { { 0.6, 0.8 } }, 0, QStringLiteral("施錠なし") };
    return m;
}

Evidence firstPhoto(TestDatabase &o, qint64 audit)
{
    for (const Evidence &e : EvidenceRepository(o.c(), *o.store).forAudit(audit))
        if (e.kind == EvidenceKind::Photo)
            return e;
    return {};
}

int reddish(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 180 && c.green() < 90 && c.blue() < 90 ? 1 : 0;
        }
    return n;
}

} // namespace

class TestMarkup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Issue 25: yellow text on its white label could hardly be read in print. A light colour
    // (yellow, as the eye sees it) gets a dark label, a dark one a light label.
    void textLabelsContrastWithTheirText_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<bool>("darkLabel");
        QTest::newRow("yellow") << QColor(0xFF, 0xD6, 0x00) << true;
        QTest::newRow("pure yellow") << QColor(0xFF, 0xFF, 0x00) << true;
        QTest::newRow("white") << QColor(Qt::white) << true;
        QTest::newRow("red") << QColor(0xE5, 0x1C, 0x23) << false;
        QTest::newRow("blue") << QColor(0x1E, 0x5A, 0xFF) << false;
        QTest::newRow("black") << QColor(Qt::black) << false;
    }
    void textLabelsContrastWithTheirText()
    {
        QFETCH(QColor, colour);
        QFETCH(bool, darkLabel);
        QImage photo(400, 300, QImage::Format_RGB32);
        photo.fill(QColor(128, 128, 128));
        PhotoMarkup m;
        m.shapes << MarkupShape { MarkupShape::Kind::Text, colour, 2, { { 0.2, 0.4 } }, 0, QStringLiteral("施錠なし") };
        const QImage out = MarkupPainter::flattened(photo, m);
        // Just inside the label's top-left corner: label, not text.
        const QColor label = out.pixelColor(int(0.2 * 400) - 1, int(0.4 * 300) - 1);
        QVERIFY2(darkLabel ? label.lightness() < 100 : label.lightness() > 180,
            qPrintable(QStringLiteral("label %1 for text %2").arg(label.name(), colour.name())));
    }

    void jsonRoundTrip()
    {
        const PhotoMarkup m = ellipseAndPin();
        const auto back = PhotoMarkup::fromJson(m.toJson());
        QVERIFY(back);
        QCOMPARE(*back, m);
        QCOMPARE(PhotoMarkup().toJson(), QString());
        QCOMPARE(m.nextPinNumber(), 2);
    }

    void refusedMarkup_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("not JSON") << QStringLiteral("{shapes");
        QTest::newRow("unknown kind") << QStringLiteral(R"({"shapes":[{"kind":"star","color":"#ff0000","width":2,"points":[[0.1,0.1]]}]})");
        QTest::newRow("bad colour") << QStringLiteral(R"({"shapes":[{"kind":"pin","color":"red!","width":2,"points":[[0.1,0.1]],"number":1}]})");
        QTest::newRow("width 9") << QStringLiteral(R"({"shapes":[{"kind":"pin","color":"#ff0000","width":9,"points":[[0.1,0.1]],"number":1}]})");
        QTest::newRow("far outside") << QStringLiteral(R"({"shapes":[{"kind":"arrow","color":"#ff0000","width":2,"points":[[0.1,0.1],[9,9]]}]})");
        QTest::newRow("arrow of one point") << QStringLiteral(R"({"shapes":[{"kind":"arrow","color":"#ff0000","width":2,"points":[[0.1,0.1]]}]})");
        QTest::newRow("pin 0") << QStringLiteral(R"({"shapes":[{"kind":"pin","color":"#ff0000","width":2,"points":[[0.1,0.1]],"number":0}]})");
        QTest::newRow("empty text") << QStringLiteral(R"({"shapes":[{"kind":"text","color":"#ff0000","width":2,"points":[[0.1,0.1]],"text":" "}]})");
        QTest::newRow("NaN point") << QStringLiteral(R"({"shapes":[{"kind":"pin","color":"#ff0000","width":2,"points":[["x",0.1]],"number":1}]})");
        QString many = QStringLiteral(R"({"shapes":[)");
        for (int i = 0; i <= PhotoMarkup::MaxShapes; ++i)
            many += QStringLiteral(R"({"kind":"pin","color":"#ff0000","width":2,"points":[[0.1,0.1]],"number":1},)");
        many.chop(1);
        QTest::newRow("too many shapes") << many + QStringLiteral("]}");
    }
    void refusedMarkup()
    {
        QFETCH(QString, json);
        QString why;
        QVERIFY(!PhotoMarkup::fromJson(json, &why));
        QVERIFY(!why.isEmpty());
    }

    void undoneOnTheAuditsStackAndSigned()
    {
        auto o = TestDatabase::open(m_dir.path(), QStringLiteral("session"));
        QVERIFY(o);
        const qint64 audit = DemoAudit::create(o->c(), *o->store);
        InspectionSession session(o->c(), *o->store, audit);
        const Evidence photo = firstPhoto(*o, audit);
        QVERIFY(photo.id);
        const QString hashBefore = ChecklistContent::hash(ChecklistContent::serialise(ChecklistContent::build(o->c(), *o->store, audit)));

        session.setMarkup(photo.id, ellipseAndPin(), QStringLiteral("丸を追加"));
        QCOMPARE(EvidenceRepository(o->c(), *o->store).load(photo.id)->markup, ellipseAndPin().toJson());
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("丸を追加"));
        // The markup is part of what is signed; the photo's file is not touched.
        const QString hashMarked = ChecklistContent::hash(ChecklistContent::serialise(ChecklistContent::build(o->c(), *o->store, audit)));
        QVERIFY(hashMarked != hashBefore);
        QCOMPARE(EvidenceRepository(o->c(), *o->store).load(photo.id)->sha256, photo.sha256);
        session.undoStack()->undo();
        QCOMPARE(EvidenceRepository(o->c(), *o->store).load(photo.id)->markup, QString());
        QCOMPARE(ChecklistContent::hash(ChecklistContent::serialise(ChecklistContent::build(o->c(), *o->store, audit))), hashBefore);
        session.undoStack()->redo();
        QCOMPARE(EvidenceRepository(o->c(), *o->store).load(photo.id)->markup, ellipseAndPin().toJson());

        // Signed: locked like everything else.
        SignOff signOff(o->c(), *o->store);
        QString error;
        QVERIFY2(signOff.sign(audit, SignatureRole::Inspector, QStringLiteral("監査　一郎"), {}, TestImages::signaturePng(), &error),
            qPrintable(error));
        QVERIFY(!EvidenceRepository(o->c(), *o->store).setMarkup(photo.id, PhotoMarkup {}, &error));
        QCOMPARE(EvidenceRepository(o->c(), *o->store).load(photo.id)->markup, ellipseAndPin().toJson());
        QVERIFY(signOff.check(audit).unchanged);
    }

    void travelsInPackages()
    {
        auto from = TestDatabase::open(m_dir.path(), QStringLiteral("from"));
        auto to = TestDatabase::open(m_dir.path(), QStringLiteral("to"));
        QVERIFY(from && to);
        const qint64 audit = DemoAudit::create(from->c(), *from->store);
        const Evidence photo = firstPhoto(*from, audit);
        QVERIFY(EvidenceRepository(from->c(), *from->store).setMarkup(photo.id, ellipseAndPin()));
        const QString package = m_dir.filePath(QStringLiteral("marked.age"));
        QVERIFY(PackageExport(from->c(), *from->store).write({ audit }, package, { {}, QByteArrayLiteral("pass phrase words"), 10 }).error.isEmpty());
        const PackageImport::Result r = PackageImport(to->c(), *to->store).read(package, {}, { QByteArrayLiteral("pass phrase words") });
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QStringList marks;
        for (const Evidence &e : EvidenceRepository(to->c(), *to->store).forAudit(r.audits.value(0).auditId))
            if (!e.markup.isEmpty())
                marks << e.markup;
        QCOMPARE(marks, QStringList { ellipseAndPin().toJson() });
    }

    void flattenedPrintCopyIsMadeOnceAndEncrypted()
    {
        auto o = TestDatabase::open(m_dir.path(), QStringLiteral("print"));
        QVERIFY(o);
        const qint64 audit = DemoAudit::create(o->c(), *o->store);
        const Evidence photo = firstPhoto(*o, audit);
        const PhotoMarkup m = ellipseAndPin();
        QVERIFY(EvidenceRepository(o->c(), *o->store).setMarkup(photo.id, m));

        const auto plain = o->store->readPrint(photo.sha256);
        const auto marked = o->store->readMarkedPrint(photo.sha256, m.toJson());
        QVERIFY(plain && marked);
        const QImage a = QImage::fromData(*plain), b = QImage::fromData(*marked);
        QCOMPARE(b.size(), a.size());
        // The ellipse's left edge (x = 0.1 of the width, at mid-height of its box) is red now.
        const QRect edge(int(0.1 * b.width()) - 4, int(0.35 * b.height()) - 4, 9, 9);
        QVERIFY(reddish(b, edge) > 10);
        QCOMPARE(reddish(a, edge), 0);
        // Kept encrypted, then read back instead of drawn again.
        const QString cached = o->store->markedPrintPath(photo.sha256, m.toJson());
        QFile file(cached);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(3).startsWith("\xFF\xD8\xFF"));
        file.close();
        const QDateTime made = QFileInfo(cached).lastModified();
        QCOMPARE(o->store->readMarkedPrint(photo.sha256, m.toJson()), marked);
        QCOMPARE(QFileInfo(cached).lastModified(), made);

        // What the report draws: the marked copy for a photo named with its evidence id.
        DocumentImages doc(o->store.get());
        const QImage drawn = doc.resource(QTextDocument::ImageResource,
                                    QUrl(DocumentImages::photoName(photo.sha256, 800, photo.id)))
                                 .value<QImage>();
        QVERIFY(!drawn.isNull());
        QVERIFY(reddish(drawn, QRect(int(0.1 * drawn.width()) - 4, int(0.35 * drawn.height()) - 4, 9, 9)) > 10);
    }

    void drawnWithTheMouse()
    {
        MarkupCanvas canvas;
        QPixmap photo(400, 300);
        photo.fill(Qt::gray);
        canvas.setPixmap(photo);
        canvas.setEditable(true);
        canvas.setTool(MarkupCanvas::Tool::Arrow);
        QSignalSpy edited(&canvas, &MarkupCanvas::edited);
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(40, 30));
        QTest::mouseMove(&canvas, QPoint(200, 150));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(200, 150));
        QCOMPARE(edited.size(), 1);
        const PhotoMarkup m = edited.at(0).at(0).value<PhotoMarkup>();
        QCOMPARE(m.shapes.size(), 1);
        QCOMPARE(m.shapes.at(0).kind, MarkupShape::Kind::Arrow);
        QCOMPARE(m.shapes.at(0).points.at(0), QPointF(0.1, 0.1));
        QCOMPARE(m.shapes.at(0).points.at(1), QPointF(0.5, 0.5));
        // A click draws nothing; a pin numbers itself.
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(300, 40));
        QCOMPARE(edited.size(), 1);
        canvas.setMarkup(m);
        canvas.setTool(MarkupCanvas::Tool::Pin);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(300, 40));
        QCOMPARE(edited.size(), 2);
        const PhotoMarkup pinned = edited.at(1).at(0).value<PhotoMarkup>();
        QCOMPARE(pinned.shapes.size(), 2);
        QCOMPARE(pinned.shapes.at(1).number, 1);
        // Selected and moved, then deleted.
        canvas.setMarkup(pinned);
        canvas.setTool(MarkupCanvas::Tool::Select);
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(120, 90)); // on the arrow
        QCOMPARE(canvas.selected(), 0);
        QTest::mouseMove(&canvas, QPoint(160, 90));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(160, 90));
        QCOMPARE(edited.size(), 3);
        QCOMPARE(edited.at(2).at(0).value<PhotoMarkup>().shapes.at(0).points.at(0), QPointF(0.2, 0.1));
        canvas.setMarkup(edited.at(2).at(0).value<PhotoMarkup>());
        QTest::keyClick(&canvas, Qt::Key_Delete);
        QCOMPARE(edited.size(), 4);
        QCOMPARE(edited.at(3).at(0).value<PhotoMarkup>().shapes.size(), 1);
        // Not editable (a signed audit): nothing happens.
        canvas.setEditable(false);
        canvas.setTool(MarkupCanvas::Tool::Pin);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(50, 50));
        QCOMPARE(edited.size(), 4);
    }
};

QTEST_MAIN(TestMarkup)
#include "tst_markup.moc"
