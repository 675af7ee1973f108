# Windows: the icon and VERSIONINFO inside dispatchable.exe, the install layout (app and demo
# backend side by side in bin/, where LocalServerProcess finds the backend) and the Qt runtime
# next to them (windeployqt through Qt's deploy script; needs Qt 6.5 or later).
set(DISPATCHABLE_ICO "${PROJECT_BINARY_DIR}/packaging/dispatchable.ico")
add_custom_command(OUTPUT "${DISPATCHABLE_ICO}"
    COMMAND dispatchable-render-icon "${DISPATCHABLE_ICON_SVG}" "${DISPATCHABLE_ICO}"
    DEPENDS dispatchable-render-icon "${DISPATCHABLE_ICON_SVG}"
    COMMENT "Rendering the Windows icon"
    VERBATIM)
add_custom_target(dispatchable_windows_icon DEPENDS "${DISPATCHABLE_ICO}")
add_dependencies(dispatchable dispatchable_windows_icon)

configure_file("${PROJECT_SOURCE_DIR}/resources/dispatchable.rc.in"
               "${PROJECT_BINARY_DIR}/packaging/dispatchable.rc" @ONLY)
target_sources(dispatchable PRIVATE "${PROJECT_BINARY_DIR}/packaging/dispatchable.rc")

# windeployqt brings only Qt's own DLLs; QtKeychain and the vcpkg libraries come through CMake's
# runtime dependency scan, searched where those packages keep their DLLs.
set(_dll_dirs "$<TARGET_FILE_DIR:qt6keychain>")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND _dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
install(TARGETS dispatchable dispatchable-server
    RUNTIME_DEPENDENCY_SET dispatchable_runtime_dlls
    RUNTIME DESTINATION bin)
install(RUNTIME_DEPENDENCY_SET dispatchable_runtime_dlls
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6[A-Z]" # Qt itself: windeployqt
    POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]"
    DIRECTORIES ${_dll_dirs}
    RUNTIME DESTINATION bin)
qt_generate_deploy_script(
    TARGET dispatchable
    OUTPUT_SCRIPT dispatchable_deploy_script
    CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE:dispatchable>\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE:dispatchable-server>\"
    GENERATE_QT_CONF)
")
install(SCRIPT "${dispatchable_deploy_script}")
