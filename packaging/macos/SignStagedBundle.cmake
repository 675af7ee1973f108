# CPack pre-build script (macOS): signs Dispatchable.app in the staging folder with the hardened
# runtime, before CPack packs it into the DMG. Skipped, with a note, when no identity is set, so
# unsigned local builds still package.
if(NOT DEFINED ENV{DISPATCHABLE_SIGN_IDENTITY} OR "$ENV{DISPATCHABLE_SIGN_IDENTITY}" STREQUAL "")
    message(STATUS "DISPATCHABLE_SIGN_IDENTITY is not set: the app in the DMG is not signed.")
    return()
endif()
file(GLOB _bundles "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app"
                   "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/ALL_IN_ONE/*.app")
if(NOT _bundles)
    message(FATAL_ERROR "No .app bundle in ${CPACK_TEMPORARY_INSTALL_DIRECTORY} to sign.")
endif()
foreach(_bundle IN LISTS _bundles)
    execute_process(COMMAND "${CPACK_DISPATCHABLE_SIGN_SCRIPT}" sign "${_bundle}"
                    RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR "Signing ${_bundle} failed (${_result}).")
    endif()
endforeach()
