#include "clauseimport/obligationclassifier.h"

#include "text/textnormalizer.h"
#include "text/unicodepattern.h"

#include <algorithm>

namespace Kansa::ObligationClassifier {

namespace {

enum class Party { None, Contractor, Client };

QString withoutClosers(QString sentence)
{
    while (!sentence.isEmpty() && QStringLiteral("」』）)　 ").contains(sentence.back()))
        sentence.chop(1);
    return sentence;
}

bool obligingPredicate(const QString &sentence)
{
    // What the contractor may not do (…ことができない, …ことはできない, 拒むことができない) and
    // what it answers for (責任を負う) oblige as much as …してはならない; a permission granted
    // only within a limit (…の場合に限り、…できる) is a restriction.
    static const QRegularExpression restriction = unicodePattern(QStringLiteral(R"(に限り、.*できる$)"));
    if (restriction.match(sentence).hasMatch())
        return true;
    // A duty inside a longer sentence: 「…漏らしてはならず、契約終了後も同様とする」.
    static const QRegularExpression inside = unicodePattern(QStringLiteral(R"((てはならず|なければならず|ねばならず)、)"));
    if (inside.match(sentence).hasMatch())
        return true;
    static const QRegularExpression permission = unicodePattern(QStringLiteral(
        R"((できる|できるものとする|差し支えない|この限りでない|妨げない|限りではない)$)"));
    static const QRegularExpression obliging = unicodePattern(QStringLiteral(
        R"((なければならない|ねばならない|てはならない|ではならない|ものとする|ものとします|こと|義務を負う|努める|しなければなりません|してはなりません|できない|できません|(責任|責め)を負う|(責任|責め)を負うものとする|を要する|を要するものとする|許されない|禁止する|いけない|必要がある|必要とする|必要である|ものではない|(責任|責め)を免れない|義務がある|義務を有する|遵守する|従う|行う|報告する|提出する|返還する|廃棄する|講じる|講ずる|保管する|管理する|実施する|確保する|徹底する)$)"));
    return !permission.match(sentence).hasMatch() && obliging.match(sentence).hasMatch();
}

/// A subject-less sentence that requires something (…しなければならない, …の承諾を要する) is
/// the contractor's duty: the client's acts are written with the client named.
bool requiringWithoutSubject(const QString &sentence)
{
    static const QRegularExpression requiring = unicodePattern(QStringLiteral(
        R"((なければならない|ねばならない|てはならない|ではならない|を要する|を要するものとする|が必要である|を必要とする)$)"));
    return requiring.match(sentence).hasMatch();
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

/// The party a phrase before は or が names: the party word it ends with (乙の従事者, 受注者等,
/// 受注者において, 従事者であった者 and 甲の承諾を得た乙 are the contractor); none where the
/// phrase ends otherwise (「…開示して」は, 「…場合」は).
Party partyIn(const QString &phrase)
{
    static const QRegularExpression party = unicodePattern(QStringLiteral(
        R"((受託事業者|受託業者|受託者|受注者|受任者|請負者|指定管理者|事業者|契約の相手方|相手方|再委託先|委託先|業務従事者|従事者|従業者|従業員|作業者|作業員|委託者|発注者|監督職員|監督員|市長|知事|本市|本県|本町|本村|当市|当県|(?<!甲)乙|甲(?!乙)|^[市県町村区])(?:等|において|にあって|であった者|に)?$)"));
    static const QStringList client = { QStringLiteral("委託者"), QStringLiteral("発注者"), QStringLiteral("監督職員"),
        QStringLiteral("監督員"), QStringLiteral("市長"), QStringLiteral("知事"), QStringLiteral("本市"), QStringLiteral("本県"),
        QStringLiteral("本町"), QStringLiteral("本村"), QStringLiteral("当市"), QStringLiteral("当県"), QStringLiteral("甲"),
        QStringLiteral("市"), QStringLiteral("県"), QStringLiteral("町"), QStringLiteral("村"), QStringLiteral("区") };
    const auto m = party.match(phrase);
    if (!m.hasMatch())
        return Party::None;
    return client.contains(m.captured(1)) ? Party::Client : Party::Contractor;
}

/// The main subject: the party of the last phrase marked with は (the topic); failing that,
/// with が. A sentence whose topic is not a party (「この特記事項は、…定めるものとする」, a
/// purpose) has none, whatever party a clause inside it names with が. namesParty: whether any
/// phrase before は or が is a party's (or the document's).
Party subjectOf(const QString &sentence, bool *namesParty)
{
    static const QRegularExpression otherTopic = unicodePattern(QStringLiteral(
        R"(^(?:この|本|当該)?(?:特記事項|特約条項|仕様書|契約|規程|要領|基準|規定|条項|定め)(?:において)?は)"));
    const bool documentTopic = otherTopic.match(sentence).hasMatch();
    static const QRegularExpression phrase = unicodePattern(QStringLiteral(R"(([^、。はが]{1,30})(は|が))"));
    Party lastTopic = Party::None, lastSubject = Party::None;
    auto it = phrase.globalMatch(sentence);
    while (it.hasNext()) {
        const auto m = it.next();
        const Party p = partyIn(m.captured(1));
        if (p == Party::None)
            continue;
        if (m.capturedView(2) == u"は")
            lastTopic = p;
        else
            lastSubject = p;
    }
    *namesParty = documentTopic || lastTopic != Party::None || lastSubject != Party::None;
    if (lastTopic != Party::None)
        return lastTopic;
    return documentTopic ? Party::None : lastSubject;
}

} // namespace

bool isObligation(const QString &text)
{
    for (const QString &raw : sentencesOf(text)) {
        const QString sentence = withoutClosers(TextNormalizer::trimmed(raw));
        bool namesParty = false;
        const Party subject = subjectOf(sentence, &namesParty);
        if (obligingPredicate(sentence) && subject == Party::Contractor)
            return true;
        if (!namesParty && requiringWithoutSubject(sentence))
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
