/*
 * whatsapp: WhatsApp's text export, Android and iOS, any UI language
 * whose header lines follow the common forms:
 *
 *   5-3-2024 14:02 - Naam: tekst               Android, nl
 *   3/5/24, 2:02 PM - Name: text               Android, en-US
 *   [05-03-2024 14:02:11] Naam: tekst          iOS, nl
 *   [05/03/2024, 2:02:11 PM] Name: text        iOS, en
 *
 * A line that does not start with a header of the file's own form
 * continues the message before it, blank lines and pasted chat lines
 * included.  The day/month order is inferred per file.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "read_priv.h"
#include "text.h"

/* Header groups: 1 bracket, 2-5 date and separator, 6 comma, 7-9 time,
 * 10 am/pm, 11 the colon that ends some old iOS headers */
static const char header_re[] =
	"^(\\[)?(\\d{1,4})([./-])(\\d{1,2})\\3(\\d{1,4})"
	"(?:(,)[ \\x{a0}\\x{202f}]*|[ \\x{a0}\\x{202f}]+)(?:klo )?"
	"(\\d{1,2})[:.](\\d\\d)(?:[:.](\\d\\d))?"
	"(?:[ \\x{a0}\\x{202f}]*([AaPp])\\.?[ \\x{a0}\\x{202f}]?[Mm]\\.?)?"
	"(?(1)\\][ \\x{a0}]?|(?:[ \\x{a0}\\x{202f}]+[-\\x{2013}][ \\x{a0}\\x{202f}]?|(:) ))";

/* The end-to-end notices, old and new, that open most exports. */
static const char e2e_re[] =
	"end-to-end[- ]?(?:encrypted|encryption|versleuteld|versleuteling|encryptie)|"
	"Ende-zu-Ende-verschlüsselt|cifrados de extremo a extremo|"
	"chiffrés de bout en bout";

/*
 * The app's own notices in Dutch ("u" and "je" forms) and English
 * (docs/research/whatsapp-formats.md, section 5).  On Android they have
 * no sender; iOS writes some under the group's or the actor's name.
 */
#define ACTOR "(?:.+ heeft|U hebt|Je hebt|Jij hebt|Een deelnemer heeft)"
#define YOU "(?:You|.+)"
static const char system_re[] =
	"^(?:"
	/* group life */
	YOU " created (?:group |this group)|Group creator created group |"
	ACTOR " (?:de |deze )?groep .*(?:aangemaakt|gemaakt)$|Oprichter heeft groep .+ aangemaakt|"
	YOU " added .+|.+ added you$|You were added$|"
	ACTOR " .+ toegevoegd$|.+ heeft (?:u|je|jou) toegevoegd$|"
	"(?:U|Je|Jij) bent toegevoegd$|.+ is toegevoegd$|"
	YOU " removed .+|.+ removed you$|" ACTOR " .+ verwijderd$|"
	".+ heeft (?:u|je|jou) verwijderd$|(?:U|Je|Jij) bent verwijderd$|"
	".+ left$|You left$|" ACTOR " de groep verlaten$|.+ is vertrokken$|"
	YOU " joined using (?:this group's invite link|your invite)|"
	".+ joined from the community|"
	".+ neemt deel via (?:uw|je|jouw) uitnodiging|"
	"(?:.+ is|U bent|Je bent) (?:deelnemer|lid) geworden via de uitnodigingslink|"
	YOU " changed the subject |A participant changed the subject |"
	ACTOR " het onderwerp (?:gewijzigd|veranderd)|"
	YOU " (?:changed|deleted) (?:this group's icon|the group description)|"
	ACTOR " de (?:groepsafbeelding|groepsomschrijving|groepsbeschrijving) (?:gewijzigd|verwijderd)|"
	YOU " changed (?:this group's|the group) settings|"
	ACTOR " de groepsinstellingen gewijzigd|"
	".+ is now an admin$|You're now an admin$|(?:U|Je) bent nu (?:een )?beheerder$|"
	".+ is nu (?:een )?beheerder$|"
	/* numbers, codes, calls */
	"(?:Your|Uw|Je) security code with .+ changed|"
	"(?:Uw|Je|Jouw) beveiligingscode (?:voor|met) .+ is gewijzigd|"
	".+'s security code changed|"
	".+ changed (?:their|his|her) phone number|.+ changed to \\+?[0-9]|"
	".+ heeft een nieuw telefoonnummer|"
	"Missed (?:group )?(?:voice|video) call|Gemiste (?:groeps)?(?:spraak|video-?)oproep|"
	"Gemist (?:groeps)?(?:spraak|video)gesprek|"
	/* chat settings */
	YOU " turned (?:on|off) disappearing messages|You updated the message timer|"
	ACTOR " berichten met vervaldatum (?:in|uit)geschakeld|"
	".*disappearing messages|.*verdwijnende berichten|"
	"You (?:blocked|unblocked) this (?:contact|business)|"
	"(?:U|Je) hebt dit (?:contact|bedrijf) (?:geblokkeerd|gedeblokkeerd)|"
	"This chat is with (?:a|an official) business account|"
	"Deze chat is met een (?:bedrijfsaccount|zakelijk account)|"
	"This business (?:uses|is using) a secure service|Dit bedrijf gebruikt een veilige dienst|"
	"Dit account heeft zich geregistreerd als een zakelijk account|"
	"Waiting for this message|Wachten op dit bericht"
	")";

