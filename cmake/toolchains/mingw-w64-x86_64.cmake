# Cross-compiles Confab for 64-bit Windows on Linux: Debian's mingw-w64 (posix threads) against the Confab Windows
# SDK (Qt 6.4.2, QtKeychain, SQLite, Catch2's header; see packaging/windows/cross-build.sh, which unpacks it).
# The SDK folder comes from CONFAB_WIN_SDK (cache variable or environment). Qt's host tools (moc, rcc, uic,
# lrelease) come from the Linux Qt of the same version, as Qt's cross builds expect.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(confab_mingw x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${confab_mingw}-gcc-posix)
set(CMAKE_CXX_COMPILER ${confab_mingw}-g++-posix)
set(CMAKE_RC_COMPILER ${confab_mingw}-windres)
set(CMAKE_AR /usr/bin/${confab_mingw}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB /usr/bin/${confab_mingw}-ranlib CACHE FILEPATH "")

if(NOT CONFAB_WIN_SDK)
  set(CONFAB_WIN_SDK "$ENV{CONFAB_WIN_SDK}")
endif()
if(NOT IS_DIRECTORY "${CONFAB_WIN_SDK}/lib/cmake/Qt6")
  message(FATAL_ERROR "CONFAB_WIN_SDK='${CONFAB_WIN_SDK}' is not the Confab Windows SDK (no lib/cmake/Qt6 in it); "
                      "packaging/windows/cross-build.sh unpacks it and sets it")
endif()
set(CONFAB_WIN_SDK "${CONFAB_WIN_SDK}" CACHE PATH "The unpacked Confab Windows SDK (confab-win-sdk/)")
# try_compile projects see the toolchain file again but not the cache; the environment carries the folder to them.
set(ENV{CONFAB_WIN_SDK} "${CONFAB_WIN_SDK}")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES CONFAB_WIN_SDK)

set(CMAKE_FIND_ROOT_PATH /usr/${confab_mingw} "${CONFAB_WIN_SDK}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
list(APPEND CMAKE_PREFIX_PATH "${CONFAB_WIN_SDK}")

set(QT_HOST_PATH /usr CACHE PATH "Where the host Qt's tools live")
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "The host Qt's CMake packages")

# Test discovery and ctest run the Windows programs under Wine, in a prefix inside the build folder.
set(CMAKE_CROSSCOMPILING_EMULATOR
    ${CMAKE_CURRENT_LIST_DIR}/../../packaging/windows/wine-run.sh ${CMAKE_BINARY_DIR}/wineprefix ${CONFAB_WIN_SDK})
# Under Wine the Linux root is drive Z:, so paths of the build tree compiled into tests (the confab.exe they run,
# the fixtures they read) get this in front of them.
set(CONFAB_UNIX_ROOT_DRIVE Z:)

# install(RUNTIME_DEPENDENCY_SET) reads the DLLs a program imports with mingw's objdump (cmake/WindowsDeploy.cmake).
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL objdump)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND /usr/bin/${confab_mingw}-objdump)

# GCC 12's -Wrestrict misfires inside libstdc++'s std::string at -O2 (GCC bug 105329), in code that only builds
# strings; the Linux builds keep the check.
set(CMAKE_CXX_FLAGS_INIT "-Wno-restrict")
