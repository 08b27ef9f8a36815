/*
 * libFuzzer harness for the stream's line handling: any bytes as a line.
 * When it is a record, writing it again with some members changed
 * (stream_write_changed) must give one line that reads back as the same
 * record with the same change.
 *
 *   make fuzz [FUZZ_SECONDS=60]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stream.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
change(json_t *rec)
{
	json_object_del(rec, "review");
	json_object_set_new(rec, "class", json_string("prive"));
	json_object_set_new(rec, "reasons", json_pack("[s]", "x"));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const keys[] = { "class", "reasons", "review", NULL };
	char *out = NULL;
	size_t outlen = 0, len;
	FILE *in, *o;
	struct stream_reader *r;
	json_t *rec, *back;
	const char *line;

	if (!size)
		return 0;
	if (!(in = fmemopen((void *)data, size, "r")))
		abort();
	r = stream_reader_new(in, "fuzz");
	if (stream_read(r, &rec) == 1) {
		line = stream_reader_text(r, &len);
		change(rec);
		o = open_memstream(&out, &outlen);
		if (!o || stream_write_changed(o, rec, line, len, keys) != 0)
			abort();
		fclose(o);
		if (!outlen || out[outlen - 1] != '\n' || memchr(out, '\n', outlen - 1))
			abort();
		if (!(back = json_loadb(out, outlen, 0, NULL)) || !json_equal(back, rec))
			abort();
		json_decref(back);
		json_decref(rec);
		free(out);
	}
	stream_reader_free(r);
	fclose(in);
	return 0;
}
