#include "logging.h"

Q_LOGGING_CATEGORY(lcDigest, "dailypapers.digest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "dailypapers.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "dailypapers.import", QtInfoMsg)
