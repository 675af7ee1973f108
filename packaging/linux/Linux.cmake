# Linux install layout (FHS): the app in bin/, the demo backend as a private helper in
# lib/dispatchable/ (app/demo/LocalServerProcess.cpp looks for it there), the desktop entry,
# the scalable icon and the notices. The same tree goes into the .deb and the .tar.gz.
install(TARGETS dispatchable RUNTIME DESTINATION bin)
install(TARGETS dispatchable-server RUNTIME DESTINATION lib/dispatchable)
install(FILES "${PROJECT_SOURCE_DIR}/resources/${DISPATCHABLE_APP_ID}.desktop"
        DESTINATION share/applications)
install(FILES "${DISPATCHABLE_ICON_SVG}"
        DESTINATION share/icons/hicolor/scalable/apps
        RENAME "${DISPATCHABLE_APP_ID}.svg")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/../NOTICE.txt"
        DESTINATION share/doc/dispatchable
        RENAME copyright)
