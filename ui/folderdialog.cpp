#include "folderdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

FolderDialog::FolderDialog(const QStringList &folders, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
    , m_remove(new QPushButton(tr("&Remove")))
{
    setWindowTitle(tr("Library Folders"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Digests in these folders (and their subfolders) are "
                                      "imported, and new or changed ones are imported as they "
                                      "appear. A clone of a digest repository works well."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *add = buttons->addButton(tr("&Add Folder…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &FolderDialog::chooseFolder);
    connect(m_remove, &QPushButton::clicked, this, &FolderDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    setFolders(folders);
    resize(560, 320);
}

void FolderDialog::setFolders(const QStringList &folders)
{
    m_list->clear();
    m_list->addItems(folders);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void FolderDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Add a Folder of Digests"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        Q_EMIT addRequested(folder);
}

void FolderDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString folder = item->text();
    const auto answer = QMessageBox::question(
        this, tr("Remove Folder"),
        tr("Stop watching %1 and remove the papers that came only from it?\n\nStarred papers "
           "stay in the library; the files on disk are not touched.")
            .arg(folder),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        Q_EMIT removeRequested(folder);
}
