#pragma once

#include "mcp/McpTypes.h"

#include <QString>

namespace confab {

// What the user decided about calling a tool.
enum class McpDecision
{
    AllowOnce,
    AlwaysAllow, // this tool of this server, while its description and schema stay as they were
    Deny,
};

// The user's standing approvals, kept in their settings file: tools always allowed (with the fingerprint of
// the description and schema they saw) and servers trusted whole. Nothing here is synced or exported.
class McpApprovals
{
public:
    explicit McpApprovals(QString settingsFile);

    // True when the call may go without asking: the server is trusted, or this tool was always allowed and
    // has not changed since.
    bool isPreApproved(const QString &server, const McpTool &tool) const;
    // True when this tool was always allowed once, but its description or schema is no longer what the
    // user approved: the prompt says so.
    bool changedSinceApproved(const QString &server, const McpTool &tool) const;
    void record(const QString &server, const McpTool &tool, McpDecision decision);

    bool isTrusted(const QString &server) const;
    void setTrusted(const QString &server, bool trusted);
    // Drops every approval of a server (when it is removed).
    void forget(const QString &server);

private:
    QString m_file;
};

} // namespace confab
