# Translations (docs/translations.md). English is the source language: dispatchable_en.ts holds
# only the plural forms ("1 number", "2 numbers"); es and fr_CA hold every string. lupdate reads
# every source under app/ and ui/ (the executable itself compiles only main.cpp; the strings live
# in the libraries), lrelease turns each .ts into a .qm embedded under :/i18n, where
# SettingsApplier loads it. Refresh the .ts files from the sources: build `update_translations`.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(DISPATCHABLE_TRANSLATIONS_DIR ${PROJECT_SOURCE_DIR}/translations)
# No source locations: the .ts files change only when a string does, not when code moves.
# Strings that left the sources are dropped rather than kept as "vanished".
set(DISPATCHABLE_LUPDATE_OPTIONS -locations none -no-obsolete)

# Globbed so a new file's strings are found without touching this list; CONFIGURE_DEPENDS makes
# the build re-glob when files come and go.
file(GLOB_RECURSE DISPATCHABLE_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
list(SORT DISPATCHABLE_TRANSLATABLE_SOURCES)
# lupdate follows #include to learn which class a tr() belongs to, so it needs the same roots as
# the compiler: app/ ("settings/EffectiveSettings.h"), ui/ and each ui library's own folder.
set(DISPATCHABLE_TRANSLATION_INCLUDES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui)
file(GLOB _uiEntries ${PROJECT_SOURCE_DIR}/ui/*)
foreach(entry IN LISTS _uiEntries)
    if(IS_DIRECTORY ${entry})
        list(APPEND DISPATCHABLE_TRANSLATION_INCLUDES ${entry})
    endif()
endforeach()

# The same sources and include paths as one lupdate list file, for tests/unit/tst_translations,
# which re-runs lupdate exactly as `update_translations` does.
set(DISPATCHABLE_LUPDATE_LIST ${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst)
list(TRANSFORM DISPATCHABLE_TRANSLATION_INCLUDES PREPEND "-I" OUTPUT_VARIABLE _includeArgs)
list(JOIN _includeArgs "\n" _includeLines)
list(JOIN DISPATCHABLE_TRANSLATABLE_SOURCES "\n" _sourceLines)
file(CONFIGURE OUTPUT ${DISPATCHABLE_LUPDATE_LIST} CONTENT "${_includeLines}\n${_sourceLines}\n")

# dispatchable_add_translations(target): lupdate/lrelease targets and the .qm files as resources
# of `target` (call it from the directory that creates the target).
function(dispatchable_add_translations target)
    set(dir ${DISPATCHABLE_TRANSLATIONS_DIR})
    qt_add_translations(${target}
        TS_FILES ${dir}/dispatchable_es.ts ${dir}/dispatchable_fr_CA.ts
        SOURCES ${DISPATCHABLE_TRANSLATABLE_SOURCES}
        INCLUDE_DIRECTORIES ${DISPATCHABLE_TRANSLATION_INCLUDES}
        LUPDATE_OPTIONS ${DISPATCHABLE_LUPDATE_OPTIONS}
        RESOURCE_PREFIX /i18n)

    # English needs lupdate's -pluralonly, which qt_add_translations would pass for every file:
    # so its own lupdate target (part of update_translations) and its own lrelease step.
    qt_add_lupdate(${target}_en
        TS_FILES ${dir}/dispatchable_en.ts
        SOURCES ${DISPATCHABLE_TRANSLATABLE_SOURCES}
        INCLUDE_DIRECTORIES ${DISPATCHABLE_TRANSLATION_INCLUDES}
        OPTIONS ${DISPATCHABLE_LUPDATE_OPTIONS} -pluralonly)
    set(qm ${CMAKE_CURRENT_BINARY_DIR}/dispatchable_en.qm)
    add_custom_command(OUTPUT ${qm}
        COMMAND Qt6::lrelease ${dir}/dispatchable_en.ts -qm ${qm}
        DEPENDS ${dir}/dispatchable_en.ts Qt6::lrelease
        VERBATIM)
    qt_add_resources(${target} ${target}_en_translation
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm})
endfunction()
