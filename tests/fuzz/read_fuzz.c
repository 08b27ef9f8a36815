/*
 * libFuzzer harness for the export readers: any bytes, as one input of
 * ihh-read (WhatsApp, mbox, e-mail, archives holding them).  Every record
 * written must follow the schema.
 *
 *   make fuzz [FUZZ_SECONDS=60]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "read.h"
#include "stream.h"

static int
check(void *ctx, json_t *rec)
{
	char msg[256];

	(void)ctx;
	if (stream_validate(rec, msg, sizeof(msg)) != 0) {
		fprintf(stderr, "record breaks the schema: %s\n", msg);
		json_dumpf(rec, stderr, JSON_COMPACT);
		abort();
	}
	return 0;
}

static void
quiet(void *ctx, const char *msg)
{
	(void)ctx;
	(void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct reader *r;
	struct read_opts o = { 0 };
	char err[256];

	if (!r && !(r = reader_new(&o, check, quiet, NULL, err, sizeof(err))))
		abort();
	reader_add_memory(r, "fuzz", data, size);
	return 0;
}
