#include "mcp/ServerProcessGroup.h"

#include <QProcess>

#include <windows.h>

namespace confab {

ServerProcessGroup::~ServerProcessGroup()
{
    release();
}

void ServerProcessGroup::prepare(QProcess &)
{
    // The job object is joined once the process exists (adopt); what it starts from then on belongs to it.
}

void ServerProcessGroup::adopt(qint64 processId)
{
    release();
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    if (!job)
        return;
    // Closing the last handle ends the group too, so a Confab that dies leaves no server behind.
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
    HANDLE process = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(processId));
    if (!process || !AssignProcessToJobObject(job, process)) {
        if (process)
            CloseHandle(process);
        CloseHandle(job);
        return;
    }
    CloseHandle(process);
    m_job = job;
}

void ServerProcessGroup::askToEnd() {}

void ServerProcessGroup::terminate()
{
    if (m_job)
        TerminateJobObject(HANDLE(m_job), 1);
}

void ServerProcessGroup::release()
{
    if (m_job)
        CloseHandle(HANDLE(m_job));
    m_job = nullptr;
}

} // namespace confab
