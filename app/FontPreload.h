#pragma once

#include <thread>

// Where Qt finds fonts through fontconfig (Linux and the BSDs), the first widget that measures text waits for
// fontconfig to read its configuration and font cache: about a fifth of the instructions before Confab's
// first frame, and as many in a bare QMainWindow. Started at the top of main(), that reading runs on a thread
// of its own while the application object, the store and the models are set up, and the window waits only
// for what is left of it. Elsewhere (Windows, macOS) this does nothing.
namespace confab::app {

class FontPreload
{
public:
    FontPreload();
    ~FontPreload() { wait(); }
    FontPreload(const FontPreload &) = delete;
    FontPreload &operator=(const FontPreload &) = delete;

    // Before the first widget is built: Qt asked while the thread still reads would read it all again.
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

} // namespace confab::app
