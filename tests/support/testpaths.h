#pragma once

#include <QLatin1String>
#include <QString>
#include <QtGlobal>

// Where tests find their inputs. The real corpus sits beside the project by default
// (../shared/corpus); DAILYPAPERS_CORPUS_DIR points elsewhere, e.g. from a clone in /tmp.
namespace TestPaths {

inline QString corpus()
{
    return qEnvironmentVariable("DAILYPAPERS_CORPUS_DIR", QStringLiteral(DAILYPAPERS_CORPUS_DIR));
}

inline QString fixtures()
{
    return QStringLiteral(DAILYPAPERS_FIXTURES_DIR);
}

inline QString fixture(const char *name)
{
    return fixtures() + u'/' + QLatin1String(name);
}

} // namespace TestPaths
