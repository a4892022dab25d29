# Sourced by ./dev: the Windows libraries Kansa links, built from Debian's own source packages
# with Debian's MinGW-w64 cross compiler into a cache outside the checkout.
#
#   $KANSA_WINDOWS_CACHE (default ~/.cache/kansa-windows)
#     src/      the source packages as apt-get source fetched and unpacked them
#     prefix/   the built libraries (bin/*.dll, lib/, include/, Qt's plugins)
#     stamps/   one file per library: its Debian version and a hash of its recipe below
#
# A library is rebuilt when its version or its recipe changes, and only then; everything else
# is reused. The first run takes long (Qt: about 1,200 steps) and shows each library's progress.

WINDOWS_CACHE=${KANSA_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kansa-windows}
WINDOWS_PREFIX=$WINDOWS_CACHE/prefix
WINDOWS_TOOLCHAIN=$PWD/installer/windows/mingw-w64-x86_64.cmake
WINDOWS_HOST=x86_64-w64-mingw32
WINDOWS_PACKAGES=(
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-tools
    dpkg-dev nasm perl tcl autoconf automake libtool wine64 nsis msitools
)

# The libraries in build order: Debian source package, then the recipe function.
WINDOWS_LIBRARIES=(
    "zlib:windows_zlib"
    "libpng1.6:windows_libpng"
    "libjpeg-turbo:windows_libjpeg"
    "freetype:windows_freetype"
    "sqlite3:windows_sqlite"
    "openssl:windows_openssl"
    "libsodium:windows_libsodium"
    "libzip:windows_libzip"
    "libxlsxwriter:windows_xlsxwriter"
    "qrencode:windows_qrencode"
    "qt6-base:windows_qtbase"
    "poppler:windows_poppler"
    "libwebp:windows_libwebp"
    "qt6-imageformats:windows_qtimageformats"
)

# deb-src entries for the archive the machine already uses, so apt-get source works.
windows_ensure_deb_src() {
    local list=/etc/apt/sources.list.d/kansa-deb-src.sources
    if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        say "Adding deb-src entries ($list) so that apt-get source works"
        local sudo=()
        ((EUID != 0)) && sudo=(sudo)
        sed -e 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | "${sudo[@]}" tee "$list" >/dev/null
        "${sudo[@]}" apt-get update -q
    fi
}

