#pragma once

#include "clauses/clauseset.h"

#include <QJsonObject>

#include <optional>

namespace Kansa::ClauseSetJson {

/// The scripting shape of `kansa-cli clauses parse --json` and `clauses show --json`.
QJsonObject toJson(const ClauseDocument &document);

/// A structure in that shape, as a user corrected it, checked: a title; at least one article;
/// every article a number and at least one paragraph; every paragraph a text or items; every
/// item a label and a text; obligation true or false. Ordinals are given by position. On a
/// fault, nothing and *error naming the place ("articles[3].paragraphs[1]: …").
std::optional<ClauseDocument> fromJson(const QJsonObject &json, QString *error);

} // namespace Kansa::ClauseSetJson
