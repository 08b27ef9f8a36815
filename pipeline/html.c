/*
 * html: the text a person reads in an HTML mail, through libxml2's
 * forgiving HTML parser (no network, no scripts, no styles).
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/HTMLparser.h>

#include "read_priv.h"

static int
named(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (!xmlStrcasecmp(n->name, (const xmlChar *)*names))
			return 1;
	return 0;
}

static const char *const skipped[] = {
	"script", "style", "head", "title", "template", "noscript", NULL
};
static const char *const blocks[] = {
	"p", "div", "table", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
	"h6", "blockquote", "pre", "hr", "section", "article", "header",
	"footer", "address", "dl", "dt", "dd", "center", "form", "fieldset",
	NULL
};

struct out {
	GString *s;
	int pre;
};

static void
newline(struct out *o)
{
	while (o->s->len && o->s->str[o->s->len - 1] == ' ')
		g_string_truncate(o->s, o->s->len - 1);
	g_string_append_c(o->s, '\n');
}

static void
text(struct out *o, const char *t)
{
	int space;

	if (o->pre) {
		g_string_append(o->s, t);
		return;
	}
	for (; *t; t++) {
		space = *t == ' ' || *t == '\t' || *t == '\n' || *t == '\r' || *t == '\f';
		if (space) {
			if (o->s->len && o->s->str[o->s->len - 1] != ' ' &&
			    o->s->str[o->s->len - 1] != '\n')
				g_string_append_c(o->s, ' ');
		} else
			g_string_append_c(o->s, *t);
	}
}

static void
walk(struct out *o, xmlNode *n, int depth)
{
	xmlChar *href;
	size_t start;

	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				text(o, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || named(n, skipped) || depth > 256)
			continue;
		if (!xmlStrcasecmp(n->name, (const xmlChar *)"br")) {
			newline(o);
			continue;
		}
		if (named(n, blocks))
			newline(o);
		if (!xmlStrcasecmp(n->name, (const xmlChar *)"li")) {
			newline(o);
			g_string_append(o->s, "- ");
		}
		if (!xmlStrcasecmp(n->name, (const xmlChar *)"td") ||
		    !xmlStrcasecmp(n->name, (const xmlChar *)"th"))
			g_string_append_c(o->s, ' ');
		if (!xmlStrcasecmp(n->name, (const xmlChar *)"pre"))
			o->pre++;
		start = o->s->len;
		walk(o, n->children, depth + 1);
		if (!xmlStrcasecmp(n->name, (const xmlChar *)"pre"))
			o->pre--;
		if (!xmlStrcasecmp(n->name, (const xmlChar *)"a") &&
		    (href = xmlGetProp(n, (const xmlChar *)"href"))) {
			/* a link's target is part of what the reader can see */
			if ((!xmlStrncasecmp(href, (const xmlChar *)"http", 4) ||
			    !xmlStrncasecmp(href, (const xmlChar *)"mailto:", 7)) &&
			    !g_strstr_len(o->s->str + start, (gssize)(o->s->len - start),
			    (const char *)href + (href[0] == 'm' || href[0] == 'M' ? 7 : 0)))
				g_string_append_printf(o->s, " <%s>", (const char *)href);
			xmlFree(href);
		}
		if (named(n, blocks))
			newline(o);
	}
}

char *
html_to_text(const char *html, size_t len)
{
	htmlDocPtr doc;
	struct out o = { g_string_new(NULL), 0 };
	GString *tidy;
	size_t i, nl = 0;
	char *res;

	doc = htmlReadMemory(html, (int)(len > INT32_MAX ? INT32_MAX : len), NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET);
	if (doc) {
		walk(&o, xmlDocGetRootElement(doc), 0);
		xmlFreeDoc(doc);
	}
	/* no spaces at line ends, at most one blank line in a row */
	tidy = g_string_sized_new(o.s->len);
	for (i = 0; i < o.s->len; i++) {
		char c = o.s->str[i];

		if (c == '\n') {
			while (tidy->len && tidy->str[tidy->len - 1] == ' ')
				g_string_truncate(tidy, tidy->len - 1);
			if (++nl > 2 || tidy->len == 0)
				continue;
		} else if (c == ' ' && nl && !o.pre) {
			continue;	/* indentation after a line break */
		} else
			nl = 0;
		g_string_append_c(tidy, c);
	}
	while (tidy->len && (tidy->str[tidy->len - 1] == '\n' || tidy->str[tidy->len - 1] == ' '))
		g_string_truncate(tidy, tidy->len - 1);
	res = strdup(tidy->str);
	explicit_bzero(o.s->str, o.s->len);
	g_string_free(o.s, TRUE);
	explicit_bzero(tidy->str, tidy->len);
	g_string_free(tidy, TRUE);
	return res;
}
