#pragma once

#include <QStringList>

// How main() meets the console it may have been started from. Windows ties this to the program's link type:
// confab.exe is a console program (the CLI prints where it was typed), confabw.exe a GUI one (no console
// flash from the Start menu). Elsewhere a process simply inherits its terminal, and these do nothing.
namespace confab::app {

// The command line as the user typed it. On Windows, argv is in the ANSI code page and loses any name outside
// it (a picture called "Straße.png" on a Japanese system), so the UTF-16 command line is read instead.
QStringList commandLineArguments(int argc, char **argv);

// Before anything prints: makes stdout and stderr UTF-8 in a Windows console, and lets a GUI program started
// from a console (confabw.exe --version) print into it.
void setUpConsoleOutput();

// Before the window opens: a console program that has a console window to itself (started from Explorer) lets
// go of it, so no empty console stays open beside the window. A console shared with a shell stays.
void releaseOwnConsole();

} // namespace confab::app
