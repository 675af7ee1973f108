# The macOS disk image (CPack DragNDrop). When DISPATCHABLE_SIGN_IDENTITY is set, the bundle is
# signed in CPack's staging folder before the image is made, so the DMG holds signed code; the DMG
# itself is then signed, notarised and stapled by `scripts/macos-sign-notarize.sh notarize`.
set(CPACK_DMG_VOLUME_NAME "Dispatchable ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${PROJECT_BINARY_DIR}/packaging/Dispatchable.icns") # volume icon
    set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/SignStagedBundle.cmake")
    set(CPACK_DISPATCHABLE_SIGN_SCRIPT "${PROJECT_SOURCE_DIR}/scripts/macos-sign-notarize.sh")
endif()
