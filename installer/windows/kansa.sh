# Sourced by ./dev after deps.sh: Kansa itself cross-built for Windows against the libraries
# deps.sh built, staged with exactly the DLLs it loads, and packed by NSIS; or its test programs
# run under Wine.

WINDOWS_BUILD=build-windows
WINDOWS_MINGW_DIRS=(/usr/lib/gcc/x86_64-w64-mingw32/12-posix /usr/x86_64-w64-mingw32/lib)
WINE=${WINE:-/usr/lib/wine/wine64}

windows_kansa() { # [ON|OFF: the test programs too]
    local tests=${1:-OFF}
    if [[ ! -f $WINDOWS_BUILD/CMakeCache.txt ]] || ! grep -q "KANSA_BUILD_TESTS:BOOL=$tests" "$WINDOWS_BUILD/CMakeCache.txt"; then
        say "Configuring Kansa for Windows in $WINDOWS_BUILD/"
        cmake -S . -B "$WINDOWS_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_TOOLCHAIN_FILE="$WINDOWS_TOOLCHAIN" -DKANSA_WINDOWS_PREFIX="$WINDOWS_PREFIX" \
            -DCMAKE_PREFIX_PATH="$WINDOWS_PREFIX" -DQT_HOST_PATH=/usr \
            -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DKANSA_BUILD_TESTS="$tests" \
            -DCMAKE_CROSSCOMPILING_EMULATOR="$WINE"
    fi
    say "Building Kansa for Windows"
    cmake --build "$WINDOWS_BUILD" --parallel "$(nproc)"
}

