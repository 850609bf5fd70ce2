#pragma once

// Catch2 v2 (Debian bookworm) and v3 (newer systems) differ only in where their headers live.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include "QtPrinters.h"
