#include "StdioPlatform.h"

#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <fcntl.h>
#include <io.h>
#include <iostream>
#include <mutex>
#include <thread>
#include <windows.h>

namespace confab::testserver::stdio {

namespace {
// Windows cannot wait on a pipe with a timeout the way poll() does, so a thread reads stdin and hands over
// what it got.
std::mutex g_mutex;
std::condition_variable g_arrived;
std::string g_received;
bool g_closed = false;

void readStdin()
{
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    char chunk[65536];
    DWORD got = 0;
    while (ReadFile(in, chunk, sizeof chunk, &got, nullptr) && got > 0) {
        const std::lock_guard lock(g_mutex);
        g_received.append(chunk, got);
        g_arrived.notify_one();
    }
    const std::lock_guard lock(g_mutex);
    g_closed = true;
    g_arrived.notify_one();
}
} // namespace

void prepare()
{
    // Messages end with a bare LF, as the protocol says, not the CRLF of a Windows text stream.
    _setmode(_fileno(stdout), _O_BINARY);
    std::thread(readStdin).detach();
}

bool readMore(std::string &buffer, int timeoutMs)
{
    std::unique_lock lock(g_mutex);
    const auto ready = [] { return g_closed || !g_received.empty(); };
    if (timeoutMs < 0)
        g_arrived.wait(lock, ready);
    else if (!g_arrived.wait_for(lock, std::chrono::milliseconds(timeoutMs), ready))
        return false;
    if (g_received.empty()) {
        std::cerr << "stdin closed, exiting" << std::endl;
        std::_Exit(0);
    }
    buffer += g_received;
    g_received.clear();
    return true;
}

std::int64_t monotonicNanoseconds()
{
    LARGE_INTEGER counter, frequency;
    QueryPerformanceCounter(&counter);
    QueryPerformanceFrequency(&frequency);
    return std::int64_t(double(counter.QuadPart) * 1e9 / double(frequency.QuadPart));
}

std::int64_t startLongLivedChild(const char *self)
{
    // Inherits our job object, as a grandchild of a real server would; it outlives us unless the job is
    // ended.
    std::string commandLine = std::string("\"") + self + "\" sleep-long";
    STARTUPINFOA startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessA(nullptr, commandLine.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup,
                        &process))
        return 0;
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return process.dwProcessId;
}

void sleepLong()
{
    Sleep(300000);
}

} // namespace confab::testserver::stdio
