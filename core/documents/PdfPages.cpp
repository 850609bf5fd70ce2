#include "documents/PdfPages.h"

#include <algorithm>

namespace confab {
namespace {

// More pages than any PDF a chat would send; a "/Count" above this is not a page count.
constexpr int MaxPlausiblePages = 100'000;

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// A character that would continue a PDF name (so "/Page" followed by it is another name, like "/Pages").
bool continuesName(char c)
{
    return !isPdfWhitespace(c) && c != '/' && c != '<' && c != '>' && c != '[' && c != ']' && c != '(' &&
           c != ')' && c != '{' && c != '}' && c != '%';
}

qsizetype skipWhitespace(QByteArrayView bytes, qsizetype at)
{
    while (at < bytes.size() && isPdfWhitespace(bytes[at]))
        ++at;
    return at;
}

// Whether the name `name` starts at `at` and ends there (not a longer name).
bool nameAt(QByteArrayView bytes, qsizetype at, QByteArrayView name)
{
    if (bytes.size() - at < name.size() || bytes.sliced(at, name.size()) != name)
        return false;
    const qsizetype end = at + name.size();
    return end == bytes.size() || !continuesName(bytes[end]);
}

} // namespace

int pdfPageCount(QByteArrayView pdf)
{
    if (!pdf.startsWith("%PDF-"))
        return -1;
    int pages = 0;
    int largestCount = -1;
    qsizetype at = 0;
    while ((at = pdf.indexOf('/', at)) >= 0) {
        if (nameAt(pdf, at, "/Type")) {
            const qsizetype value = skipWhitespace(pdf, at + 5);
            if (nameAt(pdf, value, "/Page") && pages < MaxPlausiblePages)
                ++pages;
            at = value;
            continue;
        }
        if (nameAt(pdf, at, "/Count")) {
            qsizetype digit = skipWhitespace(pdf, at + 6);
            qint64 count = 0;
            const qsizetype first = digit;
            while (digit < pdf.size() && pdf[digit] >= '0' && pdf[digit] <= '9' && count <= MaxPlausiblePages)
                count = count * 10 + (pdf[digit++] - '0');
            if (digit > first && count <= MaxPlausiblePages)
                largestCount = std::max(largestCount, int(count));
            at = digit;
            continue;
        }
        ++at;
    }
    if (pages > 0)
        return pages;
    return largestCount > 0 ? largestCount : -1;
}

} // namespace confab
