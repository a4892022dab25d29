# One INTERFACE target carries the warnings and Qt strictness macros; every target links it.
add_library(kansa_build_settings INTERFACE)
target_compile_options(kansa_build_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
if(KANSA_WERROR)
    target_compile_options(kansa_build_settings INTERFACE -Werror)
endif()
target_compile_definitions(kansa_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    KANSA_VERSION="${PROJECT_VERSION}")

# Fuzzing builds instrument every Kansa target for coverage and AddressSanitizer.
if(KANSA_FUZZ)
    target_compile_options(kansa_build_settings INTERFACE -fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer)
    target_link_options(kansa_build_settings INTERFACE -fsanitize=address)
endif()
