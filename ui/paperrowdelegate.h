#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

class ThumbnailLoader;

// The title column: a small thumbnail, then the title. Painting a row asks the loader for its
// picture, so only rows that are on screen are ever fetched.
class PaperRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperRowDelegate)

public:
    explicit PaperRowDelegate(ThumbnailLoader *loader, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Thumbnail height in the list (16:9); 0 shows no thumbnails and compact rows.
    void setThumbnailHeight(int height) { m_height = qMax(0, height); }
    QSize thumbnailSize() const { return {m_height * 16 / 9, m_height}; }
    // Every row has this height: the list lays out only the rows on screen.
    int rowHeight(const QFontMetrics &metrics) const
    {
        return qMax(metrics.height() + 8, thumbnailSize().height() + 6);
    }

private:
    void paintThumbnail(QPainter *painter, const QRect &cell, const QModelIndex &index,
                        const QSize &box) const;

    ThumbnailLoader *m_loader;
    QIcon m_placeholder;
    QIcon m_video;
    int m_height = 36;
};
