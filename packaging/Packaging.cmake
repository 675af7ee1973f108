# Install rules and installers (CPack) for Linux, Windows and macOS. Included last from the top
# CMakeLists.txt, once every target exists. The version comes from project(VERSION) only: About,
# VERSIONINFO, Info.plist and every package file name read PROJECT_VERSION.
# How to build each installer: docs/packaging.md.

set(DISPATCHABLE_APP_ID "${DISPATCHABLE_BUNDLE_ID}")
set(DISPATCHABLE_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/dispatchable.svg")

# Renders the SVG icon into .ico and .iconset files for the Windows and macOS builds.
add_subdirectory("${CMAKE_CURRENT_LIST_DIR}/icon" "${PROJECT_BINARY_DIR}/packaging/icon")

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake")
else()
    include("${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake")
endif()

# What every package says about itself.
set(CPACK_PACKAGE_NAME "dispatchable")
set(CPACK_PACKAGE_VENDOR "Dispatchable")
set(CPACK_PACKAGE_CONTACT "Dispatchable maintainers <maintainers@dispatchable.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: the .deb shows these lines as they are (Debian asks for under 80 columns).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Dispatchable registers Microsoft Teams phone numbers with 911 at their"
    "emergency addresses, validates those addresses, and shows which numbers"
    "still rely on basic 911. It works from a local cache and sends changes"
    "when the provisioning backend can be reached. A built-in demo backend"
    "(dispatchable --demo) lets you try it without an account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Dispatchable")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_LIST_DIR}/NOTICE.txt")
# Start-menu entry (WiX, NSIS): executable name, then the label people see.
set(CPACK_PACKAGE_EXECUTABLES "dispatchable" "Dispatchable")
# Binaries ship without their debug sections; the build tree keeps them.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

include("${CMAKE_CURRENT_LIST_DIR}/linux/Deb.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/windows/Wix.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/macos/Dmg.cmake")

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "WIX;ZIP")
    elseif(APPLE)
        set(CPACK_GENERATOR "DragNDrop")
    else()
        set(CPACK_GENERATOR "DEB;TGZ")
    endif()
endif()

include(CPack)
