#pragma once

#include <QSqlDatabase>
#include <QString>

class QWidget;

/// What the GUI tests share: an audit to work on, and Japanese typed into a widget.
namespace TestFixtures {

/// A new audit of the contractor on the built-in clause set 000, dated 2026-11-22; its id.
qint64 newAudit(QSqlDatabase db, const QString &contractor, const QString &leadInspector = {});

/// Japanese text as an input method commits it (QTest::keyClicks types Latin-1 only).
void typeJapanese(QWidget *widget, const QString &text);

} // namespace TestFixtures
