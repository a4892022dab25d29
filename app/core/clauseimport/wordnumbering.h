#pragma once

#include "clauseimport/listnumbering.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace Kansa {

/// Word's automatic numbering (numbering.xml): the labels Word shows before numbered
/// paragraphs (「第１条」, 「(1)」) although they are not in the paragraphs' text. Counters run as
/// Word runs them: lists sharing an abstract definition continue each other unless a list
/// overrides its start; a level restarts when a level above it is used (w:lvlRestart).
class WordNumbering
{
public:
    struct Level
    {
        int start = 1;
        ListNumbering::Format format = ListNumbering::Format::Decimal;
        QString text; // w:lvlText, %1 … %9 for the levels' numbers
        int restartAfter = -1; // w:lvlRestart: -1 the level above (default), 0 never, n level n
        QString suffix = QStringLiteral(" "); // tab and space read as a space, nothing as ""
    };

    /// Reads numbering.xml; false when the XML is malformed (the document is then damaged).
    bool read(const QByteArray &xml);

    /// The label of the next paragraph numbered (numId, ilvl), with its suffix; advances the
    /// counters. Empty for an unknown list, a bullet or numId 0.
    QString next(int numId, int ilvl);

private:
    struct Abstract
    {
        std::array<Level, 9> levels;
    };
    struct Num
    {
        int abstractId = -1;
        QHash<int, int> startOverride; // ilvl → start
        QHash<int, Level> levelOverride; // ilvl → w:lvl in a w:lvlOverride
    };
    struct Counters
    {
        std::array<int, 9> value {};
        std::array<bool, 9> used {};
    };
    Level levelOf(const Num &num, int ilvl) const;

    QHash<int, Abstract> m_abstracts;
    QHash<int, Num> m_nums;
    QHash<QString, Counters> m_counters; // by abstract id, or by num id when it overrides a start
};

} // namespace Kansa
