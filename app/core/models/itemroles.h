#pragma once

#include <Qt>

// Every custom role of the app's models, in one place.
namespace ItemRoles {
enum : int {
    ArxivIdRole = Qt::UserRole + 1,
    TitleRole,
    DateRole,         // QDate of the newest appearance
    VotesRole,        // int, or an invalid QVariant when the digest gave none
    StarredRole,      // bool
    ReadRole,         // bool
    ThumbnailUrlRole, // QUrl of the paper's image or video, maybe empty
};
}
