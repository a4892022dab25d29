#pragma once

#include <QString>

namespace Kansa::DocumentFonts {

/// Registers Kansa's derived document fonts (Kansa Mincho, Kansa Gothic) with the font database.
/// Looks in KANSA_FONT_DIR, next to the program (../share/kansa/fonts) and in the build tree.
/// Needs a QGuiApplication. Returns false with *error naming the folder searched when the fonts
/// are missing; documents must not silently fall back to a font that breaks text extraction.
bool ensureLoaded(QString *error = nullptr);

/// The families loaded: "Kansa Mincho" and "Kansa Gothic", or the original IPAex families where
/// the files were replaced by the originals (see resources/fonts/README.fonts).
QString mincho();
QString gothic();

} // namespace Kansa::DocumentFonts
