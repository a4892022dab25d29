#pragma once

#include <functional>

#include "audits/checkitem.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Kansa {

/// What is incomplete in a checklist about to be signed (signing cannot be undone without
/// voiding the signatures): scored items without a verdict, non-conformities without 不適合の
/// 内容 or 求める改善, observations without text. The inspector may still sign.
class SigningChecks
{
public:
    enum class Gap { NoVerdict, NoProblem, NoImprovement, EmptyObservation };

    struct Warning
    {
        qint64 checkItemId = 0;
        QString reference; // 第３ (1)
        Gap gap = Gap::NoVerdict;
        /// "第３ (1): no verdict", in the user's language.
        QString text() const;
    };

    /// Each warning names its item as the documents cite it (第１２第２項), in the digits
    /// inDigits gives (the documents' setting; unchanged without it).
    static QList<Warning> find(const QList<CheckItem> &items, const QHash<qint64, Finding> &findings,
        const std::function<QString(const QString &)> &inDigits = {});
    /// One line per warning, at most maxLines, then "… and N more".
    static QString summary(const QList<Warning> &warnings, int maxLines = 12);
};

} // namespace Kansa
