// kansa-crashworker: edits an audit and imports photos in a loop, printing a line after each
// commit, until it is killed. tst_crashsafety kills it at random moments.
// kansa-crashworker --hold DB AUDIT ITEM: behaves like the GUI of issue 9's data loss: opens the
// database, opens and closes other descriptors of its files (as a file dialog sniffing the
// folder does), says "ready", and on the line "write" from stdin sets a verdict and says
// "saved"; then waits to be killed.
#include "platform/regexjit.h"
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "storage/database.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "demo/syntheticphoto.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>

using namespace Kansa;

namespace {

int holdLikeTheGui(QGuiApplication &app, const QStringList &args)
{
    const QString dbPath = args.value(2);
    Database db(QStringLiteral("gui"));
    if (const DatabaseError err = db.open(dbPath, standardSchema()); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        return 2;
    }
    FindingRepository findings(db.connection());
    // What QFileDialog's type sniffing does to every file in the folder it lists.
    for (const char *suffix : { "", "-wal", "-shm" }) {
        QFile f(dbPath + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            f.read(64);
    }
    std::puts("ready");
    std::fflush(stdout);
    char line[64];
    if (!std::fgets(line, sizeof line, stdin))
        return 3;
    QString error;
    if (!findings.setVerdict(args.value(3).toLongLong(), args.value(4).toLongLong(), Verdict::Major, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 4;
    }
    std::puts("saved");
    std::fflush(stdout);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    Kansa::RegexJit::configure(); // as the programs do (see there)
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--hold"))
        return holdLikeTheGui(app, args);
    if (args.size() < 5)
        return 1;
    const QString dbPath = args.at(1);
    const qint64 audit = args.at(2).toLongLong();
    const QString photoDir = args.at(3);
    const int seed = args.at(4).toInt();
    Database db(QStringLiteral("worker"));
    if (db.open(dbPath, standardSchema()).isError())
        return 2;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(dbPath));
    const QList<CheckItem> items = AuditRepository(db.connection()).checkItems(audit);
    FindingRepository findings(db.connection());
    auto say = [](const QString &line) {
        std::fputs(QString(line + QLatin1Char('\n')).toUtf8().constData(), stdout); // UTF-8 on every system (qPrintable is the ANSI code page on Windows)
        std::fflush(stdout);
    };
    int step = 0;
    int photo = 0;
    std::function<void()> next;
    next = [&] {
        const CheckItem &item = items.at((step * 7 + seed) % items.size());
        ++step;
        if (step % 4 == 0) {
            // A batch of three photos; each is reported once its row is committed.
            QStringList files;
            for (int i = 0; i < 3; ++i) {
                const QString path
                    = QStringLiteral("%1/s%2-%3.jpg").arg(photoDir).arg(seed).arg(photo++);
                QFile f(path);
                if (f.open(QIODevice::WriteOnly))
                    f.write(SyntheticPhoto::jpeg(QSize(1200, 900), seed * 1000 + photo));
                files << path;
            }
            auto *batch = new EvidenceBatch(db.connection(), store, audit, item.id, &app);
            QObject::connect(batch, &EvidenceBatch::added, [&say](const Evidence &e) {
                say(QStringLiteral("photo %1 %2").arg(e.id).arg(e.sha256));
            });
            QObject::connect(batch, &EvidenceBatch::finished, batch, [batch, &next] {
                batch->deleteLater();
                QTimer::singleShot(0, next);
            });
            batch->start(files);
            return;
        }
        const Verdict v = Verdicts::fromShortcut(1 + step % 5);
        const QString note = QStringLiteral("メモ%1-%2").arg(seed).arg(step);
        // "try" before each save: a kill between the commit and its report leaves the newer
        // value stored, which is not a loss.
        say(QStringLiteral("try-verdict %1 %2").arg(item.id).arg(Verdicts::key(v)));
        if (findings.setVerdict(audit, item.id, v))
            say(QStringLiteral("verdict %1 %2").arg(item.id).arg(Verdicts::key(v)));
        say(QStringLiteral("try-note %1 %2").arg(item.id).arg(note));
        if (findings.setText(audit, item.id, FindingField::Note, note))
            say(QStringLiteral("note %1 %2").arg(item.id).arg(note));
        QTimer::singleShot(0, next);
    };
    QTimer::singleShot(0, next);
    return app.exec();
}
