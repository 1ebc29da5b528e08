#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

// Lists the library folders (imported recursively and watched) with Add and Remove.
class FolderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderDialog)

public:
    explicit FolderDialog(const QStringList &folders, QWidget *parent = nullptr);

    void setFolders(const QStringList &folders);

Q_SIGNALS:
    void addRequested(const QString &folder);
    void removeRequested(const QString &folder);

private:
    void chooseFolder();
    void removeSelected();

    QListWidget *m_list;
    QPushButton *m_remove;
};
