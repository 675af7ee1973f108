#!/bin/sh
# tst_deb_package: builds the .deb and .tar.gz from the current build tree with cpack, extracts
# the .deb into a temporary root (no root rights, nothing installed on the machine), checks its
# metadata and files, and starts the installed app offscreen with --demo until it saves a
# screenshot of its main window. The app must find the installed demo backend on its own.
#
# Usage: tst_deb_package.sh CPACK BUILD_DIR VERSION RENDER_ICON_TOOL
set -eu

[ $# -eq 4 ] || { echo "usage: $0 CPACK BUILD_DIR VERSION RENDER_ICON_TOOL" >&2; exit 2; }
cpack=$1
build=$2
version=$3
render_icon=$4

work=$(mktemp -d "${TMPDIR:-/tmp}/dispatchable-deb-test.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
pass() {
    echo "ok: $*"
}

# --- Build the packages --------------------------------------------------------------------
# gzip instead of the package's xz: the same contents, without a minute of compression (the
# sanitizer build's binaries are large).
"$cpack" -G "DEB;TGZ" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip --config "$build/CPackConfig.cmake" \
    -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack could not build the packages"; }
set -- "$work"/out/*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then fail "expected one .deb in $work/out, found: $*"; fi
deb=$1
set -- "$work"/out/*.tar.gz
if [ $# -ne 1 ] || [ ! -f "$1" ]; then fail "expected one .tar.gz in $work/out, found: $*"; fi
tgz=$1
pass "cpack wrote $(basename "$deb") and $(basename "$tgz")"

# --- Package metadata ----------------------------------------------------------------------
field() {
    dpkg-deb --field "$deb" "$1"
}
[ "$(field Package)" = dispatchable ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', CMake says $version"
[ "$(field Section)" = comm ] || fail "Section is '$(field Section)'"
field Maintainer | grep -q '<.*@.*>' || fail "Maintainer '$(field Maintainer)' has no address"
field Description | grep -q 'Teams' || fail "Description does not say what the app is for"
depends=$(field Depends)
# Computed by dpkg-shlibdeps from the binaries, plus the plugins no binary links.
for package in libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 libphonenumber8 \
    qt6-qpa-plugins libqt6sql6-sqlite; do
    echo "$depends" | grep -q "\\b$package\\b" || fail "Depends lacks $package: $depends"
done
pass "metadata: version $version, Depends from shlibdeps"

# --- Files -----------------------------------------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
app="$root/usr/bin/dispatchable"
server="$root/usr/lib/dispatchable/dispatchable-server"
desktop="$root/usr/share/applications/com.dispatchable.Dispatchable.desktop"
icon="$root/usr/share/icons/hicolor/scalable/apps/com.dispatchable.Dispatchable.svg"
for file in "$app" "$server"; do
    [ -x "$file" ] || fail "missing or not executable: ${file#"$root"}"
    file -b "$file" | grep -q '^ELF' || fail "not an ELF binary: ${file#"$root"}"
    # Installed binaries must not look for libraries in the build tree.
    if readelf -d "$file" | grep -E 'RPATH|RUNPATH' | grep -qF "$build"; then
        fail "${file#"$root"} keeps an RPATH into the build tree"
    fi
done
[ -f "$desktop" ] || fail "missing desktop entry"
[ -f "$icon" ] || fail "missing icon"
[ -f "$root/usr/share/doc/dispatchable/copyright" ] || fail "missing copyright notice"
grep -qx 'Exec=dispatchable' "$desktop" || fail "the desktop entry does not start dispatchable"
grep -qx 'Icon=com.dispatchable.Dispatchable' "$desktop" ||
    fail "the desktop entry's Icon does not name the installed icon"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the desktop entry"
    pass "desktop entry valid"
else
    echo "note: desktop-file-validate not installed; desktop entry checked by hand only"
fi
tar -tzf "$tgz" >"$work/tgz.list"
for path in bin/dispatchable lib/dispatchable/dispatchable-server \
    share/applications/com.dispatchable.Dispatchable.desktop; do
    grep -q "/$path\$" "$work/tgz.list" || fail "the .tar.gz lacks $path"
done
pass "files in place in the .deb and the .tar.gz"

# --- The icon renders at the sizes desktops use, and as a Windows .ico ----------------------
for size in 16 32 256; do
    "$render_icon" "$icon" "$work/icon-$size.png" "$size" || fail "icon does not render at $size"
    file -b "$work/icon-$size.png" | grep -q "PNG image data, $size x $size" ||
        fail "icon at $size px: $(file -b "$work/icon-$size.png")"
done
"$render_icon" "$icon" "$work/icon.ico" || fail "could not write the .ico"
file -b "$work/icon.ico" | grep -q 'MS Windows icon resource - 8 icons' ||
    fail "bad .ico: $(file -b "$work/icon.ico")"
pass "icon renders at 16, 32 and 256 px and as an .ico"

# --- Start the installed app ----------------------------------------------------------------
# A clean home so no setting or cache of this machine's user is read; no DISPATCHABLE_SERVER,
# so the app has to find the backend the package installed. A small demo data set keeps the
# first sync short (the full one is 100,000 numbers).
home="$work/home"
mkdir -p "$home/.config" "$home/.cache" "$home/.local/share" "$home/runtime"
chmod 700 "$home/runtime"
screenshot="$work/main-window.png"
status=0
env -u DISPATCHABLE_SERVER -u DISPATCHABLE_MANAGED_CONFIG \
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
    XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/runtime" \
    XDG_CONFIG_DIRS="$home/no-system-config" QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 \
    PATH=/usr/bin:/bin \
    timeout 150 "$app" --demo --backend-args "--tenants 3 --dids 300" --screenshot "$screenshot" \
    >"$work/app.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    cat "$work/app.log" >&2
    fail "the installed app exited with status $status"
fi
[ -s "$screenshot" ] || { cat "$work/app.log" >&2; fail "the app wrote no screenshot"; }
info=$(file -b "$screenshot")
echo "$info" | grep -q '^PNG image data' || fail "the screenshot is not a PNG: $info"
width=$(echo "$info" | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\).*/\1/p')
height=$(echo "$info" | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\).*/\2/p')
if [ "${width:-0}" -lt 640 ] || [ "${height:-0}" -lt 400 ]; then
    fail "the main window screenshot is only ${width}x${height}"
fi
pass "the installed app showed its main window on the demo (${width}x${height})"
# The version About shows is the one the package carries.
shown=$(QT_QPA_PLATFORM=offscreen HOME="$home" XDG_RUNTIME_DIR="$home/runtime" "$app" --version 2>&1) ||
    fail "dispatchable --version failed: $shown"
echo "$shown" | grep -qF "$version" || fail "the app says '$shown', the package $version"
pass "the installed app reports version $version"
if [ -n "${DISPATCHABLE_KEEP_SCREENSHOT:-}" ]; then
    cp "$screenshot" "$DISPATCHABLE_KEEP_SCREENSHOT"
fi
echo "tst_deb_package: all checks passed"
