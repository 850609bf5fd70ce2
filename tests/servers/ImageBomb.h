#pragma once

#include <QByteArray>

namespace confab::testserver {

// A small, well-formed PNG whose header declares width × height pixels of greyscale: a decompression bomb
// when the size is large. Its pixel data is one zlib stream of zeros covering the first rows only, so a
// decoder that trusts the header allocates the whole picture before noticing the data ends.
QByteArray pngBomb(int width, int height);

} // namespace confab::testserver
