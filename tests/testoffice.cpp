#include "testoffice.h"

#include <zip.h>

namespace TestOffice {

QByteArray zip(const Parts &parts, bool store)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_source_keep(buffer);
    QList<QByteArray> kept; // libzip reads the data when the archive is closed
    for (const auto &[name, data] : parts) {
        kept.append(data);
        zip_source_t *s = zip_source_buffer(archive, kept.last().constData(), zip_uint64_t(kept.last().size()), 0);
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), s, ZIP_FL_OVERWRITE);
        if (store)
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    zip_close(archive);
    QByteArray out;
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    out.resize(qsizetype(size));
    zip_source_read(buffer, out.data(), zip_uint64_t(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

namespace {

QString columnName(int c)
{
    QString name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return name;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray xlsx(const QString &sheetName, const QList<QStringList> &rows, const QStringList &merges, const QList<double> &heights)
{
    QStringList strings;
    QString sheetData;
    for (int r = 0; r < rows.size(); ++r) {
        const double height = r < heights.size() ? heights.at(r) : 0;
        sheetData += QStringLiteral("<row r=\"%1\"%2>").arg(r + 1).arg(height > 0
            ? QStringLiteral(" ht=\"%1\" customHeight=\"1\"").arg(height) : QString());
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString &value = rows.at(r).at(c);
            if (value.isEmpty())
                continue;
            const QString ref = columnName(c) + QString::number(r + 1);
            bool number = false;
            value.toInt(&number);
            if (number) {
                sheetData += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, value);
                continue;
            }
            qsizetype index = strings.indexOf(value);
            if (index < 0) {
                index = strings.size();
                strings << value;
            }
            sheetData += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(index);
        }
        sheetData += QStringLiteral("</row>");
    }
    QString mergeXml;
    if (!merges.isEmpty()) {
        mergeXml = QStringLiteral("<mergeCells count=\"%1\">").arg(merges.size());
        for (const QString &m : merges)
            mergeXml += QStringLiteral("<mergeCell ref=\"%1\"/>").arg(m);
        mergeXml += QStringLiteral("</mergeCells>");
    }
    QString shared = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%1\" uniqueCount=\"%1\">").arg(strings.size());
    for (const QString &s : std::as_const(strings))
        shared += QStringLiteral("<si><t>%1</t></si>").arg(escaped(s));
    shared += QStringLiteral("</sst>");
    const QString main = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QString rel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    const Parts parts {
        { QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            "</Types>" },
        { QStringLiteral("_rels/.rels"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rId1\" Type=\"%1/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                .arg(rel)
                .toUtf8() },
        { QStringLiteral("xl/workbook.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"%1\" xmlns:r=\"%2\"><sheets>"
                           "<sheet name=\"%3\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .arg(main, rel, escaped(sheetName))
                .toUtf8() },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rId1\" Type=\"%1/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                           "<Relationship Id=\"rId2\" Type=\"%1/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")
                .arg(rel)
                .toUtf8() },
        { QStringLiteral("xl/worksheets/sheet1.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"%1\" xmlns:r=\"%2\"><sheetData>%3</sheetData>%4</worksheet>")
                .arg(main, rel, sheetData, mergeXml)
                .toUtf8() },
        { QStringLiteral("xl/sharedStrings.xml"), shared.toUtf8() },
    };
    return zip(parts);
}

QByteArray docx(const QString &bodyXml, const QString &numberingXml, const QString &stylesXml)
{
    const QString ns = QStringLiteral(
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"");
    Parts parts {
        { QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
            "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>" },
        { QStringLiteral("word/document.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document %1><w:body>%2"
                           "<w:sectPr/></w:body></w:document>")
                .arg(ns, bodyXml)
                .toUtf8() },
    };
    if (!numberingXml.isEmpty())
        parts.append({ QStringLiteral("word/numbering.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering %1>%2</w:numbering>")
                .arg(ns, numberingXml)
                .toUtf8() });
    if (!stylesXml.isEmpty())
        parts.append({ QStringLiteral("word/styles.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles %1>%2</w:styles>")
                .arg(ns, stylesXml)
                .toUtf8() });
    return zip(parts);
}

QByteArray odt(const QString &textXml, const QString &automaticStyles, const QString &stylesXml)
{
    const QString ns = QStringLiteral(
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" office:version=\"1.3\"");
    return zip({
        { QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text" },
        { QStringLiteral("content.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content %1>"
                           "<office:automatic-styles>%2</office:automatic-styles><office:body>"
                           "<office:text>%3</office:text></office:body></office:document-content>")
                .arg(ns, automaticStyles, textXml)
                .toUtf8() },
        { QStringLiteral("styles.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles %1>"
                           "<office:styles>%2</office:styles></office:document-styles>")
                .arg(ns, stylesXml)
                .toUtf8() },
    });
}

QString wordParagraph(const QString &text, int numId, int ilvl)
{
    const QString numPr = numId > 0
        ? QStringLiteral("<w:pPr><w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr></w:pPr>")
              .arg(ilvl)
              .arg(numId)
        : QString();
    return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>").arg(numPr, text);
}

} // namespace TestOffice
