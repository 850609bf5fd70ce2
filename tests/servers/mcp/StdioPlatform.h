#pragma once

#include <cstdint>
#include <string>

// What the stdio MCP test server needs from its operating system (StdioPlatformPosix.cpp,
// StdioPlatformWindows.cpp).
namespace confab::testserver::stdio {

// Before anything else: a client that goes away mid-answer must not kill the server with SIGPIPE.
void prepare();
// Appends what arrives on stdin within timeoutMs (-1: forever) to `buffer`; false on timeout. Exits on EOF.
bool readMore(std::string &buffer, int timeoutMs);
// Now on the clock every process on this machine shares, in nanoseconds.
std::int64_t monotonicNanoseconds();
// Starts a process that lives five minutes unless it is ended with us, and returns its pid.
std::int64_t startLongLivedChild(const char *self);
// The body of that child.
void sleepLong();

} // namespace confab::testserver::stdio
