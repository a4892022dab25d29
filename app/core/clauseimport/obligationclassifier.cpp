#include "clauseimport/obligationclassifier.h"

#include "text/textnormalizer.h"
#include "text/unicodepattern.h"

#include <algorithm>

namespace Kansa::ObligationClassifier {

namespace {

enum class Party { None, Contractor, Client };

bool obligingPredicate(QString sentence)
{
    while (!sentence.isEmpty() && QStringLiteral("」』）)　 ").contains(sentence.back()))
        sentence.chop(1);
    static const QRegularExpression permission = unicodePattern(QStringLiteral(
        R"((できる|できるものとする|差し支えない|この限りでない|妨げない|限りではない)$)"));
    static const QRegularExpression obliging = unicodePattern(QStringLiteral(
        R"((なければならない|ねばならない|てはならない|ではならない|ものとする|ものとします|こと|義務を負う|努める|しなければなりません|してはなりません)$)"));
    return !permission.match(sentence).hasMatch() && obliging.match(sentence).hasMatch();
}

Party partyOf(const QString &word)
{
    static const QStringList contractor
        = { QStringLiteral("受託者"), QStringLiteral("受注者"), QStringLiteral("乙") };
    return contractor.contains(word) ? Party::Contractor : Party::Client;
}

/// The sentences of a text, split at 。 outside brackets, with bracketed asides dropped: an
/// inline definition （以下「管理責任者」という。） neither ends the sentence nor names its subject.
QStringList sentencesOf(const QString &text)
{
    static const QString open = QStringLiteral("（(「『【"), close = QStringLiteral("）)」』】");
    QStringList out;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (open.contains(c)) {
            ++depth;
            continue;
        }
        if (close.contains(c)) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (depth > 0)
            continue;
        if (c == u'。') {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    out.removeIf([](const QString &s) { return TextNormalizer::trimmed(s).isEmpty(); });
    return out;
}

/// The main subject: the last party marked with は (the topic); failing that, the last with が.
/// A sentence whose topic is not a party (「この特記事項は、…定めるものとする」, a purpose) has
/// none, whatever party a clause inside it names with が.
Party subjectOf(const QString &sentence)
{
    static const QRegularExpression otherTopic = unicodePattern(QStringLiteral(
        R"(^(?:この|本|当該)?(?:特記事項|特約条項|仕様書|契約|規程|要領|基準|規定|条項|定め)(?:において)?は)"));
    const bool documentTopic = otherTopic.match(sentence).hasMatch();
    static const QRegularExpression topic = unicodePattern(QStringLiteral(
        R"((受託者|受注者|委託者|発注者|(?<![甲乙])乙|(?<![甲乙])甲)(?:及び[^、。はが]{1,20})?(は|が))"));
    Party lastTopic = Party::None, lastSubject = Party::None;
    auto it = topic.globalMatch(sentence);
    while (it.hasNext()) {
        const auto m = it.next();
        const Party p = partyOf(m.captured(1));
        if (m.capturedView(2) == u"は")
            lastTopic = p;
        else
            lastSubject = p;
    }
    if (lastTopic != Party::None)
        return lastTopic;
    return documentTopic ? Party::None : lastSubject;
}

} // namespace

bool isObligation(const QString &text)
{
    for (const QString &raw : sentencesOf(text)) {
        const QString sentence = TextNormalizer::trimmed(raw);
        if (obligingPredicate(sentence) && subjectOf(sentence) == Party::Contractor)
            return true;
    }
    return false;
}

bool isObligation(const Paragraph &paragraph)
{
    if (isObligation(paragraph.text))
        return true;
    if (!TextNormalizer::trimmed(paragraph.text).isEmpty())
        return false;
    for (const ClauseItem &item : paragraph.items)
        if (isObligation(item.text))
            return true;
    return false;
}

} // namespace Kansa::ObligationClassifier
