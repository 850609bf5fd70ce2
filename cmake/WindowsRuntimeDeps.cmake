# Install-time half of cmake/WindowsDeploy.cmake for cross builds: copies the DLLs that the programs and plugins
# import, and the DLLs those import, from the search folders into DESTINATION.
# CMake reports a Windows DLL's name in lower case and then looks for exactly that name, which a case-sensitive
# Linux disk does not have (Qt6Core.dll, not qt6core.dll); so every name is left unresolved on purpose and
# matched here without regard to case. Names matching none of INCLUDE are Windows' own DLLs.
# Expects: BINARIES, DIRECTORIES, INCLUDE (regexes), DESTINATION.
set(available)
foreach(dir IN LISTS DIRECTORIES)
  file(GLOB dlls "${dir}/*.dll")
  list(APPEND available ${dlls})
endforeach()

set(scanned)
set(to_scan ${BINARIES})
set(found)
while(to_scan)
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${to_scan}
    UNRESOLVED_DEPENDENCIES_VAR names
    PRE_INCLUDE_REGEXES ${INCLUDE}
    PRE_EXCLUDE_REGEXES ".*")
  list(APPEND scanned ${to_scan})
  set(to_scan)
  foreach(name IN LISTS names)
    set(match)
    foreach(candidate IN LISTS available)
      get_filename_component(candidate_name "${candidate}" NAME)
      string(TOLOWER "${candidate_name}" candidate_lower)
      if(candidate_lower STREQUAL name)
        set(match "${candidate}")
        break()
      endif()
    endforeach()
    if(NOT match)
      message(FATAL_ERROR "${name} is needed but is in none of: ${DIRECTORIES}")
    endif()
    list(FIND found "${match}" index)
    if(index EQUAL -1)
      list(APPEND found "${match}")
      list(APPEND to_scan "${match}")
    endif()
  endforeach()
endwhile()
list(SORT found)
file(INSTALL ${found} DESTINATION "${DESTINATION}")
