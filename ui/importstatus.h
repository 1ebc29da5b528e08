#pragma once

#include <QWidget>

class QProgressBar;
class QToolButton;

// The status bar's import indicator: a progress bar and a Cancel button, shown while an
// import runs.
class ImportStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportStatus)

public:
    explicit ImportStatus(QWidget *parent = nullptr);

    void begin();
    void setProgress(int filesDone, int filesTotal);
    void end();

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};