# The DLLs the given programs and plugins load, found among the Windows libraries and MinGW's
# runtime, followed through their own imports; Windows' own DLLs are left to Windows.
windows_dll_closure() {
    local -A seen=()
    local queue=("$@") file dll found dir
    while ((${#queue[@]})); do
        file=${queue[0]}
        queue=("${queue[@]:1}")
        while read -r dll; do
            [[ -n $dll && -z ${seen[${dll,,}]:-} ]] || continue
            seen[${dll,,}]=1
            found=
            for dir in "$WINDOWS_PREFIX/bin" "$WINDOWS_PREFIX/lib" "${WINDOWS_MINGW_DIRS[@]}"; do
                found=$(find "$dir" -maxdepth 1 -iname "$dll" -print -quit 2>/dev/null)
                [[ -n $found ]] && break
            done
            [[ -n $found ]] || continue
            echo "$found"
            queue+=("$found")
        done < <($WINDOWS_HOST-objdump -p "$file" | sed -n 's/^[[:space:]]*DLL Name: //p')
    done
}

# build-windows/stage: kansa.exe, kansa-cli.exe, their DLLs, the Qt plugins Kansa uses, the fonts,
# Qt's Japanese translations, qt.conf and every licence.
windows_stage() {
    local stage=$WINDOWS_BUILD/stage qt=$WINDOWS_PREFIX
    rm -rf "$stage"
    mkdir -p "$stage"/{plugins/platforms,plugins/sqldrivers,plugins/imageformats,plugins/styles,translations,fonts,licenses}
    cp "$WINDOWS_BUILD/app/kansa.exe" "$WINDOWS_BUILD/app/cli/kansa-cli.exe" "$stage/"
    cp "$qt/plugins/platforms/qwindows.dll" "$qt/plugins/platforms/qoffscreen.dll" "$stage/plugins/platforms/"
    cp "$qt/plugins/sqldrivers/qsqlite.dll" "$stage/plugins/sqldrivers/"
    cp "$qt/plugins/imageformats/qjpeg.dll" "$stage/plugins/imageformats/" 2>/dev/null || true
    cp "$qt/plugins/styles/qwindowsvistastyle.dll" "$stage/plugins/styles/" 2>/dev/null || true
    local binaries=("$stage"/*.exe "$stage"/plugins/*/*.dll) dll
    while read -r dll; do cp -n "$dll" "$stage/"; done < <(windows_dll_closure "${binaries[@]}" | sort -u)
    printf '[Paths]\nPrefix = .\nPlugins = plugins\nTranslations = translations\n' >"$stage/qt.conf"
    cp /usr/share/qt6/translations/qtbase_ja.qm "$stage/translations/" 2>/dev/null || true
    cp build-windows/fonts/*.ttf build-windows/fonts/IPA_Font_License.txt resources/fonts/README.fonts "$stage/fonts/"
    convert resources/icons/kansa.png -define icon:auto-resize=256,64,48,32,16 "$stage/kansa.ico"
    windows_licenses "$stage/licenses"
}

# Each shipped component's licence, from the source package it was built from.
windows_licenses() {
    local out=$1 src=$WINDOWS_CACHE/src p
    cp installer/windows/licenses-README.txt "$out/README.txt"
    for p in qt6-base poppler libsodium openssl libzip libxlsxwriter qrencode sqlite3 freetype libjpeg-turbo libpng1.6 zlib; do
        local dir
        dir=$(find "$src" -maxdepth 1 -type d -name "${p}-[0-9]*" | sort | tail -1)
        if [[ -f $dir/debian/copyright ]]; then
            cp "$dir/debian/copyright" "$out/$p.txt"
        else
            find "$dir" -maxdepth 1 \( -iname 'LICENSE*' -o -iname 'COPYING*' \) -exec cat {} + >"$out/$p.txt"
        fi
    done
    cp "${WINDOWS_MINGW_DIRS[0]}/../../../../share/doc/mingw-w64-common/copyright" "$out/mingw-w64.txt" 2>/dev/null ||
        cp /usr/share/doc/gcc-mingw-w64-base/copyright "$out/mingw-w64-gcc-runtime.txt" 2>/dev/null || true
}

windows_installer() {
    windows_stage
    local stage=$WINDOWS_BUILD/stage version list=$WINDOWS_BUILD/uninstall-files.nsh
    version=$(sed -n 's/^project(Kansa VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
    # What the uninstaller removes: every staged file, then the folders, deepest first.
    (cd "$stage" && find . -type f | sed 's|^\./||; s|/|\\|g; s|.*|    Delete "$INSTDIR\\&"|' &&
        find . -mindepth 1 -type d | sort -r | sed 's|^\./||; s|/|\\|g; s|.*|    RMDir "$INSTDIR\\&"|') >"$list"
    say "Writing $WINDOWS_BUILD/Kansa-$version-setup.exe"
    makensis -V2 -DVERSION="$version" -DSTAGE="$PWD/$stage" -DUNINSTALL_LIST="$PWD/$list" \
        -DOUTFILE="$PWD/$WINDOWS_BUILD/Kansa-$version-setup.exe" installer/windows/kansa.nsi
}

# Every test program under Wine through ctest (the emulator set at configure), offscreen, in a
# Wine prefix of the build's own; the Windows libraries and MinGW's runtime found through WINEPATH.
windows_tests() {
    export WINEPREFIX=$PWD/$WINDOWS_BUILD/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    local dirs=("$WINDOWS_PREFIX/bin" "$WINDOWS_PREFIX/lib" "${WINDOWS_MINGW_DIRS[@]}") winepath=() d
    for d in "${dirs[@]}"; do winepath+=("Z:${d//\//\\}"); done
    WINEPATH=$(IFS=';'; echo "${winepath[*]}")
    export WINEPATH
    # Qt's offscreen platform on Windows reads its fonts from the Qt prefix's lib/fonts (Wine hides
    # every QT_* variable from a Windows program, QT_QPA_FONTDIR too): the widget tests get the
    # fonts they have on Linux, so a widget measures the same.
    mkdir -p "$WINDOWS_PREFIX/lib/fonts"
    for d in /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf \
        /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf; do
        [[ -f $d ]] && ln -sf "$d" "$WINDOWS_PREFIX/lib/fonts/"
    done
    [[ -d $WINEPREFIX ]] || { say "Making the Wine prefix $WINEPREFIX"; "$WINE" wineboot --init >/dev/null 2>&1 || true; }
    say "Testing under Wine"
    ctest --test-dir "$WINDOWS_BUILD" --output-on-failure --timeout 600 "$@"
}
