#pragma once

class QThreadPool;

// The threads our background work runs on. Never QThreadPool::globalInstance(): Qt's raster
// engine splits big paints (a progress bar, a scaled image) across the global pool and waits
// for them on the GUI thread, so an import or a library load holding the global pool's threads
// froze the window until it finished (about 0.4 s on two cores; for the whole import on one).
namespace WorkerPools {
// Imports and whole-library reads: long, at most a couple at a time.
QThreadPool *longJobs();
// Decoding thumbnails: short and many; kept apart so that an import never delays a picture.
QThreadPool *imageDecoding();
} // namespace WorkerPools