/* Media named in the first line of a message. */
static const char media_android_re[] =
	"^(.+?)[ \\x{a0}]\\((?:bestand bijgevoegd|file attached|Datei angehängt|"
	"archivo adjunto|fichier joint|arquivo anexado)\\)$";
static const char media_ios_re[] =
	"<(?:bijgevoegd|attached|Anhang|adjunto|pièce jointe|anexado): ([^>]+)>";
static const char media_none_re[] =
	"(?:^<(?:Media (?:weggelaten|omitted)|Medien ausgeschlossen|Multimedia omitido|"
	"Médias omis|Mídia oculta)>|"
	"(?:^|[ \\x{a0}])((?:afbeelding|image|foto|photo|video|audio|sticker|GIF|document|"
	"Visitekaartje|Contact card|Contactkaart|productafbeelding|product image)) "
	"(?:weggelaten|omitted))$";
static const char deleted_re[] =
	"^(?:Dit bericht is verwijderd(?: door (?:een )?beheerder.*)?|"
	"(?:U|Je) hebt dit bericht (?:als beheerder )?verwijderd|"
	"This message was deleted(?: by .+)?|You deleted this message(?: as (?:an )?admin)?|"
	"Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht|"
	"Se eliminó este mensaje|Eliminaste este mensaje)\\.?$";
static const char edited_re[] =
	"[ \\x{a0}\\x{200e}]*<(?:Dit bericht is bewerkt|This message was edited|"
	"Diese Nachricht wurde bearbeitet|Se editó este mensaje)>$";

struct wa_res {
	pcre2_code *header, *e2e, *system, *m_android, *m_ios, *m_none,
	    *deleted, *edited;
	pcre2_match_data *md;
	pcre2_match_context *mc;
};

static pcre2_code *
compile(const char *pat, uint32_t flags, char *err, size_t errlen)
{
	int code;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | flags, &code, &off, NULL);

	if (!re) {
		pcre2_get_error_message(code, msg, sizeof(msg));
		snprintf(err, errlen, "built-in WhatsApp pattern, column %zu: %s",
		    (size_t)off, (char *)msg);
		return NULL;
	}
	/* valgrind cannot follow JIT code: IHH_NO_JIT=1 for memory checks */
	if (!getenv("IHH_NO_JIT"))
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

struct wa_res *
wa_compile(char *err, size_t errlen)
{
	struct wa_res *w = calloc(1, sizeof(*w));

	if (!w) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (!(w->header = compile(header_re, 0, err, errlen)) ||
	    !(w->e2e = compile(e2e_re, PCRE2_CASELESS, err, errlen)) ||
	    !(w->system = compile(system_re, 0, err, errlen)) ||
	    !(w->m_android = compile(media_android_re, 0, err, errlen)) ||
	    !(w->m_ios = compile(media_ios_re, 0, err, errlen)) ||
	    !(w->m_none = compile(media_none_re, PCRE2_CASELESS, err, errlen)) ||
	    !(w->deleted = compile(deleted_re, 0, err, errlen)) ||
	    !(w->edited = compile(edited_re, 0, err, errlen))) {
		wa_free(w);
		return NULL;
	}
	w->md = pcre2_match_data_create(16, NULL);
	/* no line of a chat may cost more than this, however it is built */
	w->mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(w->mc, 200000);
	pcre2_set_depth_limit(w->mc, 10000);
	return w;
}

void
wa_free(struct wa_res *w)
{
	if (!w)
		return;
	pcre2_code_free(w->header);
	pcre2_code_free(w->e2e);
	pcre2_code_free(w->system);
	pcre2_code_free(w->m_android);
	pcre2_code_free(w->m_ios);
	pcre2_code_free(w->m_none);
	pcre2_code_free(w->deleted);
	pcre2_code_free(w->edited);
	pcre2_match_data_free(w->md);
	pcre2_match_context_free(w->mc);
	free(w);
}

static int
match(const struct wa_res *w, const pcre2_code *re, const char *s, size_t n)
{
	return pcre2_match(re, (PCRE2_SPTR)s, n, 0, 0, w->md, w->mc) >= 0;
}

/*
 * The app's notices are one short line.  Longer text is a person's, and
 * the notice patterns, with their ".+ heeft .+" parts, are not run over it.
 */
