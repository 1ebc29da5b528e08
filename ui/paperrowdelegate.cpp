#include "paperrowdelegate.h"

#include "itembackground.h"
#include "models/itemroles.h"
#include "thumbnails/thumbnailloader.h"

#include <QPainter>

PaperRowDelegate::PaperRowDelegate(ThumbnailLoader *loader, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_loader(loader)
    , m_placeholder(QStringLiteral(":/icons/placeholder-thumbnail.svg"))
    , m_video(QStringLiteral(":/icons/video-thumbnail.svg"))
{}

void PaperRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    paintItemBackground(painter, item);
    const QSize box = thumbnailSize();
    if (!box.isEmpty())
        paintThumbnail(painter, option.rect, index, box);

    // Title text right of the thumbnail (or the cell's edge when thumbnails are off).
    const int left = box.isEmpty() ? 4 : box.width() + 12;
    const QRect textRect = option.rect.adjusted(left, 0, -4, 0);
    painter->setFont(item.font);
    painter->setPen(item.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft,
        painter->fontMetrics().elidedText(item.text, Qt::ElideRight, textRect.width()));
}

void PaperRowDelegate::paintThumbnail(QPainter *painter, const QRect &cell,
                                      const QModelIndex &index, const QSize &box) const
{
    const QRect imageRect(cell.left() + 4, cell.center().y() - box.height() / 2 + 1, box.width(),
                          box.height());
    const QString id = index.data(ItemRoles::ArxivIdRole).toString();
    const QUrl url = index.data(ItemRoles::ThumbnailUrlRole).toUrl();
    const QImage image = m_loader ? m_loader->smallImage(id) : QImage();
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(box, Qt::KeepAspectRatio);
        const QRect target(imageRect.center().x() - fitted.width() / 2 + 1,
                           imageRect.center().y() - fitted.height() / 2 + 1, fitted.width(),
                           fitted.height());
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, image);
        return;
    }
    (ThumbnailLoader::isVideo(url) ? m_video : m_placeholder).paint(painter, imageRect);
    // Rows being painted are on screen: exactly the ones worth fetching.
    if (m_loader && !url.isEmpty() && !m_loader->hasFailed(id))
        m_loader->request(id, url, ThumbnailLoader::Priority::Visible);
}

QSize PaperRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width() + thumbnailSize().width() + 12, rowHeight(option.fontMetrics)};
}
