#pragma once

#include <QCoreApplication>

namespace Kansa::Fuzz {

/// What every fuzz target needs before its first input: a Qt application (offscreen, for the
/// image plugins), and Qt's messages silenced, since decoders and parsers complain about every
/// mutated input and only libFuzzer's own output matters.
inline void startApplication(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    static QCoreApplication app(*argc, *argv);
}

} // namespace Kansa::Fuzz
