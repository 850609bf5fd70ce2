#pragma once

#include <QElapsedTimer>
#include <QString>

namespace confab::cli {

// "Exporting… 42%" redrawn in place on stderr while a long command runs, only when stderr is a terminal:
// piped or redirected output stays free of carriage returns.
class ProgressLine
{
public:
    explicit ProgressLine(QString label);
    ~ProgressLine();

    void update(qint64 done, qint64 total);

private:
    QString m_label;
    bool m_terminal;
    bool m_drawn = false;
    QElapsedTimer m_sinceDrawn;
};

} // namespace confab::cli
