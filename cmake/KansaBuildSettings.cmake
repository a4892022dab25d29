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

# kansa_use_version(TARGET): the header kansaversion.h (KANSA_VERSION_FULL: the version and the commit),
# brought up to date on every build; the programs' --version and About box say it.
include(${CMAKE_CURRENT_LIST_DIR}/KansaVersion.cmake)
set(KANSA_VERSION_HEADER ${CMAKE_BINARY_DIR}/generated/kansaversion.h)
add_custom_target(kansa_version_header
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DVERSION=${PROJECT_VERSION}
            -DOUT=${KANSA_VERSION_HEADER} -P ${CMAKE_CURRENT_LIST_DIR}/KansaVersion.cmake
    BYPRODUCTS ${KANSA_VERSION_HEADER}
    COMMENT "Version and commit" VERBATIM)
function(kansa_use_version target)
    target_include_directories(${target} PRIVATE ${CMAKE_BINARY_DIR}/generated)
    add_dependencies(${target} kansa_version_header)
endfunction()
