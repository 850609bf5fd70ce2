# CPack: the packages users install (SPEC §6). `cpack` in a release build folder makes, per platform:
#   Linux   .deb, .rpm (when rpmbuild is present) and .tar.gz, depending on the distribution's Qt, not bundling it;
#   Windows a per-user NSIS installer with Qt, its plugins and the compiler's runtime beside confab.exe
#           (app/CMakeLists.txt, cmake/WindowsDeploy.cmake, cmake/NsisPerUser.cmake);
#   macOS   a DMG holding Confab.app with Qt deployed into the bundle by macdeployqt.
# Uninstalling removes only installed files: history, cache and settings live in the user's QStandardPaths folders.

set(CPACK_PACKAGE_NAME confab)
set(CPACK_PACKAGE_VENDOR "The Confab developers")
set(CPACK_PACKAGE_CONTACT "The Confab developers <maintainers@confab.app>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop chat client for OpenRouter and fal.ai")
# Line breaks are kept: Debian shows the description as written and wants lines under 80 columns.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "Confab streams answers from OpenRouter chat models and makes or edits\n"
  "images with fal.ai models. History is kept in a local, searchable store;\n"
  "API keys stay in the system keyring; spending limits and usage charts show\n"
  "what each model costs.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Confab)
set(CPACK_PACKAGE_EXECUTABLES confab Confab)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")
set(CPACK_PACKAGE_CHECKSUM SHA256)

if(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_PACKAGE_FILE_NAME Confab-${PROJECT_VERSION}-macOS)
  set(CPACK_DMG_VOLUME_NAME Confab)
  set(CPACK_DMG_FORMAT UDBZ)
elseif(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_FILE_NAME Confab-${PROJECT_VERSION}-Windows-setup)
  set(CPACK_NSIS_PACKAGE_NAME Confab)
  set(CPACK_NSIS_DISPLAY_NAME Confab)
  set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/confab.ico)
  set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/confab.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\confabw.exe")
  set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
  # The Start menu opens the GUI build, so no console window flashes up (app/CMakeLists.txt).
  set(CPACK_PACKAGE_EXECUTABLES confabw Confab)
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
  set(CPACK_NSIS_MUI_FINISHPAGE_RUN confabw.exe)
  set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
  set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
  set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Confab)
  include(${CMAKE_CURRENT_LIST_DIR}/NsisPerUser.cmake)
  # The libraries shipped beside confab.exe come with their licences.
  if(CONFAB_WIN_SDK)
    install(DIRECTORY ${CONFAB_WIN_SDK}/licenses/ DESTINATION licenses)
  endif()
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION licenses/confab)
else()
  set(CPACK_GENERATOR DEB TGZ)
  find_program(CONFAB_RPMBUILD rpmbuild)
  if(CONFAB_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
  endif()
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_PACKAGE_FILE_NAME confab-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})

  # Debian: shlibdeps finds the libraries confab links; the plugins Qt loads at run time (SQLite driver, window
  # system, SVG icons, WebP/other image formats) are invisible to it, so they are named here.
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_PACKAGE_SECTION net)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), \
libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6svg6 (>= 6.4), libqt6concurrent6 (>= 6.4), \
libqt6keychain1, qt6-qpa-plugins (>= 6.4), qt6-image-formats-plugins")

  # RPM names follow Fedora; autoreq adds the shared libraries as on Debian.
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_RELEASE 1)
  set(CPACK_RPM_PACKAGE_LICENSE MIT)
  set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
  set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
  set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase >= 6.4, qt6-qtbase-gui >= 6.4, qt6-qtsvg >= 6.4, qt6-qtimageformats, qtkeychain-qt6")
  set(CPACK_RPM_DEBUGINFO_PACKAGE OFF)
  set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
  # Shared folders belong to the filesystem and hicolor-icon-theme packages, never to confab.
  set(rpm_shared_dirs /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
                      /usr/share/icons /usr/share/icons/hicolor
                      /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
  foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    list(APPEND rpm_shared_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
  endforeach()
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${rpm_shared_dirs})
endif()

include(CPack)
