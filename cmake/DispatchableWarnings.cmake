# Compiler warnings, hardening and sanitizers shared by every Dispatchable target.
add_library(dispatchable_build_flags INTERFACE)
target_compile_definitions(dispatchable_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)

if(MSVC)
    # /W4 is MSVC's counterpart of -Wall -Wextra; /utf-8 because the sources hold "✓", "⚠"…
    target_compile_options(dispatchable_build_flags INTERFACE
        /W4 /permissive- /utf-8 /guard:cf $<$<BOOL:${DISPATCHABLE_WERROR}>:/WX>)
    target_link_options(dispatchable_build_flags INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT)
    return()
endif()

target_compile_options(dispatchable_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wundef -Wformat=2 -Wold-style-cast -Wnon-virtual-dtor
    -Wcast-qual $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<BOOL:${DISPATCHABLE_WERROR}>:-Werror>)
target_compile_definitions(dispatchable_build_flags INTERFACE
    $<$<CONFIG:Release,RelWithDebInfo>:_FORTIFY_SOURCE=2>)
# -fPIC, not -fPIE: Qt is built with reduce-relocations, and -fPIE code copy-relocates Qt's data
# (QCoreApplication::self, staticMetaObjects) into the executable, so qApp is null inside Qt and
# qobject_cast fails. The executables are still linked as PIE.
target_compile_options(dispatchable_build_flags INTERFACE
    -fstack-protector-strong $<$<NOT:$<BOOL:${DISPATCHABLE_SANITIZE}>>:-fPIC>)
# ELF only: Apple's linker has no -z options (and binds everything at load time anyway).
if(NOT APPLE)
    target_link_options(dispatchable_build_flags INTERFACE -Wl,-z,relro,-z,now)
endif()

# LLVM's lld links the sanitizer builds' hundred-odd test executables about twice as fast as
# GNU ld (CI builds them all from scratch).
option(DISPATCHABLE_LLD "Link with LLVM's lld (Debian: lld)" OFF)
if(DISPATCHABLE_LLD)
    target_link_options(dispatchable_build_flags INTERFACE -fuse-ld=lld)
endif()

if(DISPATCHABLE_SANITIZE)
    target_compile_options(dispatchable_build_flags INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(dispatchable_build_flags INTERFACE -fsanitize=address,undefined)
endif()