#define NOTICE_MAX 512

static int
notice(const struct wa_res *w, const pcre2_code *re, const char *s, size_t n)
{
	return n <= NOTICE_MAX && !memchr(s, '\n', n) && match(w, re, s, n);
}

/* Start and length of group g of the last match; -1 when unset. */
static int
group(const struct wa_res *w, int g, size_t *start, size_t *len)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);

	if (ov[2 * g] == PCRE2_UNSET)
		return -1;
	*start = ov[2 * g];
	*len = ov[2 * g + 1] - ov[2 * g];
	return 0;
}

static int
num(const char *s, const struct wa_res *w, int g)
{
	size_t st, n, i;
	int v = 0;

	if (group(w, g, &st, &n) != 0)
		return -1;
	for (i = 0; i < n; i++)
		v = v * 10 + (s[st + i] - '0');
	return v;
}

/* Length of the invisible marks at the start of a line. */
static size_t
lead_marks(const char *s, size_t n)
{
	size_t i = 0;
	const unsigned char *u = (const unsigned char *)s;

	while (i + 3 <= n && ((u[i] == 0xE2 && u[i + 1] == 0x80 &&
	    (u[i + 2] == 0x8E || u[i + 2] == 0x8F || (u[i + 2] >= 0xAA && u[i + 2] <= 0xAE))) ||
	    (u[i] == 0xEF && u[i + 1] == 0xBB && u[i + 2] == 0xBF)))
		i += 3;
	return i;
}

/* A parsed header line. */
struct hdr {
	int sig;		/* the line's form: bracket, separators, seconds, 12 h */
	int a, b, c, H, M, S, pm;	/* date as written; pm: -1 24 h, 0 am, 1 pm */
	size_t rest;		/* where the message starts in the line */
};

static int
parse_header(const struct wa_res *w, const char *s, size_t n, struct hdr *h)
{
	size_t skip = lead_marks(s, n), st = 0, len = 0;
	int bracket, comma, yfirst, ylen, colon;
	char sep;

	s += skip;
	n -= skip;
	if (n < 8 || !(s[0] == '[' || (s[0] >= '0' && s[0] <= '9')))
		return 0;
	if (pcre2_match(w->header, (PCRE2_SPTR)s, n, 0, 0, w->md, w->mc) < 0)
		return 0;
	bracket = group(w, 1, &st, &len) == 0;
	group(w, 3, &st, &len);
	sep = s[st];
	comma = group(w, 6, &st, &len) == 0;
	colon = group(w, 11, &st, &len) == 0;
	h->a = num(s, w, 2);
	h->b = num(s, w, 4);
	h->c = num(s, w, 5);
	h->H = num(s, w, 7);
	h->M = num(s, w, 8);
	h->S = num(s, w, 9);
	h->pm = -1;
	if (group(w, 10, &st, &len) == 0)
		h->pm = s[st] == 'p' || s[st] == 'P';
	group(w, 0, &st, &len);
	h->rest = skip + st + len;
	group(w, 2, &st, &len);
	yfirst = len == 4;
	group(w, 5, &st, &len);
	ylen = yfirst ? 4 : (int)len;
	if ((!yfirst && ylen != 2 && ylen != 4) || h->M > 59 || h->S > 59 ||
	    (h->pm < 0 ? h->H > 23 : h->H > 12))
		return 0;
	/* WhatsApp began in 2009: a year far from that is not a header */
	if (yfirst ? h->a < 1990 || h->a > 2100 : ylen == 4 && (h->c < 1990 || h->c > 2100))
		return 0;
	if (yfirst && (h->b > 12 || h->c > 31))
		return 0;
	if (!yfirst && (h->a > 31 || h->b > 31 || h->a == 0 || h->b == 0))
		return 0;
	h->sig = bracket | comma << 1 | (h->S >= 0) << 2 | (h->pm >= 0) << 3 |
	    yfirst << 4 | (ylen == 4) << 5 | (sep == '/' ? 1 : sep == '.' ? 2 : 3) << 6 |
	    colon << 8;
	return 1;
}

int
wa_is_header(const struct wa_res *w, const char *line, size_t n)
{
	struct hdr h;

	if (n && line[n - 1] == '\r')
		n--;
	return parse_header(w, line, n, &h);
}

/* Lines ----------------------------------------------------------------- */

/*
 * The chat is walked line by line, twice: once to learn its form and the
 * order of its dates, once to write each message as soon as it is whole.
 * Only the message in hand is held.  A chat from an archive is in memory;
 * one on disk is read from its file each time, as far as the first walk
 * went, so that a file that shrinks meanwhile ends the chat early.
 */
