/*
 * bag: BagIt 1.0 (RFC 8493) bags, checked the way a receiving archive
 * checks them.
 */
#ifndef IHH_BAG_H
#define IHH_BAG_H

#include <stddef.h>

/* One finding: the file it concerns (relative to the bag, or "" for the
 * bag as a whole) and what is wrong. */
typedef void (*bag_finding_fn)(void *ctx, const char *file, const char *problem);

/*
 * Checks the bag in folder dir: bagit.txt, every payload manifest (every
 * file under data/ in each, each listed once, each checksum right),
 * every tag manifest, Payload-Oxum, no symbolic links.  Each problem goes
 * to found; the number of problems is returned (0: a valid bag).
 */
size_t bag_verify(const char *dir, bag_finding_fn found, void *ctx);

#endif
