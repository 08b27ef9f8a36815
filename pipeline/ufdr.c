/*
 * ufdr: Cellebrite UFDR report.xml (not read yet).
 */
#include "read_priv.h"

int
ufdr_read(struct reader *rd, struct member *m)
{
	rd_warn_at(rd, m->path, "looks like %s, which this version of ihh-read does not read yet",
	    fmt_name(FMT_UFDR));
	return -1;
}
