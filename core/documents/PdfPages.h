#pragma once

#include <QByteArrayView>

namespace confab {

// The number of pages of a PDF, read without a PDF library: the page objects ("/Type /Page") where they
// stand in the open, else the largest "/Count" of the page tree. -1 when neither can be seen (page objects
// inside compressed object streams) or the bytes are not a PDF. Linear in the size, never reads past it; an
// incrementally updated file may count a changed page twice, so it is a figure for limits and chips, not a
// promise.
int pdfPageCount(QByteArrayView pdf);

} // namespace confab
