<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChatCommand</name>
    <message numerus="yes">
        <source>, %n picture(s)</source>
        <translation>
            <numerusform>, %n picture</numerusform>
            <numerusform>, %n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>%n answer(s) cut off when Confab last stopped were marked as interrupted.</source>
        <translation>
            <numerusform>%n answer cut off when Confab last stopped was marked as interrupted.</numerusform>
            <numerusform>%n answers cut off when Confab last stopped were marked as interrupted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Spend per day (last %n day(s))
</source>
        <translation>
            <numerusform>Spend per day (last %n day)
</numerusform>
            <numerusform>Spend per day (last %n days)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1  %2  %n request(s)
</source>
        <translation>
            <numerusform>  %1  %2  %n request
</numerusform>
            <numerusform>  %1  %2  %n requests
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1  %n request(s)  %2 % ok  median %3 ms  p95 %4 ms  %5
</source>
        <translation>
            <numerusform>  %1  %n request  %2 % ok  median %3 ms  p95 %4 ms  %5
</numerusform>
            <numerusform>  %1  %n requests  %2 % ok  median %3 ms  p95 %4 ms  %5
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).
</source>
        <translation>
            <numerusform>Imported %n chat.
</numerusform>
            <numerusform>Imported %n chats.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateLimiter</name>
    <message numerus="yes">
        <source>You have sent %n request(s) in the last minute; the next one can go in %1. Change the limit in Settings → Limits.</source>
        <translation>
            <numerusform>You have sent %n request in the last minute; the next one can go in %1. Change the limit in Settings → Limits.</numerusform>
            <numerusform>You have sent %n requests in the last minute; the next one can go in %1. Change the limit in Settings → Limits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>snapshot %1 needs %n image(s) still on their way (%2)</source>
        <translation>
            <numerusform>snapshot %1 needs %n image still on its way (%2)</numerusform>
            <numerusform>snapshot %1 needs %n images still on their way (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device %1 (%2): %n segment(s) applied, last change %3</source>
        <translation>
            <numerusform>Device %1 (%2): %n segment applied, last change %3</numerusform>
            <numerusform>Device %1 (%2): %n segments applied, last change %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <comment>in the sync summary</comment>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <comment>after “in” and “from” in the sync summary</comment>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>segment %1 needs %n image(s) still on their way (%2)</source>
        <translation>
            <numerusform>segment %1 needs %n image still on its way (%2)</numerusform>
            <numerusform>segment %1 needs %n images still on their way (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>how far a clock is ahead</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>how far a clock is ahead</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>segment %1 needs %n document(s) still on their way (%2)</source>
        <translation>
            <numerusform>segment %1 needs %n document still on its way (%2)</numerusform>
            <numerusform>segment %1 needs %n documents still on their way (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message numerus="yes">
        <source>%1 of %Ln message(s)</source>
        <translation>
            <numerusform>%1 of %Ln message</numerusform>
            <numerusform>%1 of %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::McpClient</name>
    <message numerus="yes">
        <source>The server did not accept the initialized notification within %n s</source>
        <translation>
            <numerusform>The server did not accept the initialized notification within %n second</numerusform>
            <numerusform>The server did not accept the initialized notification within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::DocumentChips</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n chat(s)</source>
        <translation>
            <numerusform>Imported %n chat</numerusform>
            <numerusform>Imported %n chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::McpToolsPage</name>
    <message numerus="yes">
        <source>Ready, %n tool(s)</source>
        <translation>
            <numerusform>Ready, %n tool</numerusform>
            <numerusform>Ready, %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <translation>
            <numerusform>Imported %n server.</numerusform>
            <numerusform>Imported %n servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::MessageDelegate</name>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::OpenNotice</name>
    <message numerus="yes">
        <source>%n answer(s) were interrupted when Confab last closed; they can be retried.</source>
        <translation>
            <numerusform>%n answer was interrupted when Confab last closed; it can be retried.</numerusform>
            <numerusform>%n answers were interrupted when Confab last closed; they can be retried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::SyncIndicator</name>
    <message numerus="yes">
        <source>%n other device(s) in the sync folder</source>
        <translation>
            <numerusform>%n other device in the sync folder</numerusform>
            <numerusform>%n other devices in the sync folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::UsageWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; spent over %Ln request(s) in the last %2 days.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; spent over %Ln request in the last %2 days.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; spent over %Ln requests in the last %2 days.</numerusform>
        </translation>
    </message>
</context>
</TS>
