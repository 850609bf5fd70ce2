#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1100, 720);
    confab::ui::probeFirstPaint(&window, sinceMain, QStringLiteral("startup_bare"));
    window.show();
    return QApplication::exec();
}
