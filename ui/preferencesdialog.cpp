#include "preferencesdialog.h"

#include "mainwindow.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int defaultCacheMb = 256;
}

PreferencesDialog::PreferencesDialog(const QString &currentLibrary, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_cacheMb(new QSpinBox)
    , m_thumbnails(new QComboBox)
    , m_newestDay(new QCheckBox(tr("Open on the newest digest day")))
    , m_library(new QLabel)
    , m_libraryPath(currentLibrary)
{
    setWindowTitle(tr("Preferences"));
    QSettings settings;
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings.value(Translations::languageSetting()).toString())));
    m_cacheMb->setRange(16, 8192);
    m_cacheMb->setSuffix(tr(" MB"));
    m_cacheMb->setValue(settings.value(cacheSizeSetting(), defaultCacheMb).toInt());
    m_thumbnails->addItem(tr("Large"), 54);
    m_thumbnails->addItem(tr("Medium"), 36);
    m_thumbnails->addItem(tr("Small"), 24);
    m_thumbnails->addItem(tr("None (compact rows)"), 0);
    m_thumbnails->setCurrentIndex(qMax(0, m_thumbnails->findData(listThumbnailHeight())));
    m_newestDay->setChecked(settings.value(startOnNewestDaySetting(), false).toBool());
    m_library->setText(QDir::toNativeSeparators(m_libraryPath));
    m_library->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_library->setWordWrap(true);

    auto *choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseLibrary);
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Thumbnail cache:"), m_cacheMb);
    form->addRow(tr("Thumbnails in the list:"), m_thumbnails);
    form->addRow(QString(), m_newestDay);
    form->addRow(tr("Library:"), libraryRow);
    auto *note =
        new QLabel(tr("Language and library take effect the next time Daily Papers starts."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString PreferencesDialog::cacheSizeSetting()
{
    return QStringLiteral("thumbnails/cacheMb");
}

QString PreferencesDialog::startOnNewestDaySetting()
{
    return QStringLiteral("view/startOnNewestDay");
}

QString PreferencesDialog::listThumbnailSetting()
{
    return QStringLiteral("view/listThumbnailHeight");
}

int PreferencesDialog::listThumbnailHeight()
{
    return QSettings().value(listThumbnailSetting(), 36).toInt();
}

qint64 PreferencesDialog::cacheBytes()
{
    return QSettings().value(cacheSizeSetting(), defaultCacheMb).toLongLong() * 1024 * 1024;
}

void PreferencesDialog::chooseLibrary()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Library File"), QFileInfo(m_libraryPath).absolutePath(),
        tr("Daily Papers libraries (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_libraryPath = path;
    m_library->setText(QDir::toNativeSeparators(path));
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(Translations::languageSetting(), m_language->currentData().toString());
    settings.setValue(cacheSizeSetting(), m_cacheMb->value());
    settings.setValue(startOnNewestDaySetting(), m_newestDay->isChecked());
    settings.setValue(listThumbnailSetting(), m_thumbnails->currentData().toInt());
    settings.setValue(MainWindow::libraryPathSetting(), m_libraryPath);
    QDialog::accept();
}
