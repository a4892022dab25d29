#include "clausediffdialog.h"

#include "clauses/clausediff.h"
#include "windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Kansa {

namespace {

QString setLabel(const ClauseSet &s)
{
    QString label = QStringLiteral("%1: %2").arg(s.id).arg(s.document.title);
    if (!s.document.edition.isEmpty())
        label += u' ' + s.document.edition;
    if (s.predecessorId)
        label += ClauseDiffDialog::tr(" (corrects %1)").arg(s.predecessorId);
    return label;
}

QString segmentsHtml(const QList<ClauseDiff::Segment> &segments)
{
    QString h;
    for (const ClauseDiff::Segment &g : segments) {
        const QString text = g.text.toHtmlEscaped();
        if (g.type == ClauseDiff::Segment::Same)
            h += text;
        else if (g.type == ClauseDiff::Segment::Removed)
            h += QStringLiteral("<span style='color:#b01c1c; text-decoration:line-through; background:#fbe3e3'>")
                + text + QStringLiteral("</span>");
        else
            h += QStringLiteral("<span style='color:#17652b; text-decoration:underline; background:#dff3e4'>")
                + text + QStringLiteral("</span>");
    }
    return h;
}

QString kindText(ClauseDiff::Kind k)
{
    switch (k) {
    case ClauseDiff::Kind::Added: return ClauseDiffDialog::tr("added");
    case ClauseDiff::Kind::Removed: return ClauseDiffDialog::tr("removed");
    case ClauseDiff::Kind::Renumbered: return ClauseDiffDialog::tr("renumbered");
    case ClauseDiff::Kind::Changed: return ClauseDiffDialog::tr("changed");
    }
    return {};
}

} // namespace

ClauseDiffDialog::ClauseDiffDialog(QList<ClauseSet> sets, qint64 oldId, qint64 newId, QWidget *parent)
    : QDialog(parent)
    , m_sets(std::move(sets))
    , m_old(new QComboBox(this))
    , m_new(new QComboBox(this))
    , m_view(new QTextBrowser(this))
{
    setWindowTitle(tr("Compare clause sets"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Earlier version"), m_old);
    form->addRow(tr("&Later version"), m_new);
    for (const ClauseSet &s : std::as_const(m_sets)) {
        m_old->addItem(setLabel(s), s.id);
        m_new->addItem(setLabel(s), s.id);
    }
    m_old->setCurrentIndex(std::max(0, m_old->findData(oldId)));
    m_new->setCurrentIndex(std::max(0, m_new->findData(newId)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_old, &QComboBox::currentIndexChanged, this, &ClauseDiffDialog::compare);
    connect(m_new, &QComboBox::currentIndexChanged, this, &ClauseDiffDialog::compare);
    compare();
    WindowGeometry::restore(this, QStringLiteral("window/clauseDiff"), QSize(900, 640));
}

void ClauseDiffDialog::compare()
{
    const ClauseSet &a = m_sets.at(std::max(0, m_old->currentIndex()));
    const ClauseSet &b = m_sets.at(std::max(0, m_new->currentIndex()));
    m_view->setHtml(html(a.document, b.document));
}

QString ClauseDiffDialog::html(const ClauseDocument &oldDocument, const ClauseDocument &newDocument)
{
    const QList<ClauseDiff::ArticleChange> changes = ClauseDiff::compare(oldDocument, newDocument);
    QString h = QStringLiteral("<html><body style='line-height:150%'>");
    int appeared = 0, disappeared = 0;
    for (const ClauseDiff::ArticleChange &c : changes)
        for (const ClauseDiff::ParagraphChange &p : c.paragraphs)
            if (p.obligation > 0)
                ++appeared;
            else if (p.obligation < 0)
                ++disappeared;
    if (changes.isEmpty()) {
        h += QStringLiteral("<p>") + tr("No differences: the two versions have the same articles, paragraphs and obligations.") + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<p>") + tr("%n article(s) differ.", nullptr, int(changes.size()));
        if (appeared || disappeared)
            h += u' ' + tr("Obligations: %1 appeared, %2 disappeared.").arg(appeared).arg(disappeared);
        h += QStringLiteral("</p>");
    }
    for (const ClauseDiff::ArticleChange &c : changes) {
        const QString number = c.oldNumber.isEmpty() ? c.newNumber
            : c.newNumber.isEmpty() || c.newNumber == c.oldNumber ? c.oldNumber
                                                                  : c.oldNumber + QStringLiteral(" → ") + c.newNumber;
        const QString colour = c.kind == ClauseDiff::Kind::Added ? QStringLiteral("#17652b")
            : c.kind == ClauseDiff::Kind::Removed              ? QStringLiteral("#b01c1c")
                                                               : QStringLiteral("#1d3f73");
        h += QStringLiteral("<h3 style='margin-bottom:2px'>%1%2 <span style='color:%3; font-weight:normal'>［%4］</span></h3>")
                 .arg(number.toHtmlEscaped(),
                     c.heading.isEmpty() ? QString() : QStringLiteral("（") + c.heading.toHtmlEscaped() + QStringLiteral("）"),
                     colour, kindText(c.kind));
        for (const ClauseDiff::ParagraphChange &p : c.paragraphs) {
            h += QStringLiteral("<p style='margin-left:1.5em; margin-top:2px'><b>")
                + tr("Paragraph %1").arg(p.newOrdinal ? p.newOrdinal : p.oldOrdinal) + QStringLiteral("</b>");
            if (p.kind != ClauseDiff::Kind::Changed)
                h += QStringLiteral(" ［") + kindText(p.kind) + QStringLiteral("］");
            if (p.obligation)
                h += QStringLiteral(" <span style='color:#8a5a00'>")
                    + (p.obligation > 0 ? tr("obligation appeared") : tr("obligation disappeared"))
                    + QStringLiteral("</span>");
            h += QStringLiteral("<br>") + segmentsHtml(p.segments) + QStringLiteral("</p>");
        }
    }
    return h + QStringLiteral("</body></html>");
}

} // namespace Kansa
