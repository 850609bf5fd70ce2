# What confab.exe needs on a Windows machine without Qt, installed beside it (no windeployqt, which does not
# exist for cross builds): the DLLs it links, found by CMake's runtime-dependency support in Qt's and the SDK's bin
# folders, and the Qt plugins it loads at run time, which no linker sees. Qt looks for plugins in the program's
# folder (bin/platforms/qwindows.dll and so on).

# Plugins Confab uses: the window system, SQLite, SVG icons, image formats for pasted and generated pictures,
# the native style and TLS for HTTPS.
set(confab_windows_plugins
  Qt6::QWindowsIntegrationPlugin
  Qt6::QWindowsVistaStylePlugin
  Qt6::QSQLiteDriverPlugin
  Qt6::QSvgIconPlugin Qt6::QSvgPlugin Qt6::QJpegPlugin Qt6::QGifPlugin Qt6::QICOPlugin Qt6::QWebpPlugin
  Qt6::QSchannelBackendPlugin Qt6::QTlsBackendCertOnlyPlugin
  Qt6::QNetworkListManagerNetworkInformationPlugin)

# confab_windows_deploy(<runtime dependency set> <destination> <program files...>)
function(confab_windows_deploy dependency_set destination)
  set(binaries ${ARGN})
  get_target_property(qt_core_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
  if(NOT qt_core_dll)
    get_target_property(qt_core_dll Qt6::Core IMPORTED_LOCATION)
  endif()
  get_filename_component(qt_bin_dir "${qt_core_dll}" DIRECTORY)
  get_filename_component(compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
  get_target_property(keychain_dll qt6keychain IMPORTED_LOCATION_RELEASE)
  if(NOT keychain_dll)
    get_target_property(keychain_dll qt6keychain IMPORTED_LOCATION)
  endif()
  get_filename_component(keychain_dir "${keychain_dll}" DIRECTORY)
  set(search_dirs "${qt_bin_dir}" "${keychain_dir}" "${compiler_dir}")

  set(confab_dll_regexes "^qt6" "^libqt6" "^libsodium" "^sqlite3" "^libstdc" "^libgcc_s" "^libwinpthread")
  set(plugin_files)
  foreach(plugin IN LISTS confab_windows_plugins)
    if(TARGET ${plugin})
      list(APPEND plugin_files "$<TARGET_FILE:${plugin}>")
    endif()
  endforeach()

  if(CMAKE_CROSSCOMPILING)
    # On Linux there is no system32 to resolve Windows' own DLLs in, so only ours are looked for, by name, and
    # CMake's resolver is told to leave the names to cmake/WindowsRuntimeDeps.cmake (it says why).
    install(CODE "
      set(BINARIES \"${binaries};${plugin_files}\")
      set(DIRECTORIES \"${search_dirs}\")
      set(INCLUDE \"${confab_dll_regexes}\")
      set(DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${destination}\")
      include(\"${PROJECT_SOURCE_DIR}/cmake/WindowsRuntimeDeps.cmake\")")
  else()
    install(RUNTIME_DEPENDENCY_SET ${dependency_set}
      PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
      POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*"
      DIRECTORIES ${search_dirs}
      RUNTIME DESTINATION ${destination})
  endif()

  foreach(plugin IN LISTS confab_windows_plugins)
    if(TARGET ${plugin})
      get_target_property(type ${plugin} QT_PLUGIN_TYPE)
      install(IMPORTED_RUNTIME_ARTIFACTS ${plugin} LIBRARY DESTINATION ${destination}/${type})
    endif()
  endforeach()
endfunction()
