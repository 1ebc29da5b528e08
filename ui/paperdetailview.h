#pragma once

#include "library/paperrecord.h"

#include <QTextBrowser>

// Shows one paper: title, votes, date, authors and its sections with inline markdown.
// Links are reported, never followed here, and nothing is loaded from outside the app.
class PaperDetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperDetailView)

public:
    explicit PaperDetailView(QWidget *parent = nullptr);

    void showPaper(const PaperRecord &paper);
    void showMessage(const QString &title, const QString &text);
    // Marks every occurrence of each (case-folded) search term.
    void highlight(const QStringList &terms);
    const QString &arxivId() const { return m_arxivId; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    QString m_arxivId;
};
