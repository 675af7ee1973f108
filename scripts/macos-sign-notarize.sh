#!/bin/sh
# Signs Dispatchable for macOS with a Developer ID and the hardened runtime, and notarises the DMG.
#
#   scripts/macos-sign-notarize.sh sign Dispatchable.app    sign the bundle, inside out
#   scripts/macos-sign-notarize.sh notarize Dispatchable.dmg sign, notarise and staple the DMG
#
# CPack calls `sign` on the staged bundle before it makes the DMG (packaging/macos/Dmg.cmake);
# run `notarize` on the DMG cpack wrote. The identity comes from the environment, never from
# the repository:
#   DISPATCHABLE_SIGN_IDENTITY    "Developer ID Application: Example Inc (AB12CD34EF)"
#   DISPATCHABLE_TEAM_ID          AB12CD34EF (checked against the signature)
#   DISPATCHABLE_NOTARY_PROFILE   a keychain profile made once with
#                                 `xcrun notarytool store-credentials PROFILE --apple-id ...
#                                  --team-id ... --password APP_SPECIFIC_PASSWORD`
set -eu

here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/../packaging/macos/Dispatchable.entitlements"

die() {
    echo "macos-sign-notarize: $*" >&2
    exit 1
}

need() {
    eval "value=\${$1:-}"
    # shellcheck disable=SC2154 # set by the eval above
    [ -n "$value" ] || die "set $1 (see the top of this script)"
}

# One file or bundle, hardened runtime, secure timestamp; extra arguments go to codesign.
sign_one() {
    codesign --force --options runtime --timestamp --sign "$DISPATCHABLE_SIGN_IDENTITY" "$@"
}

check_team() {
    team=$(codesign --display --verbose=2 "$1" 2>&1 | sed -n 's/^TeamIdentifier=//p')
    [ "$team" = "$DISPATCHABLE_TEAM_ID" ] ||
        die "$1 is signed by team '$team', expected '$DISPATCHABLE_TEAM_ID'"
}

sign_bundle() {
    app=$1
    [ -d "$app/Contents/MacOS" ] || die "$app is not an app bundle"
    [ -f "$entitlements" ] || die "missing $entitlements"
    # Inside out: a signature covers what is nested in it, so nested code is signed first.
    find "$app/Contents" -type f -name '*.dylib' -print | while IFS= read -r lib; do
        sign_one "$lib"
    done
    if [ -d "$app/Contents/Frameworks" ]; then
        find "$app/Contents/Frameworks" -maxdepth 1 -type d -name '*.framework' -print |
            while IFS= read -r framework; do
                sign_one "$framework"
            done
    fi
    # Helpers next to the main executable (the demo backend) get the runtime, no entitlements.
    main=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$app/Contents/Info.plist")
    find "$app/Contents/MacOS" -type f -perm -u+x ! -name "$main" -print |
        while IFS= read -r helper; do
            sign_one "$helper"
        done
    sign_one --entitlements "$entitlements" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
    check_team "$app"
}

notarize_dmg() {
    dmg=$1
    [ -f "$dmg" ] || die "no such file: $dmg"
    need DISPATCHABLE_NOTARY_PROFILE
    codesign --force --timestamp --sign "$DISPATCHABLE_SIGN_IDENTITY" "$dmg"
    check_team "$dmg"
    # --wait returns when Apple has an answer; a rejected submission exits non-zero.
    xcrun notarytool submit "$dmg" --keychain-profile "$DISPATCHABLE_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
}

[ "$(uname -s)" = Darwin ] || die "this script runs on macOS only"
[ $# -eq 2 ] || die "usage: $0 sign APP.app | notarize FILE.dmg"
need DISPATCHABLE_SIGN_IDENTITY
need DISPATCHABLE_TEAM_ID
case $1 in
sign) sign_bundle "$2" ;;
notarize) notarize_dmg "$2" ;;
*) die "unknown command '$1': use sign or notarize" ;;
esac
