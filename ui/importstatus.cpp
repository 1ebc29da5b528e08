#include "importstatus.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

ImportStatus::ImportStatus(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar)
    , m_cancel(new QToolButton)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import; files already read stay imported"));
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ImportStatus::cancelRequested);
    hide();
}

void ImportStatus::begin()
{
    m_progress->setRange(0, 0); // busy until the file count is known
    m_cancel->setEnabled(true);
    show();
}

void ImportStatus::setProgress(int filesDone, int filesTotal)
{
    m_progress->setRange(0, filesTotal);
    m_progress->setValue(filesDone);
    m_progress->setFormat(tr("%v of %m files"));
}

void ImportStatus::end()
{
    hide();
}
