#pragma once

#include <QString>

/// Writes test PDFs the way office software does: Japanese text in IPAex Mincho, lines wrapped
/// mid-sentence at a fixed width, page numbers "- n -" at the foot of each page.
namespace TestPdf {

bool writeText(const QString &text, const QString &path, int charsPerLine = 38);
bool writeImageOnly(const QString &path); // a "scan": no text layer

} // namespace TestPdf
