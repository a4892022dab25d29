#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

/// Office packages made in memory for the import tests (libzip writes them).
namespace TestOffice {

using Parts = QList<std::pair<QString, QByteArray>>;

/// A zip of the parts, deflated; stored (not compressed) when store is true.
QByteArray zip(const Parts &parts, bool store = false);

/// A .docx whose body holds bodyXml (w:p … elements), with numbering.xml and styles.xml when
/// given (their whole XML).
QByteArray docx(const QString &bodyXml, const QString &numberingXml = {}, const QString &stylesXml = {});

/// An .odt whose office:text holds textXml, with automatic styles (text:list-style …) in
/// content.xml and stylesXml (office:styles content) in styles.xml.
QByteArray odt(const QString &textXml, const QString &automaticStyles = {}, const QString &stylesXml = {});

/// An .xlsx of one sheet named sheetName: rows of cells (text as shared strings, whole numbers as
/// numbers), merged ranges ("B3:B5"), row heights in points (0: the default) per row.
QByteArray xlsx(const QString &sheetName, const QList<QStringList> &rows, const QStringList &merges = {},
    const QList<double> &heights = {});

/// <w:p> with the text, numbered (numId, ilvl) when numId > 0.
QString wordParagraph(const QString &text, int numId = 0, int ilvl = 0);

} // namespace TestOffice
