#pragma once

#include <QtGlobal>

class QProcess;

namespace confab {

// A stdio server and everything it starts (npx → node, a shell → its children), ended together. POSIX puts
// the server in a session of its own and signals the group; Windows puts it in a job object that is
// terminated as a whole. One implementation file per platform.
class ServerProcessGroup
{
public:
    ServerProcessGroup() = default;
    ~ServerProcessGroup();
    ServerProcessGroup(const ServerProcessGroup &) = delete;
    ServerProcessGroup &operator=(const ServerProcessGroup &) = delete;

    // Before QProcess::start(): the child is made the leader of its own group where the platform needs that.
    static void prepare(QProcess &process);
    // Once the process has started.
    void adopt(qint64 processId);
    // Asks the group to end (SIGTERM; on Windows nothing can be asked of a console program, so this waits
    // for terminate()).
    void askToEnd();
    // Ends the group at once.
    void terminate();
    void release();

private:
    qint64 m_groupId = 0;
    void *m_job = nullptr; // Windows only: the job object's handle
};

} // namespace confab
