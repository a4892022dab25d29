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
    # The photo formats Kansa accepts that Qt reads through a plugin (PNG and BMP are built in).
    cp "$qt/plugins/imageformats/"{qjpeg,qgif,qwebp}.dll "$stage/plugins/imageformats/"
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
    for p in qt6-base qt6-imageformats libwebp poppler libsodium openssl libzip libxlsxwriter qrencode sqlite3 freetype libjpeg-turbo libpng1.6 zlib; do
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
    ctest --test-dir "$WINDOWS_BUILD" --output-on-failure --parallel "$(nproc)" "$@"
}

# The two builds are one system: a checklist signed on Windows (in a folder named in Japanese,
# with a space) is exported to a Linux office key and imported, verified and its history checked
# on Linux, and the other way round; the signed content's SHA-256 is the same on both.
windows_exchange_check() {
    local linux=$BUILD_DIR/app/cli/kansa-cli windows=$PWD/$WINDOWS_BUILD/app/cli/kansa-cli.exe
    local dir=$WINEPREFIX/drive_c/監査\ 資料 win='C:\監査 資料' tmp hash_w hash_l
    [[ -x $linux ]] || { say "No Linux kansa-cli in $BUILD_DIR: the exchange check needs ./dev build"; return 1; }
    tmp=$(mktemp -d)
    rm -rf "$dir" && mkdir -p "$dir"
    convert -size 300x100 xc:white -draw "line 10,50 290,60" "$dir/sig.png"
    cp "$dir/sig.png" "$tmp/sig.png"
    wincli() { "$WINE" "$windows" "$@"; }
    say "Exchange check: Windows → Linux"
    ( # each step checked: -e does not hold in a subshell on the left of ||
        export KANSA_TODAY=2026-11-20
        wincli --db "$win\\検査 太郎.sqlite" demo >/dev/null || exit 1
        for who in "inspector 小林 真理" "contractor 浅間 一郎"; do
            wincli --db "$win\\検査 太郎.sqlite" sign 1 --role "${who%% *}" --name "${who#* }" --image "$win\\sig.png" >/dev/null 2>&1 || exit 1
        done
        "$linux" keys new --out "$tmp/office.key" >"$tmp/office.pub" 2>/dev/null || exit 1
        wincli --db "$win\\検査 太郎.sqlite" package export 1 --out "$win\\w 1.kansa" --recipient "$(cat "$tmp/office.pub")" >/dev/null || exit 1
        "$linux" --db "$tmp/office.sqlite" package import "$dir/w 1.kansa" --identity "$tmp/office.key" >/dev/null 2>&1 || exit 1
        "$linux" --db "$tmp/office.sqlite" verify 1 >"$tmp/verify-w" || exit 1
        "$linux" --db "$tmp/office.sqlite" history verify 1 >/dev/null || exit 1
        say "Exchange check: Linux → Windows"
        "$linux" --db "$tmp/linux.sqlite" demo >/dev/null 2>&1 || exit 1
        for who in "inspector 小林 真理" "contractor 浅間 一郎"; do
            "$linux" --db "$tmp/linux.sqlite" sign 1 --role "${who%% *}" --name "${who#* }" --image "$tmp/sig.png" >/dev/null 2>&1 || exit 1
        done
        wincli keys new --out "$win\\office.key" >"$tmp/office-w.pub" 2>/dev/null || exit 1
        "$linux" --db "$tmp/linux.sqlite" package export 1 --out "$dir/l 1.kansa" --recipient "$(tr -d '\r' <"$tmp/office-w.pub")" >/dev/null || exit 1
        wincli --db "$win\\事務所.sqlite" package import "$win\\l 1.kansa" --identity "$win\\office.key" >/dev/null 2>&1 || exit 1
        wincli --db "$win\\事務所.sqlite" verify 1 >"$tmp/verify-l" || exit 1
        wincli --db "$win\\事務所.sqlite" history verify 1 >/dev/null || exit 1
    ) || { say "Exchange check FAILED (files in $tmp)"; return 1; }
    hash_w=$(grep -o '[0-9a-f]\{64\}' "$tmp/verify-w")
    hash_l=$(grep -o '[0-9a-f]\{64\}' "$tmp/verify-l")
    if [[ -z $hash_w || $hash_w != "$hash_l" ]]; then
        say "Exchange check FAILED: signed content $hash_w (Windows) and $hash_l (Linux) differ"
        return 1
    fi
    say "Exchange check passed: both ways verified, signed content $hash_w on both systems"
    rm -rf "$tmp"
}