struct src {
	const char *mem, *p, *end;	/* the chat in memory, or mem NULL: */
	int fd;				/* its file, read through buf */
	char *buf;
	size_t cap, start, scan, fill;	/* buf[start, fill) unread; no \n before scan */
	uint64_t off, limit;		/* bytes read from the file; read no more */
	int eof;
	char err[256];			/* why the file ended before limit */
	char *fixed;			/* the current line, repaired */
};

struct line {
	const char *s;		/* valid until the next line is read */
	size_t n;
	int bad;		/* invalid UTF-8 was replaced */
};

#define SRC_BUF ((size_t)256 << 10)

/* More of the file into buf: 1, or 0 at its end, at limit or on an error. */
static int
src_fill(struct src *s)
{
	size_t want;
	ssize_t r;
	char *nb;

	if (s->eof || s->off >= s->limit) {
		s->eof = 1;
		return 0;
	}
	if (s->start) {
		memmove(s->buf, s->buf + s->start, s->fill - s->start);
		s->fill -= s->start;
		s->scan -= s->start;
		s->start = 0;
	}
	if (s->fill == s->cap) {
		/* a line longer than buf: message text, wiped from the old one */
		if (!(nb = malloc(s->cap * 2))) {
			snprintf(s->err, sizeof(s->err), "out of memory");
			s->eof = 1;
			return 0;
		}
		memcpy(nb, s->buf, s->fill);
		explicit_bzero(s->buf, s->cap);
		free(s->buf);
		s->buf = nb;
		s->cap *= 2;
	}
	want = s->cap - s->fill;
	if (want > s->limit - s->off)
		want = (size_t)(s->limit - s->off);
	do
		r = read(s->fd, s->buf + s->fill, want);
	while (r < 0 && errno == EINTR);
	if (r <= 0) {
		if (r < 0)
			snprintf(s->err, sizeof(s->err), "%s", strerror(errno));
		s->eof = 1;
		return 0;
	}
	s->fill += (size_t)r;
	s->off += (uint64_t)r;
	return 1;
}

/* Back to the start of the chat, past a byte order mark. */
static void
src_rewind(struct src *s)
{
	free(s->fixed);
	s->fixed = NULL;
	if (s->mem) {
		s->p = s->mem;
		if (s->end - s->mem >= 3 && !memcmp(s->mem, "\xEF\xBB\xBF", 3))
			s->p += 3;
		return;
	}
	s->start = s->scan = s->fill = 0;
	s->off = 0;
	s->eof = 0;
	s->err[0] = '\0';
	if (lseek(s->fd, 0, SEEK_SET) != 0) {
		snprintf(s->err, sizeof(s->err), "%s", strerror(errno));
		s->eof = 1;
		return;
	}
	while (s->fill < 3 && src_fill(s))
		;
	if (s->fill >= 3 && !memcmp(s->buf, "\xEF\xBB\xBF", 3))
		s->start = s->scan = 3;
}

