#pragma once

#include "clauseimport/checklistsheet.h"

#include <QSqlDatabase>

namespace Kansa::ChecklistLayouts {

/// The layouts users chose for their workbooks' checklists, remembered in the settings table
/// ("checklist.layout.<key>") so that the next version of the same form imports without asking.
std::optional<ChecklistLayout> load(QSqlDatabase db, const QString &key);
bool save(QSqlDatabase db, const QString &key, const ChecklistLayout &layout, QString *error = nullptr);
/// The lookup ChecklistSheet::Options::remembered takes.
std::function<std::optional<ChecklistLayout>(const QString &)> lookup(QSqlDatabase db);

} // namespace Kansa::ChecklistLayouts
