# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 GCC, posix thread model (the one
# std::thread and Qt need). The libraries Kansa links are built from Debian's sources into
# KANSA_WINDOWS_PREFIX (installer/windows/deps.sh); only they and MinGW's own are looked for.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_AR x86_64-w64-mingw32-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB x86_64-w64-mingw32-gcc-ranlib-posix CACHE FILEPATH "")

if(DEFINED ENV{KANSA_WINDOWS_PREFIX})
    set(KANSA_WINDOWS_PREFIX "$ENV{KANSA_WINDOWS_PREFIX}" CACHE PATH "The Windows libraries")
endif()
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 ${KANSA_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config finds the Windows libraries' .pc files only.
set(ENV{PKG_CONFIG_LIBDIR} "${KANSA_WINDOWS_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
# Libraries a .pc file names bare (-lz) are found among the Windows libraries.
if(KANSA_WINDOWS_PREFIX)
    foreach(kind EXE SHARED MODULE)
        set(CMAKE_${kind}_LINKER_FLAGS_INIT "-L${KANSA_WINDOWS_PREFIX}/lib")
    endforeach()
endif()
