#pragma once

namespace confab {

// Ends the process with `code`, to be called once main()'s own objects (the application object first) are
// gone. Elsewhere this is std::exit. On Windows a MinGW-built program's C++ runtime runs the main thread's
// thread_local destructors only when its own DLL unloads, after Qt's DLL has been torn down; a Qt object
// destroyed there reaches into the thread's Qt event dispatcher, which waits in user32 for good (seen under
// Wine: the process never ends). So there the process ends without the DLL unload round, once C stdio is
// flushed; every file and database has been closed by then.
[[noreturn]] void endProcess(int code);

} // namespace confab
