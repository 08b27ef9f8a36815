/*
 * ihh: versions shared by every program and stage.
 */
#ifndef IHH_H
#define IHH_H

#define IHH_VERSION "0.1.0"

/*
 * The stream schema's version (docs/stream.md).  Raised when a field
 * changes meaning; adding an optional field does not raise it.
 */
#define IHH_STREAM_VERSION 1

#endif
