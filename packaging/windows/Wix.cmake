# The Windows Installer package (CPack WIX generator, WiX Toolset 3): per-machine, a Start-menu
# entry, and the managed settings of ManagedSettings.wxs as installer properties.
# The upgrade code never changes: it is how a newer MSI finds and replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "F5FE2A3D-F882-4E61-A2F7-58EEC90EB13B")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_BINARY_DIR}/packaging/dispatchable.ico")
set(CPACK_WIX_EXTRA_SOURCES "${CMAKE_CURRENT_LIST_DIR}/ManagedSettings.wxs")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/wix-patch.xml")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Dispatchable")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
# Policies live under HKLM, so the install is for the whole machine. CMake 3.29 added a variable
# for the scope; older CPack templates leave it out, so ALLUSERS says it there.
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
    set(CPACK_WIX_INSTALL_SCOPE "perMachine")
else()
    set(CPACK_WIX_PROPERTY_ALLUSERS "1")
endif()
