/* print.c: cc_json_print_pretty (see json/json.h). */
#include <stdlib.h>

#include "json/json.h"
#include "util/strbuf.h"

static void pad(cc_strbuf *sb, int indent)
{
	for (int i = 0; i < indent; i++)
		cc_strbuf_puts(sb, "  ");
}

static void scalar(cc_strbuf *sb, const cJSON *v)
{
	char *text = cJSON_PrintUnformatted(v);
	if (!text)
		abort(); /* cJSON could not allocate: as cc_x* do */
	cc_strbuf_puts(sb, text);
	cJSON_free(text);
}

void cc_json_print_pretty(cc_strbuf *sb, const cJSON *v, int indent)
{
	bool obj = cJSON_IsObject(v);
	if (!obj && !cJSON_IsArray(v)) {
		scalar(sb, v);
		return;
	}
	if (!v->child) {
		cc_strbuf_puts(sb, obj ? "{}" : "[]");
		return;
	}
	cc_strbuf_puts(sb, obj ? "{\n" : "[\n");
	for (const cJSON *c = v->child; c; c = c->next) {
		pad(sb, indent + 1);
		if (obj) {
			cJSON *key = cJSON_CreateString(c->string);
			scalar(sb, key);
			cJSON_Delete(key);
			cc_strbuf_puts(sb, ": ");
		}
		cc_json_print_pretty(sb, c, indent + 1);
		cc_strbuf_puts(sb, c->next ? ",\n" : "\n");
	}
	pad(sb, indent);
	cc_strbuf_puts(sb, obj ? "}" : "]");
}
