#include "StdioPlatform.h"

#include <cstdlib>
#include <iostream>
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

namespace confab::testserver::stdio {

void prepare()
{
    ::signal(SIGPIPE, SIG_IGN);
}

bool readMore(std::string &buffer, int timeoutMs)
{
    pollfd fd{STDIN_FILENO, POLLIN, 0};
    if (::poll(&fd, 1, timeoutMs) == 0)
        return false;
    char chunk[65536];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got <= 0) {
        std::cerr << "stdin closed, exiting" << std::endl;
        std::exit(0);
    }
    buffer.append(chunk, size_t(got));
    return true;
}

std::int64_t monotonicNanoseconds()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec;
}

std::int64_t startLongLivedChild(const char *)
{
    // In our process group, so it outlives us unless the whole group is ended.
    const pid_t child = ::fork();
    if (child == 0) {
        ::execlp("sleep", "sleep", "300", nullptr);
        std::_Exit(1);
    }
    return child;
}

void sleepLong()
{
    ::sleep(300);
}

} // namespace confab::testserver::stdio
