#include "ProcessProbe.h"

#include <signal.h>

namespace confab::test {

bool processIsRunning(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0;
}

} // namespace confab::test
