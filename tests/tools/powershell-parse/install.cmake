# Installs the npm packages check.js needs (tree-sitter, tree-sitter-powershell; versions pinned
# in package-lock.json) into DIR, the copy of this folder in the build tree, with `npm ci`, unless
# the same lock file was installed there before. tree-sitter builds a native addon with node-gyp
# (python3, make, g++). Fails loudly without Node.js or npm: the Teams script test must never
# pass without its parser.
#   cmake -DDIR=<build>/tests/unit/powershell-parse -P install.cmake
if(NOT DIR)
    message(FATAL_ERROR "install.cmake: pass -DDIR=<folder with package.json>")
endif()
find_program(NODE_EXECUTABLE node)
find_program(NPM_EXECUTABLE npm)
if(NOT NODE_EXECUTABLE OR NOT NPM_EXECUTABLE)
    message(FATAL_ERROR "Node.js and npm are needed to check the Teams script with "
        "tree-sitter-powershell, and were not found on PATH. Install them "
        "(scripts/install-debian-deps.sh does) and run the tests again.")
endif()

set(stamp "${DIR}/node_modules/.dispatchable-installed-lock.json")
file(READ "${DIR}/package-lock.json" wanted)
if(EXISTS "${stamp}" AND EXISTS "${DIR}/node_modules/tree-sitter-powershell/package.json")
    file(READ "${stamp}" installed)
    if(installed STREQUAL wanted)
        message(STATUS "tree-sitter-powershell already installed in ${DIR}")
        return()
    endif()
endif()

message(STATUS "npm ci --prefix ${DIR}")
execute_process(COMMAND "${NPM_EXECUTABLE}" ci --prefix "${DIR}" --no-audit --no-fund
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${result}) in ${DIR}: the Teams script parser is not "
        "installed. Building tree-sitter needs python3, make and g++.")
endif()
file(WRITE "${stamp}" "${wanted}")