/* The chat of c, in memory or on disk: 0, or -1 with the reason in err. */
static int
src_open(struct src *s, const struct chat *c)
{
	struct stat sb;

	memset(s, 0, sizeof(*s));
	s->fd = -1;
	if (!c->disk) {
		s->mem = c->buf ? c->buf : "";
		s->end = s->mem + (c->buf ? c->len : 0);
		src_rewind(s);
		return 0;
	}
	if ((s->fd = open(c->disk, O_RDONLY | O_CLOEXEC)) < 0 || fstat(s->fd, &sb) != 0) {
		snprintf(s->err, sizeof(s->err), "%s", strerror(errno));
		return -1;
	}
	if (!S_ISREG(sb.st_mode) || sb.st_dev != c->dev || sb.st_ino != c->ino) {
		snprintf(s->err, sizeof(s->err), "replaced by another file while the input was read");
		return -1;
	}
	if (!(s->buf = malloc(SRC_BUF))) {
		snprintf(s->err, sizeof(s->err), "out of memory");
		return -1;
	}
	s->cap = SRC_BUF;
	/* as member_slurp() would hold it */
	s->limit = MEMBER_MAX - 1;
	posix_fadvise(s->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
	src_rewind(s);
	return 0;
}

static void
src_close(struct src *s)
{
	free(s->fixed);
	if (s->buf) {
		explicit_bzero(s->buf, s->cap);
		free(s->buf);
	}
	if (s->fd >= 0)
		close(s->fd);
}

/* The next line, without its line end: 1, or 0 at the end of the chat. */
static int
src_line(struct src *s, struct line *l)
{
	const char *nl;
	size_t nbad;

	free(s->fixed);
	s->fixed = NULL;
	if (s->mem) {
		if (s->p >= s->end)
			return 0;
		l->s = s->p;
		nl = memchr(s->p, '\n', (size_t)(s->end - s->p));
		l->n = (size_t)((nl ? nl : s->end) - s->p);
		s->p = nl ? nl + 1 : s->end;
	} else {
		while (!(nl = memchr(s->buf + s->scan, '\n', s->fill - s->scan))) {
			s->scan = s->fill;
			if (!src_fill(s))
				break;
		}
		if (!nl && s->start == s->fill)
			return 0;
		l->s = s->buf + s->start;
		l->n = (size_t)((nl ? nl : s->buf + s->fill) - l->s);
		s->start = s->scan = nl ? (size_t)(nl + 1 - s->buf) : s->fill;
	}
	if (l->n && l->s[l->n - 1] == '\r')
		l->n--;
	l->bad = 0;
	if (!g_utf8_validate_len(l->s, l->n, NULL)) {
		l->s = s->fixed = text_fix_utf8(l->s, l->n, &nbad, NULL);
		l->n = strlen(l->s);
		l->bad = 1;
	}
	return 1;
}

enum order { DMY, MDY, YMD };

/* What the first walk learns of one form of header line. */
struct form {
	int sig;
	size_t n;			/* lines with a header of this form */
	size_t dmy, mdy;		/* ... whose first (second) number is over 12 */
	size_t back_dmy, back_mdy;	/* ... dated before the one before of the
					 * same form, read day (month) first */
	struct hdr prev;
};

#define FORMS_MAX 16

struct parse {
	struct reader *rd;
	struct chat *chat;
	struct src src;
	int sig;
	enum order order;
	char *file;		/* source.file */
	const char *format;	/* whatsapp-android, whatsapp-ios */
	char conv[17];
	char *title;
	const char *dir;	/* the chat's folder inside the input, for media */
};

static long
serial(const struct hdr *h, enum order o)
{
	int y = o == YMD ? h->a : h->c, m, d;

	m = o == DMY ? h->b : o == MDY ? h->a : h->b;
	d = o == DMY ? h->a : o == MDY ? h->b : h->c;
	if (y < 100)
		y += 2000;
	return ((long)y * 13 + m) * 32 + d;
}

/*
 * The first walk: the form most header lines have (other header-like
 * lines are pasted text), and for each form the evidence of its order.
 */
static const struct form *
dominant_form(struct parse *p, struct form *forms)
{
	struct line l;
	struct hdr h;
	int nforms = 0, i, best = -1;

	while (src_line(&p->src, &l)) {
		if (!parse_header(p->rd->wa, l.s, l.n, &h))
			continue;
		for (i = 0; i < nforms && forms[i].sig != h.sig; i++)
			;
		if (i == nforms) {
			if (nforms == FORMS_MAX)
				continue;
			memset(&forms[i], 0, sizeof(forms[i]));
			forms[nforms++].sig = h.sig;
		}
		struct form *f = &forms[i];

		f->dmy += h.a > 12;
		f->mdy += h.b > 12;
		if (f->n) {
			f->back_dmy += serial(&h, DMY) < serial(&f->prev, DMY);
			f->back_mdy += serial(&h, MDY) < serial(&f->prev, MDY);
		}
		f->prev = h;
		f->n++;
	}
	for (i = 0; i < nforms; i++)
		if (best < 0 || forms[i].n > forms[best].n)
			best = i;
	p->sig = best < 0 ? -1 : forms[best].sig;
	return best < 0 ? NULL : &forms[best];
}

/* Day or month first: a number over 12 settles it; else the order that
 * keeps the dates going forward; else the habit of the form. */
static void
infer_order(struct parse *p, const struct form *f)
{
	static const struct form none;

	if (!f)
		f = &none;
	if (p->sig >= 0 && (p->sig >> 4 & 1)) {
		p->order = YMD;
		return;
	}
	if (f->dmy || f->mdy)
		p->order = f->dmy >= f->mdy ? DMY : MDY;
	else if (f->back_dmy != f->back_mdy)
		p->order = f->back_dmy < f->back_mdy ? DMY : MDY;
	else	/* en-US writes M/D/YY; most others day first */
		p->order = (p->sig >> 6 & 3) == 1 && !(p->sig >> 5 & 1) ? MDY : DMY;
	if (f->dmy && f->mdy)
		rd_warn_at(p->rd, p->chat->path, "dates in both day-month and month-day order; read as %s",
		    p->order == DMY ? "day-month" : "month-day");
}

/* A header of the chat's own form. */
static int
is_hdr(const struct parse *p, const struct line *l, struct hdr *h)
{
	return parse_header(p->rd->wa, l->s, l->n, h) && h->sig == p->sig;
}

static int
blank(const struct line *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->s[i] != ' ' && l->s[i] != '\t' && l->s[i] != '\r')
			return 0;
	return 1;
}

/* Titles ---------------------------------------------------------------- */

