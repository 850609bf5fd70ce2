#include "mcp/ServerProcessGroup.h"

#include <QProcess>

#include <signal.h>
#include <unistd.h>

namespace confab {

ServerProcessGroup::~ServerProcessGroup() = default;

void ServerProcessGroup::prepare(QProcess &process)
{
    // A session of its own: the server and its children form one group, and a Ctrl+C meant for the CLI does
    // not reach the server first.
    process.setChildProcessModifier([] { ::setsid(); });
}

void ServerProcessGroup::adopt(qint64 processId)
{
    m_groupId = processId;
}

void ServerProcessGroup::askToEnd()
{
    if (m_groupId > 0)
        ::kill(pid_t(-m_groupId), SIGTERM);
}

void ServerProcessGroup::terminate()
{
    if (m_groupId > 0)
        ::kill(pid_t(-m_groupId), SIGKILL);
}

void ServerProcessGroup::release()
{
    m_groupId = 0;
}

} // namespace confab
