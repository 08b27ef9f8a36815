/*
 * mkbomb: writes a zip holding one entry of SIZE zero bytes that takes a
 * few megabytes on disk, without spending the time to compress SIZE bytes.
 *
 *   mkbomb OUT.zip SIZE_MIB [NAME]
 *
 * Deflate output for a block of zeros after a full flush does not depend
 * on what came before, so one compressed block is written many times.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#define CHUNK (1u << 20)

static void
le16(FILE *f, unsigned v)
{
	fputc(v & 0xff, f);
	fputc(v >> 8 & 0xff, f);
}

static void
le32(FILE *f, uint32_t v)
{
	le16(f, v & 0xffff);
	le16(f, v >> 16);
}

static size_t
deflate_chunk(z_stream *z, unsigned char *in, unsigned char *out, size_t cap, int flush)
{
	z->next_in = in;
	z->avail_in = in ? CHUNK : 0;
	z->next_out = out;
	z->avail_out = (uInt)cap;
	if (deflate(z, flush) == Z_STREAM_ERROR)
		exit(1);
	return cap - z->avail_out;
}

int
main(int argc, char **argv)
{
	unsigned long mib, i;
	const char *name = argc > 3 ? argv[3] : "zeros.bin";
	unsigned char *zero, *first, *block, *tail;
	size_t nfirst, nblock, ntail, cap = CHUNK;
	uint64_t size, csize;
	uint32_t crc = 0, nlen = (uint32_t)strlen(name);
	z_stream z = { 0 };
	FILE *f;

	if (argc < 3)
		return 2;
	mib = strtoul(argv[2], NULL, 10);
	size = (uint64_t)mib << 20;
	if (mib < 2 || size > 0xffffffffu)
		return 2;
	zero = calloc(1, CHUNK);
	first = malloc(cap);
	block = malloc(cap);
	tail = malloc(cap);
	deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
	nfirst = deflate_chunk(&z, zero, first, cap, Z_FULL_FLUSH);
	nblock = deflate_chunk(&z, zero, block, cap, Z_FULL_FLUSH);
	ntail = deflate_chunk(&z, NULL, tail, cap, Z_FINISH);
	deflateEnd(&z);
	for (i = 0; i < mib; i++)
		crc = (uint32_t)crc32(crc, zero, CHUNK);
	csize = nfirst + (mib - 1) * nblock + ntail;

	f = fopen(argv[1], "wb");
	if (!f)
		return 1;
	le32(f, 0x04034b50);	/* local file header */
	le16(f, 20); le16(f, 0); le16(f, 8); le16(f, 0); le16(f, 0x5821);
	le32(f, crc); le32(f, (uint32_t)csize); le32(f, (uint32_t)size);
	le16(f, (unsigned)nlen); le16(f, 0);
	fwrite(name, 1, nlen, f);
	fwrite(first, 1, nfirst, f);
	for (i = 1; i < mib; i++)
		fwrite(block, 1, nblock, f);
	fwrite(tail, 1, ntail, f);
	le32(f, 0x02014b50);	/* central directory */
	le16(f, 20); le16(f, 20); le16(f, 0); le16(f, 8); le16(f, 0); le16(f, 0x5821);
	le32(f, crc); le32(f, (uint32_t)csize); le32(f, (uint32_t)size);
	le16(f, (unsigned)nlen); le16(f, 0); le16(f, 0); le16(f, 0); le16(f, 0);
	le32(f, 0); le32(f, 0);
	fwrite(name, 1, nlen, f);
	le32(f, 0x06054b50);	/* end of central directory */
	le16(f, 0); le16(f, 0); le16(f, 1); le16(f, 1);
	le32(f, 46 + nlen); le32(f, (uint32_t)(30 + nlen + csize));
	le16(f, 0);
	if (fclose(f) != 0)
		return 1;
	free(zero); free(first); free(block); free(tail);
	return 0;
}