static char *
title_from_name(const char *comp)
{
	static const char *const pre[] = {
		"WhatsApp-chat met ", "WhatsApp Chat met ", "WhatsApp-chat with ",
		"WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp-Chat mit ",
		"WhatsApp Chat mit ", "Chat de WhatsApp con ", NULL
	};
	const char *const *pp;
	char *t, *dot;
	size_t n;

	for (pp = pre; *pp; pp++) {
		n = strlen(*pp);
		if (!g_ascii_strncasecmp(comp, *pp, n) && comp[n]) {
			t = g_strdup(comp + n);
			dot = strrchr(t, '.');
			if (dot && (!g_ascii_strcasecmp(dot, ".txt") ||
			    !g_ascii_strcasecmp(dot, ".zip")))
				*dot = '\0';
			return t;
		}
	}
	return NULL;
}

/* From the file's own name or the folders and archives around it. */
static char *
title_from_path(const char *file)
{
	char **parts = g_strsplit(file, "/", -1), *t = NULL;
	int n = (int)g_strv_length(parts), i;

	for (i = n - 1; i >= 0 && !t; i--)
		t = title_from_name(parts[i]);
	g_strfreev(parts);
	return t;
}

/* Records --------------------------------------------------------------- */

/* The message in hand. */
struct msg {
	size_t first;		/* its first line, from 0 */
	int is_hdr;		/* it starts with a header, else it is text before the first */
	struct hdr h;
	GString *all;		/* the text after the header, its lines joined by \n */
	int bad;		/* a line of it had invalid UTF-8 */
};

static void
set_time(struct parse *p, json_t *rec, const struct hdr *h, json_t **errs)
{
	int y, m, d, H = h->H;
	GDateTime *dt;

	y = p->order == YMD ? h->a : h->c;
	m = p->order == DMY ? h->b : p->order == MDY ? h->a : h->b;
	d = p->order == DMY ? h->a : p->order == MDY ? h->b : h->c;
	if (y < 100)
		y += 2000;
	if (h->pm == 0 && H == 12)
		H = 0;
	else if (h->pm == 1 && H < 12)
		H += 12;
	if (m < 1 || m > 12 || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y) ||
	    !(dt = g_date_time_new(p->rd->tz, y, m, d, H, h->M, h->S < 0 ? 0 : h->S))) {
		note(errs, "invalid date in the header line");
		return;
	}
	rd_time(rec, dt, errs);
	g_date_time_unref(dt);
}

static const char *
omitted_type(const char *s, size_t n)
{
	if (!n)
		return NULL;
	if (!g_ascii_strncasecmp(s, "afbeelding", 10) || !g_ascii_strncasecmp(s, "image", 5) ||
	    !g_ascii_strncasecmp(s, "foto", 4) || !g_ascii_strncasecmp(s, "photo", 5))
		return "image/*";
	if (!g_ascii_strncasecmp(s, "video", 5) || !g_ascii_strncasecmp(s, "GIF", 3))
		return "video/*";
	if (!g_ascii_strncasecmp(s, "audio", 5))
		return "audio/*";
	if (!g_ascii_strncasecmp(s, "sticker", 7))
		return "image/webp";
	if (!g_ascii_strncasecmp(s, "contact", 7) || !g_ascii_strncasecmp(s, "kaart", 5))
		return "text/vcard";
	return NULL;
}

/*
 * A chat message's text: the media its first line names go to
 * attachments, the deleted and edited notices to their flags.
 */
static void
chat_body(struct parse *p, json_t *rec, GString *body)
{
	const struct wa_res *w = p->rd->wa;
	json_t *atts = json_array();
	size_t first = strcspn(body->str, "\n"), st = 0, n = 0, cut = 0;
	int media = 0;

	if (match(w, w->m_android, body->str, first)) {
		group(w, 1, &st, &n);
		rd_attach(p->rd, p->dir, atts, body->str + st, n, NULL);
		media = 1;
	} else if (match(w, w->m_ios, body->str, first)) {
		group(w, 1, &st, &n);
		rd_attach(p->rd, p->dir, atts, body->str + st, n, NULL);
		media = 1;
	} else if (match(w, w->m_none, body->str, first)) {
		n = 0;
		group(w, 1, &st, &n);
		rd_attach(p->rd, p->dir, atts, NULL, 0, omitted_type(body->str + st, n));
		media = 1;
	}
	if (media) {
		/* the line naming the file is the app's, a caption is the sender's */
		cut = first < body->len ? first + 1 : first;
		g_string_erase(body, 0, (gssize)cut);
	}
	if (match(w, w->edited, body->str, body->len)) {
		group(w, 0, &st, &n);
		g_string_truncate(body, st);
		json_object_set_new(rec, "edited", json_true());
	}
	while (body->len && (body->str[body->len - 1] == '\n' ||
	    body->str[body->len - 1] == ' '))
		g_string_truncate(body, body->len - 1);
	if (!media && match(w, w->deleted, body->str, body->len)) {
		/* the notice is the app's, not the sender's words */
		g_string_truncate(body, 0);
		json_object_set_new(rec, "deleted", json_true());
	}
	json_object_set_new(rec, "text", text_json(body->str, body->len));
	if (json_array_size(atts))
		json_object_set_new(rec, "attachments", atts);
	else
		json_decref(atts);
}

