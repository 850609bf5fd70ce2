# One INTERFACE target carries the language level, warnings and Qt strictness for every Confab target.
add_library(confab_config INTERFACE)
target_compile_features(confab_config INTERFACE cxx_std_20)
target_compile_definitions(confab_config INTERFACE
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  CONFAB_VERSION="${PROJECT_VERSION}")

if(MSVC)
  target_compile_options(confab_config INTERFACE /W4 /permissive- /utf-8)
else()
  target_compile_options(confab_config INTERFACE -Wall -Wextra -Wpedantic)
endif()

if(CONFAB_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CONFAB_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
  endif()
  # Libraries get the coverage instrumentation but not libFuzzer's main(), which only the fuzz executables
  # link (fuzz/CMakeLists.txt); otherwise the confab app and every other executable would lose their own main.
  target_compile_options(confab_config INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                 -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(confab_config INTERFACE -fsanitize=address,undefined)
elseif(CONFAB_SANITIZE)
  if(MSVC)
    target_compile_options(confab_config INTERFACE /fsanitize=address)
  else()
    target_compile_options(confab_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
    target_link_options(confab_config INTERFACE -fsanitize=address,undefined)
  endif()
endif()
