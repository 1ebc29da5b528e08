#pragma once

#include <QString>
#include <QUrl>

// arXiv identifiers are the identity of a paper: every link form maps to the bare id.
namespace ArxivId {

// "2311.10122" from https://arxiv.org/abs/2311.10122v2, /pdf/2311.10122.pdf,
// https://huggingface.co/papers/2311.10122, old-style "hep-th/9901001"; empty otherwise.
QString fromUrl(const QUrl &url);

// True for a bare id in the new (YYMM.NNNNN) or old (archive/YYMMNNN) scheme, no version.
bool isValid(const QString &id);

QUrl abstractUrl(const QString &id);
QUrl pdfUrl(const QString &id);
QUrl huggingFaceUrl(const QString &id);

} // namespace ArxivId