static int
has_quote(const char *s, size_t n)
{
	return memchr(s, '"', n) || g_strstr_len(s, (gssize)n, "\xE2\x80\x9C") ||
	    g_strstr_len(s, (gssize)n, "\xE2\x80\x9D") ||
	    g_strstr_len(s, (gssize)n, "\xE2\x80\x9E");
}

/* Where the sender's name ends (the colon), or -1 for a notice without one. */
static long
sender_end(const struct wa_res *w, const char *s, size_t n)
{
	const char *c = memchr(s, ':', n);
	const char *sp = g_strstr_len(s, (gssize)n, ": ");

	if (sp && sp - s > 0 && !has_quote(s, (size_t)(sp - s)) &&
	    !notice(w, w->system, s, (size_t)(sp - s)))
		return sp - s;
	/* "Name:" with nothing after it, or "Name:." without a space */
	if (!sp && c && c > s && (size_t)(c - s) <= 100 && !has_quote(s, (size_t)(c - s)) &&
	    (c + 1 == s + n || (c[1] != '/' && c[1] != ' ')) &&
	    !memchr(s, '\n', (size_t)(c - s)) && !notice(w, w->system, s, n))
		return c - s;
	return -1;
}

/* Writes the message in hand; last: the chat ends with it. */
static void
emit_msg(struct parse *p, struct msg *mm, int last)
{
	const struct wa_res *w = p->rd->wa;
	json_t *rec, *errs = NULL, *from = NULL;
	GString *all = mm->all;
	size_t bodyoff;
	long se;
	int system = 0;

	/* trailing blank lines belong to no one */
	while (all->len && (all->str[all->len - 1] == '\n' || all->str[all->len - 1] == '\r'))
		g_string_truncate(all, all->len - 1);

	rec = chat_record("whatsapp", p->format, p->file, (long long)mm->first + 1,
	    p->conv, p->title);
	if (mm->is_hdr)
		set_time(p, rec, &mm->h, &errs);
	else
		note(&errs, "text before the first message of the chat");

	se = mm->is_hdr ? sender_end(w, all->str, all->len) : -1;
	bodyoff = se >= 0 ? (size_t)se + 1 + (all->str[se + 1] == ' ') : 0;
	if (!mm->is_hdr)
		system = 1;
	else if (se < 0)
		system = 1, bodyoff = 0;
	else {
		const char *b = all->str + bodyoff;
		const char *bm = text_skip_mark(b);
		size_t bn = all->len - (size_t)(bm - all->str);
		int e2e = notice(w, w->e2e, bm, bn);

		/*
		 * iOS writes some notices under a name, with a mark in front
		 * (or repeating the actor's name): the group's name is no
		 * sender, an actor's is.
		 */
		if (e2e || ((bm != b || !strncmp(bm, all->str, (size_t)se)) &&
		    notice(w, w->system, bm, bn))) {
			system = 1;
			bodyoff = (size_t)(bm - all->str);
			from = party_label(all->str, (size_t)se);
			if (e2e || !strcmp(json_string_value(json_object_get(from, "name")) ?
			    json_string_value(json_object_get(from, "name")) : "", p->title)) {
				json_decref(from);
				from = NULL;
			}
		}
	}
	if (system) {
		char *t = g_strndup(all->str + bodyoff, all->len - bodyoff);
		size_t tn = text_trim(t, text_clean_marks(t, all->len - bodyoff));

		json_object_set_new(rec, "kind", json_string("system"));
		if (from)
			json_object_set_new(rec, "from", from);
		json_object_set_new(rec, "text", text_json(t, tn));
		g_free(t);
	} else {
		GString *body = g_string_new(text_skip_mark(all->str + bodyoff));

		json_object_set_new(rec, "from", party_label(all->str, (size_t)se));
		chat_body(p, rec, body);
		g_string_free(body, TRUE);
	}
	if (mm->bad)
		note(&errs, "invalid UTF-8 in the export, replaced by U+FFFD");
	if (last && p->chat->problem)
		note(&errs, "the export ends early (%s); this message may be cut off",
		    p->chat->problem);
	if (errs)
		json_object_set_new(rec, "errors", errs);
	rd_emit(p->rd, rec);
	json_decref(rec);
}

/* The group's name as iOS writes it on the encryption notice, or as the
 * creation notice quotes it, in the first 50 messages. */
