#pragma once

#include <QtGlobal>

namespace confab::test {

// Whether a process with this id is still running (ProcessProbePosix.cpp, ProcessProbeWindows.cpp).
bool processIsRunning(qint64 pid);

} // namespace confab::test
