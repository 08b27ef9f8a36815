/*
 * verify: a package checked the way a receiving archive checks it
 * (verify.c): the bag, the MDTO sidecars, the files they describe, the
 * audit log it carries.
 */
#ifndef IHH_VERIFY_H
#define IHH_VERIFY_H

#include <stddef.h>

#include "bag.h"

/*
 * Checks the package at path, a folder or an archive (tar, tar.gz, zip;
 * unpacked into a private folder beside it and removed after), against
 * the MDTO schemas named (NULL-terminated, may be NULL).  Each problem
 * goes to found; their number is returned.
 */
size_t package_verify(const char *path, const char *const *schemas, bag_finding_fn found,
    void *ctx);

#endif
