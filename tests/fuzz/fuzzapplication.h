#pragma once

#include <QGuiApplication>

namespace Kansa::Fuzz {

/// What every fuzz target needs before its first input: a Qt application (offscreen, for the
/// image plugins), and Qt's messages silenced, since decoders and parsers complain about every
/// mutated input and only libFuzzer's own output matters. A target that draws text (fonts)
/// asks for a GUI application.
inline void startApplication(int *argc, char ***argv, bool drawsText = false)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    if (drawsText) {
        static QGuiApplication app(*argc, *argv);
    } else {
        static QCoreApplication app(*argc, *argv);
    }
}

} // namespace Kansa::Fuzz
