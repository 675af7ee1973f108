# macOS: Dispatchable.app with our Info.plist and icon, the demo backend inside the bundle next to
# the app's executable (where LocalServerProcess finds it), and the Qt frameworks deployed into
# the bundle by macdeployqt through Qt's deploy script (needs Qt 6.5 or later).
# Signing and notarisation: scripts/macos-sign-notarize.sh (docs/packaging.md).
set(DISPATCHABLE_MACOS_EXECUTABLE "Dispatchable")
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(DISPATCHABLE_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
    set(DISPATCHABLE_MACOS_MINIMUM "12.0") # the oldest macOS that Qt 6.8 supports
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
               "${PROJECT_BINARY_DIR}/packaging/Info.plist" @ONLY)
set_target_properties(dispatchable PROPERTIES
    OUTPUT_NAME "${DISPATCHABLE_MACOS_EXECUTABLE}"
    MACOSX_BUNDLE_INFO_PLIST "${PROJECT_BINARY_DIR}/packaging/Info.plist")

# The .icns, rendered from the SVG and packed by Apple's iconutil.
set(DISPATCHABLE_ICONSET "${PROJECT_BINARY_DIR}/packaging/Dispatchable.iconset")
set(DISPATCHABLE_ICNS "${PROJECT_BINARY_DIR}/packaging/Dispatchable.icns")
add_custom_command(OUTPUT "${DISPATCHABLE_ICNS}"
    COMMAND dispatchable-render-icon "${DISPATCHABLE_ICON_SVG}" "${DISPATCHABLE_ICONSET}"
    COMMAND iconutil -c icns -o "${DISPATCHABLE_ICNS}" "${DISPATCHABLE_ICONSET}"
    DEPENDS dispatchable-render-icon "${DISPATCHABLE_ICON_SVG}"
    COMMENT "Rendering the macOS icon"
    VERBATIM)
add_custom_target(dispatchable_macos_icon ALL DEPENDS "${DISPATCHABLE_ICNS}")

set(DISPATCHABLE_BUNDLE "${DISPATCHABLE_MACOS_EXECUTABLE}.app")
install(TARGETS dispatchable BUNDLE DESTINATION .)
install(TARGETS dispatchable-server RUNTIME DESTINATION "${DISPATCHABLE_BUNDLE}/Contents/MacOS")
install(FILES "${DISPATCHABLE_ICNS}" DESTINATION "${DISPATCHABLE_BUNDLE}/Contents/Resources")
qt_generate_deploy_script(
    TARGET dispatchable
    OUTPUT_SCRIPT dispatchable_deploy_script
    CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${DISPATCHABLE_BUNDLE}\"
    ADDITIONAL_EXECUTABLES
        \"\${QT_DEPLOY_PREFIX}/${DISPATCHABLE_BUNDLE}/Contents/MacOS/$<TARGET_FILE_NAME:dispatchable-server>\"
    GENERATE_QT_CONF)
")
install(SCRIPT "${dispatchable_deploy_script}")