# The unpacked source of a Debian source package; its folder on stdout. The version the host's
# own build uses is tried first, then every other version the archive lists; a mirror that lacks
# a version's Debian diff gets its upstream tarball unpacked as it is (said so).
windows_source() {
    local package=$1 dir=$WINDOWS_CACHE/src
    mkdir -p "$dir"
    local existing
    existing=$(find "$dir" -maxdepth 1 -type d -name "${package}-[0-9]*" | sort | tail -1)
    if [[ -n $existing ]]; then
        echo "$existing"
        return 0
    fi
    local versions
    versions=$(apt-cache showsrc "$package" | sed -n 's/^Version: //p' | sort -rV | uniq)
    (
        cd "$dir"
        for v in $versions; do
            if apt-get source -q --download-only "$package=$v" >/dev/null 2>&1; then
                dpkg-source -x "$(ls ${package}_${v#*:}.dsc)" >/dev/null
                exit 0
            fi
        done
        for tarball in ${package}_*.orig.tar.*; do
            [[ -f $tarball ]] || continue
            echo "note: $package: only the upstream tarball $tarball is on this mirror" >&2
            local upstream=${tarball#${package}_}
            upstream=${upstream%.orig.tar.*}
            mkdir -p "${package}-${upstream}" && tar -xf "$tarball" -C "${package}-${upstream}" --strip-components=1
            exit 0
        done
        echo "The source of $package is not in the archive." >&2
        exit 1
    ) >&2 || return 1
    find "$dir" -maxdepth 1 -type d -name "${package}-[0-9]*" | sort | tail -1
}

windows_cmake() { # SOURCE BUILD [cmake options]
    local src=$1 build=$2
    shift 2
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$WINDOWS_TOOLCHAIN" -DKANSA_WINDOWS_PREFIX="$WINDOWS_PREFIX" \
        -DCMAKE_INSTALL_PREFIX="$WINDOWS_PREFIX" -DCMAKE_PREFIX_PATH="$WINDOWS_PREFIX" "$@" >"$build.log" 2>&1 ||
        { tail -30 "$build.log"; return 1; }
    cmake --build "$build" --parallel "$(nproc)" && cmake --install "$build" >/dev/null
}

windows_autotools_env() {
    export CC=$WINDOWS_HOST-gcc-posix CXX=$WINDOWS_HOST-g++-posix AR=$WINDOWS_HOST-gcc-ar-posix \
        RANLIB=$WINDOWS_HOST-gcc-ranlib-posix RC=$WINDOWS_HOST-windres WINDRES=$WINDOWS_HOST-windres \
        PKG_CONFIG_LIBDIR=$WINDOWS_PREFIX/lib/pkgconfig
}

windows_zlib() {
    # Debian's source (dfsg) leaves out win32/, which CMake names for the DLL's resources.
    if [[ ! -f $1/win32/zlib1.rc ]]; then
        mkdir -p "$1/win32"
        printf '#include <winver.h>\n1 VERSIONINFO\nFILEVERSION 1,2,13,0\nBEGIN\nEND\n' >"$1/win32/zlib1.rc"
    fi
    windows_cmake "$1" "$2" -DBUILD_SHARED_LIBS=ON -DZLIB_BUILD_EXAMPLES=OFF &&
        ln -sf libzlib.dll.a "$WINDOWS_PREFIX/lib/libz.dll.a" # what -lz (other libraries' .pc files) finds
}

windows_libpng() {
    windows_cmake "$1" "$2" -DPNG_SHARED=ON -DPNG_STATIC=OFF -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF -DPNG_TOOLS=OFF
}

windows_libjpeg() {
    windows_cmake "$1" "$2" -DENABLE_SHARED=ON -DENABLE_STATIC=OFF -DWITH_TURBOJPEG=OFF -DWITH_SIMD=ON \
        -DCMAKE_ASM_NASM_COMPILER=nasm
}

windows_freetype() {
    windows_cmake "$1" "$2" -DBUILD_SHARED_LIBS=ON -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_HARFBUZZ=ON \
        -DFT_DISABLE_BROTLI=ON -DFT_REQUIRE_ZLIB=ON -DFT_REQUIRE_PNG=ON
}

# SQLite with FTS5 (Kansa's search), as one DLL from the amalgamation the source tree generates.
windows_sqlite() {
    local src=$1 build=$2
    mkdir -p "$build"
    (cd "$build" && "$src/configure" >configure.log 2>&1 && make sqlite3.c >make.log 2>&1) ||
        { tail -20 "$build"/*.log; return 1; }
    local flags=(-O2 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_THREADSAFE=1
        -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_SECURE_DELETE -DSQLITE_MAX_VARIABLE_NUMBER=250000
        "-DSQLITE_API=__declspec(dllexport)")
    $WINDOWS_HOST-gcc-posix "${flags[@]}" -shared "$build/sqlite3.c" -o "$build/sqlite3.dll" \
        -Wl,--out-implib,"$build/libsqlite3.dll.a"
    mkdir -p "$WINDOWS_PREFIX"/{bin,lib/pkgconfig,include}
    cp "$build/sqlite3.dll" "$WINDOWS_PREFIX/bin/"
    cp "$build/libsqlite3.dll.a" "$WINDOWS_PREFIX/lib/"
    cp "$build/sqlite3.h" "$src/src/sqlite3ext.h" "$WINDOWS_PREFIX/include/" 2>/dev/null ||
        cp "$build/sqlite3.h" "$WINDOWS_PREFIX/include/"
    local version
    version=$(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' "$build/sqlite3.h")
    cat >"$WINDOWS_PREFIX/lib/pkgconfig/sqlite3.pc" <<PC
prefix=$WINDOWS_PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: SQLite
Description: SQL database engine (FTS5)
Version: $version
Libs: -L\${libdir} -lsqlite3
Cflags: -I\${includedir}
PC
}

windows_openssl() {
    local src=$1 build=$2
    mkdir -p "$build"
    (cd "$build" && "$src/Configure" mingw64 shared no-tests no-engine no-legacy \
        --cross-compile-prefix=$WINDOWS_HOST- --prefix="$WINDOWS_PREFIX" --libdir=lib \
        CC=gcc-posix CXX=g++-posix AR=gcc-ar-posix RANLIB=gcc-ranlib-posix >configure.log 2>&1 &&
        make -j"$(nproc)" build_libs >make.log 2>&1 && make install_dev >install.log 2>&1) ||
        { tail -20 "$build"/*.log; return 1; }
}

windows_libsodium() {
    local src=$1 build=$2
    mkdir -p "$build"
    # Debian's source carries configure.ac only; autoreconf makes the configure script.
    [[ -x $src/configure ]] || (cd "$src" && autoreconf -fi >"$build/autoreconf.log" 2>&1) ||
        { tail -20 "$build/autoreconf.log"; return 1; }
    (windows_autotools_env && cd "$build" &&
        "$src/configure" --host=$WINDOWS_HOST --prefix="$WINDOWS_PREFIX" --disable-static --enable-shared \
            >configure.log 2>&1 && make -j"$(nproc)" >make.log 2>&1 && make install >install.log 2>&1) ||
        { tail -20 "$build"/*.log; return 1; }
}

windows_libzip() {
    windows_cmake "$1" "$2" -DBUILD_SHARED_LIBS=ON -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF -DENABLE_ZSTD=OFF \
        -DENABLE_COMMONCRYPTO=OFF -DENABLE_GNUTLS=OFF -DENABLE_MBEDTLS=OFF -DENABLE_OPENSSL=OFF \
        -DENABLE_WINDOWS_CRYPTO=OFF -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOC=OFF
}

windows_xlsxwriter() {
    windows_cmake "$1" "$2" -DBUILD_SHARED_LIBS=ON -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF
}

windows_qrencode() {
    windows_cmake "$1" "$2" -DBUILD_SHARED_LIBS=ON -DWITH_TOOLS=OFF -DWITH_TESTS=OFF
}

# Qt's base for Windows, with the host's Qt 6.4.2 tools (moc, rcc, uic) from Debian. Only what
# Kansa uses: Core, Gui, Widgets, Sql (SQLite), PrintSupport, Concurrent, Test (no Network, Xml,
# OpenGL, D-Bus); the windows and offscreen platform plugins; JPEG and PNG images. Debian's source
# has no wintab (tablet events off) and no bundled SQLite (ours above, with FTS5).
windows_qtbase() {
    local src=$1 build=$2
    mkdir -p "$build"
    (cd "$build" && "$src/configure" -prefix "$WINDOWS_PREFIX" -release -shared -opensource -confirm-license \
        -nomake examples -nomake tests -xplatform win32-g++ -qt-host-path /usr \
        -system-zlib -system-libpng -system-libjpeg -system-freetype -qt-pcre -qt-harfbuzz -system-sqlite \
        -no-opengl -no-dbus -no-icu -no-fontconfig -no-feature-network -no-feature-xml -no-sql-odbc -no-sql-psql -no-sql-mysql -no-sql-ibase \
        -no-feature-vulkan -no-feature-sql-db2 -no-feature-sql-oci \
        -- -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DCMAKE_TOOLCHAIN_FILE="$WINDOWS_TOOLCHAIN" \
        -DKANSA_WINDOWS_PREFIX="$WINDOWS_PREFIX" -DCMAKE_PREFIX_PATH="$WINDOWS_PREFIX" \
        -DFEATURE_tabletevent=OFF \
        -DBUILD_WITH_PCH=OFF >configure.log 2>&1) || { tail -40 "$build/configure.log"; return 1; }
    cmake --build "$build" --parallel "$(nproc)" && cmake --install "$build" >/dev/null
}

windows_poppler() {
    windows_cmake "$1" "$2" -DENABLE_QT5=OFF -DENABLE_QT6=ON -DENABLE_GLIB=OFF -DENABLE_GOBJECT_INTROSPECTION=OFF \
        -DENABLE_CPP=OFF -DENABLE_UTILS=OFF -DENABLE_LIBOPENJPEG=none -DENABLE_LCMS=OFF -DENABLE_DCTDECODER=libjpeg \
        -DENABLE_LIBCURL=OFF -DENABLE_NSS3=OFF -DENABLE_GPGME=OFF -DENABLE_BOOST=OFF -DENABLE_ZLIB=ON \
        -DWITH_TIFF=OFF -DWITH_Cairo=OFF -DWITH_NSS3=OFF -DFONT_CONFIGURATION=win32 -DBUILD_GTK_TESTS=OFF \
        -DBUILD_QT5_TESTS=OFF -DBUILD_QT6_TESTS=OFF -DBUILD_CPP_TESTS=OFF -DBUILD_MANUAL_TESTS=OFF \
        -DENABLE_UNSTABLE_API_ABI_HEADERS=OFF -DQT_HOST_PATH=/usr -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON
}

# WebP photos (phones save them): libwebp, and Qt's WebP plugin alone from qt6-imageformats.
windows_libwebp() {
    windows_cmake "$1" "$2" -DBUILD_SHARED_LIBS=ON -DWEBP_BUILD_ANIM_UTILS=OFF -DWEBP_BUILD_CWEBP=OFF \
        -DWEBP_BUILD_DWEBP=OFF -DWEBP_BUILD_GIF2WEBP=OFF -DWEBP_BUILD_IMG2WEBP=OFF -DWEBP_BUILD_VWEBP=OFF \
        -DWEBP_BUILD_WEBPINFO=OFF -DWEBP_BUILD_WEBPMUX=OFF -DWEBP_BUILD_EXTRAS=OFF
}

windows_qtimageformats() {
    # libwebp's CMake package finds Threads in the plugin's folder, and Qt 6.4 then fails to make
    # Threads::Threads global there: made global at the top first.
    mkdir -p "$2"
    printf 'find_package(Threads REQUIRED)\nset_property(TARGET Threads::Threads PROPERTY IMPORTED_GLOBAL TRUE)\n' \
        >"$2/threads-global.cmake"
    windows_cmake "$1" "$2" -DCMAKE_PROJECT_INCLUDE="$2/threads-global.cmake" -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DFEATURE_webp=ON -DFEATURE_system_webp=ON -DFEATURE_tiff=OFF -DFEATURE_mng=OFF -DFEATURE_jasper=OFF \
        -DFEATURE_wbmp=OFF -DFEATURE_tga=OFF -DFEATURE_icns=OFF -DFEATURE_macheif=OFF
}

# Every library, built where its version or recipe changed since the last run.
windows_libraries() {
    windows_ensure_deb_src
    mkdir -p "$WINDOWS_CACHE/stamps" "$WINDOWS_CACHE/build" "$WINDOWS_PREFIX"
    local entry package recipe src version stamp want n=0
    for entry in "${WINDOWS_LIBRARIES[@]}"; do
        package=${entry%%:*}
        recipe=${entry#*:}
        n=$((n + 1))
        src=$(windows_source "$package") || return 1
        version=$(basename "$src")
        want="$version $(declare -f "$recipe" | sha256sum | cut -c1-16)"
        stamp=$WINDOWS_CACHE/stamps/$package
        if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
            say "[$n/${#WINDOWS_LIBRARIES[@]}] $version: built already"
            continue
        fi
        say "[$n/${#WINDOWS_LIBRARIES[@]}] $version: building for Windows"
        rm -rf "$WINDOWS_CACHE/build/$package" "$WINDOWS_CACHE/build/$package.log"
        local started=$SECONDS
        "$recipe" "$src" "$WINDOWS_CACHE/build/$package" || { echo "Building $package for Windows failed." >&2; return 1; }
        echo "$want" >"$stamp"
        say "[$n/${#WINDOWS_LIBRARIES[@]}] $version: done in $((SECONDS - started)) s"
    done
}
