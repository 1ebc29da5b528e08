#include "digestimporter.h"

#include "digest/digestparser.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>

DigestImporter::DigestImporter(Library &library)
    : m_library(library)
{}

QStringList DigestImporter::collectFiles(const QStringList &paths, QList<ParseWarning> *warnings)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), {QStringLiteral("*.md")},
                            QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            const qsizetype before = files.size();
            while (it.hasNext())
                files.append(QFileInfo(it.next()).absoluteFilePath());
            if (files.size() == before && warnings)
                warnings->append({path, 0, QStringLiteral("a folder with no *.md digests in it")});
        } else if (info.exists() || path.startsWith(u":/")) {
            files.append(path.startsWith(u":/") ? path : info.absoluteFilePath());
        } else if (warnings) {
            warnings->append({path, 0, QStringLiteral("no such file or folder")});
        }
    }
    files.sort();
    files.removeDuplicates();
    return files;
}

ImportReport DigestImporter::importFiles(const QStringList &files, const Progress &progress,
                                         const std::atomic_bool *cancel)
{
    ImportReport report;
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QString &file = files.at(i);
        if (progress)
            progress(i, int(files.size()), file);

        ParseWarning problem;
        const std::optional<QByteArray> bytes = DigestParser::readFile(file, problem);
        if (!bytes) {
            report.warnings.append(problem);
            ++report.filesFailed;
            continue;
        }
        const QByteArray hash = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha1).toHex();
        if (m_library.isAlreadyImported(file, hash)) {
            ++report.filesUnchanged;
            continue;
        }
        const ParsedDigest digest = DigestParser::parse(*bytes, file);
        report.warnings.append(digest.warnings);
        if (!digest.isDigest()) {
            ++report.filesFailed;
            continue;
        }
        const std::optional<ImportSummary> summary = m_library.importDigest(digest, hash);
        if (!summary) {
            report.libraryError = m_library.lastError();
            report.warnings.append(
                {file, 0, QStringLiteral("not imported: %1").arg(m_library.lastError())});
            ++report.filesFailed;
            continue;
        }
        report.papers += *summary;
        ++report.filesImported;
        qCDebug(lcImport) << file << summary->added << "added" << summary->updated << "updated";
    }
    // The search index catches up once, for everything this import changed: one batch writes
    // the index far faster than a flush per file.
    if (report.filesImported > 0 && !m_library.updateSearchIndex())
        report.warnings.append({QString(), 0,
                                QStringLiteral("the search index could not be updated: %1")
                                    .arg(m_library.lastError())});
    if (progress && !report.cancelled)
        progress(int(files.size()), int(files.size()), {});
    return report;
}
