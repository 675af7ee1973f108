# Precompiled headers, GCC only. Parsing Qt's headers is most of each file's compile time (a test
# that includes <QtTest> parses all of Qt Core: about 14 s of CPU in the sanitizer build, 7 s
# with the header precompiled), and CI builds about 600 files from scratch on two cores.
#
# One header (cmake/pch/PrecompiledHeaders.h) is compiled once, by `dispatchable_pch`, and every
# app, ui, server and test target reuses it. Its target links Qt Core alone and reaches the other
# modules' headers through their include directories, so it is built with no QT_*_LIB macro a
# user of it might lack. -Winvalid-pch (an error with -Werror) makes GCC say so if a target cannot
# use it, rather than silently parsing everything again.
#
# Call dispatchable_precompile_all_targets() once, after every target is defined.
option(DISPATCHABLE_PCH "Precompile the Qt and standard headers (GCC)" ON)

function(dispatchable_precompile_all_targets)
    if(NOT DISPATCHABLE_PCH OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        return()
    endif()
    set(pch_dir "${PROJECT_SOURCE_DIR}/cmake/pch")
    add_library(dispatchable_pch OBJECT "${pch_dir}/PrecompiledHeaders.cpp")
    target_link_libraries(dispatchable_pch PRIVATE Qt6::Core dispatchable_build_flags)
    foreach(module Network Sql Gui Widgets)
        target_include_directories(dispatchable_pch SYSTEM PRIVATE
            $<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>)
    endforeach()
    target_precompile_headers(dispatchable_pch PRIVATE "${pch_dir}/PrecompiledHeaders.h")

    dispatchable_collect_targets(targets "${PROJECT_SOURCE_DIR}")
    foreach(target IN LISTS targets)
        dispatchable_use_pch(${target})
    endforeach()
endfunction()

# Every C++ library and executable defined under `dir` that is built with the project's flags.
function(dispatchable_collect_targets out dir)
    get_property(found DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        dispatchable_collect_targets(below "${subdir}")
        list(APPEND found ${below})
    endforeach()
    set(kept "")
    foreach(target IN LISTS found)
        get_target_property(type ${target} TYPE)
        get_target_property(links ${target} LINK_LIBRARIES)
        if(type MATCHES "^(STATIC_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$"
           AND NOT target STREQUAL "dispatchable_pch"
           AND "dispatchable_build_flags" IN_LIST links)
            list(APPEND kept ${target})
        endif()
    endforeach()
    set(${out} ${kept} PARENT_SCOPE)
endfunction()

function(dispatchable_use_pch target)
    target_precompile_headers(${target} REUSE_FROM dispatchable_pch)
    target_compile_options(${target} PRIVATE -Winvalid-pch)
    # A test's moc file is empty (its moc output is included by the test's own source); loading
    # the precompiled header would cost it about 2 s for nothing.
    get_target_property(binary_dir ${target} BINARY_DIR)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
        set_source_files_properties("${binary_dir}/${target}_autogen/mocs_compilation.cpp"
            TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
