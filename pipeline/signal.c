/*
 * signal: signal-export's text and JSON forms (not read yet).
 */
#include "read_priv.h"

void
signal_read(struct reader *rd, struct chat *c)
{
	rd_warn_at(rd, c->path, "looks like %s, which this version of ihh-read does not read yet",
	    fmt_name(c->fmt));
	rd->in->failed = 1;
}
