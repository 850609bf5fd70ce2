# Confab's Windows installer installs for the user running it, without administrator rights, as Windows apps that
# update themselves do: into %LOCALAPPDATA%\Programs\Confab, with the Start-menu entry and the "Apps & features"
# entry under that user. CPack's NSIS script always asks for administrator rights and installs for everyone when
# it gets them, so this writes a copy of CPack's own script with those choices turned around, and a 64-bit
# Unicode installer stub (a 32-bit one could not write to 64-bit Windows' own registry view, and does not run
# under a 64-bit-only Wine).
set(confab_nsis_template_in "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
file(READ "${confab_nsis_template_in}" confab_nsis)
foreach(pair IN ITEMS
    "RequestExecutionLevel admin|RequestExecutionLevel user"
    "SetShellVarContext all|SetShellVarContext current"
    "HKLM \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall|SHCTX \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 from)
  list(GET pair 1 to)
  string(FIND "${confab_nsis}" "${from}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "CPack's NSIS script (${confab_nsis_template_in}) no longer has '${from}'; update ${CMAKE_CURRENT_LIST_FILE}")
  endif()
  string(REPLACE "${from}" "${to}" confab_nsis "${confab_nsis}")
endforeach()
# After the script's first line, which starts with the byte-order mark that tells makensis the file is UTF-8.
string(FIND "${confab_nsis}" "\n" first_line_end)
math(EXPR first_line_end "${first_line_end} + 1")
string(SUBSTRING "${confab_nsis}" 0 ${first_line_end} confab_nsis_head)
string(SUBSTRING "${confab_nsis}" ${first_line_end} -1 confab_nsis_rest)
set(confab_nsis "${confab_nsis_head}Unicode true\nTarget amd64-unicode\n${confab_nsis_rest}")
file(WRITE "${CMAKE_BINARY_DIR}/cpack-templates/NSIS.template.in" "${confab_nsis}")
list(PREPEND CMAKE_MODULE_PATH "${CMAKE_BINARY_DIR}/cpack-templates")
