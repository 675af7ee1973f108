# The Debian package: dependencies come from the binaries (dpkg-shlibdeps) plus the Qt plugins
# the app loads at run time, which no binary links and so no tool can find.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "comm")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# xcb/wayland platforms, the SQLite cache driver, the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
# "My location" (geoclue) and a place to keep tokens (Secret Service) make it complete.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libqt6positioning6-plugins, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