static char *
title_from_messages(struct parse *p)
{
	const struct wa_res *w = p->rd->wa;
	struct line l;
	struct hdr h;
	size_t i = 0;
	int open = 0;

	while (i < 50 && src_line(&p->src, &l)) {
		if (!is_hdr(p, &l, &h)) {
			/* text before the first message is a message too */
			if (!open && !blank(&l))
				open = 1, i++;
			continue;
		}
		open = 1;
		i++;

		const char *r = l.s + h.rest, *colon;
		size_t rn = l.n - h.rest;

		colon = g_strstr_len(r, (gssize)rn, ": ");
		if (colon && notice(w, w->e2e, colon + 2, rn - (size_t)(colon + 2 - r))) {
			char *t = g_strndup(r, (size_t)(colon - r));

			text_trim(t, text_clean_marks(t, strlen(t)));
			return t;
		}
		if (notice(w, w->system, r, rn) && (colon = memchr(r, '"', rn)) &&
		    (g_strstr_len(r, (gssize)rn, "group") ||
		    g_strstr_len(r, (gssize)rn, "groep"))) {
			const char *q = memchr(colon + 1, '"', rn - (size_t)(colon + 1 - r));

			if (q)
				return g_strndup(colon + 1, (size_t)(q - colon - 1));
		}
	}
	return NULL;
}

/*
 * Where a walk over the file ended: reached, a problem met the first time
 * is the chat's, said once; the second walk may find the file shorter.
 */
static void
walked(struct parse *p, int second)
{
	struct src *s = &p->src;
	char probe;

	if (s->mem)
		return;
	if (!second && !s->err[0] && s->off == s->limit && read(s->fd, &probe, 1) > 0)
		snprintf(s->err, sizeof(s->err), "larger than %zu MiB; only the first part was read",
		    MEMBER_MAX >> 20);
	if (second && !s->err[0] && s->off < s->limit)
		snprintf(s->err, sizeof(s->err), "became shorter while it was read");
	if (!second)
		s->limit = s->off;
	if (!s->err[0])
		return;
	rd_warn_at(p->rd, p->chat->path, "%s", s->err);
	p->rd->in->failed = 1;
	g_free(p->chat->problem);
	p->chat->problem = g_strdup(s->err);
}

/* The second walk: each message written as soon as the next begins. */
static void
emit_all(struct parse *p)
{
	struct msg m = { .all = g_string_new(NULL) };
	struct line l;
	struct hdr h;
	size_t k;
	int open = 0, more = 1, hdr;

	for (k = 0; more && !p->rd->stop; k++) {
		if (!(more = src_line(&p->src, &l)))
			walked(p, 1);
		hdr = more && is_hdr(p, &l, &h);
		if (open && (hdr || !more))
			emit_msg(p, &m, !more);
		if (hdr || (!open && more && !blank(&l))) {
			/* text before the first message: kept, with an error */
			open = 1;
			m.first = k;
			m.is_hdr = hdr;
			if (hdr)
				m.h = h;
			m.bad = l.bad;
			g_string_truncate(m.all, 0);
			g_string_append_len(m.all, hdr ? l.s + h.rest : l.s,
			    (gssize)(hdr ? l.n - h.rest : l.n));
		} else if (open && more) {
			g_string_append_c(m.all, '\n');
			g_string_append_len(m.all, l.s, (gssize)l.n);
			m.bad |= l.bad;
		}
	}
	explicit_bzero(m.all->str, m.all->allocated_len);
	g_string_free(m.all, TRUE);
}

void
wa_read(struct reader *rd, struct chat *c)
{
	struct parse p = { .rd = rd, .chat = c };
	struct form forms[FORMS_MAX];
	const struct form *f;
	char *slash, *base;

	if (src_open(&p.src, c) != 0) {
		rd_warn_at(rd, c->path, "%s", p.src.err);
		rd->in->failed = 1;
		src_close(&p.src);
		return;
	}
	p.file = source_file(rd, c->path);
	f = dominant_form(&p, forms);
	walked(&p, 0);
	infer_order(&p, f);
	p.format = p.sig >= 0 && (p.sig & 1) ? "whatsapp-ios" : "whatsapp-android";
	text_id(p.conv, "whatsapp", p.file, NULL);
	slash = strrchr(c->path, '/');
	p.dir = slash ? g_strndup(c->path, (size_t)(slash - c->path)) : g_strdup("");

	p.title = title_from_path(p.file);
	if (!p.title) {
		src_rewind(&p.src);
		p.title = title_from_messages(&p);
	}
	if (!p.title) {
		slash = strrchr(p.file, '/');
		base = g_strdup(slash ? slash + 1 : p.file);
		if (strrchr(base, '.') && strrchr(base, '.') != base)
			*strrchr(base, '.') = '\0';
		p.title = base;
	}
	src_rewind(&p.src);
	emit_all(&p);

	src_close(&p.src);
	g_free(p.title);
	g_free((char *)p.dir);
	g_free(p.file);
}
