/*
 * sms: Android "SMS Backup & Restore" XML (not read yet).
 */
#include "read_priv.h"

int
sms_read(struct reader *rd, struct member *m)
{
	rd_warn_at(rd, m->path, "looks like %s, which this version of ihh-read does not read yet",
	    fmt_name(FMT_SMS));
	return -1;
}
