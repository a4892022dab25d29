#pragma once

#include "clauses/clauseset.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace Kansa {

/// Two versions of a clause document compared (第１版 → 第２版): articles and paragraphs added,
/// removed, renumbered or reworded, the changed words marked (struck through in red, added in
/// green), and obligations that appeared or disappeared. Either side can be any stored set.
class ClauseDiffDialog : public QDialog
{
    Q_OBJECT
public:
    ClauseDiffDialog(QList<ClauseSet> sets, qint64 oldId, qint64 newId, QWidget *parent = nullptr);

    /// The comparison shown, as HTML (also for tests).
    static QString html(const ClauseDocument &oldDocument, const ClauseDocument &newDocument);

private:
    void compare();

    QList<ClauseSet> m_sets;
    QComboBox *m_old;
    QComboBox *m_new;
    QTextBrowser *m_view;
};

} // namespace Kansa
