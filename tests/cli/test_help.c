/* test_help: every command and subcommand answers --help (exit 0, on
 * stdout) describing each option it mentions; the bash completion offers
 * exactly those options; the man page describes each of them under the
 * command; `cmake --install` installs the man page and the completion
 * (issue 19 item 4). The commands are the ones `casecheck --help` lists,
 * so a new command is checked as soon as it is in main.c's table. */
#include <check.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clirun.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* Subcommands with options of their own. */
static const char *const subcommands[][2] = {{"hook", "install"}, {"hook", "run"}};

/* The commands `casecheck --help` lists (NULL-terminated; owned). */
static char **listed_commands(void)
{
	ck_assert_int_eq(cli_run(".", "--help", NULL), 0);
	const char *p = strstr(cli_out, "commands:\n");
	ck_assert_ptr_nonnull(p);
	char **names = cc_xcalloc(32, sizeof *names);
	size_t n = 0;
	for (p = strchr(p, '\n') + 1; p[0] == ' ' && p[1] == ' ' && n < 31; p = strchr(p, '\n') + 1) {
		size_t len = strcspn(p + 2, " \n");
		names[n++] = cc_xstrndup(p + 2, len);
	}
	ck_assert_uint_ge(n, 8);
	return names;
}

/* The options a help text describes: "--name" at the start of a line
 * indented by two spaces, as " --a --b ... " (owned). */
static char *described(const char *help)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_putc(&sb, ' ');
	for (const char *l = help; l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
		if (!strncmp(l, "  --", 4)) {
			size_t len = 2 + strspn(l + 4, "abcdefghijklmnopqrstuvwxyz-");
			cc_strbuf_printf(&sb, "%.*s ", (int)len, l + 2);
		}
	return cc_strbuf_detach(&sb);
}

/* Every "--name" the help mentions is described. */
static void assert_mentions_described(const char *what, const char *help, const char *desc)
{
	for (const char *p = strstr(help, "--"); p; p = strstr(p + 2, "--")) {
		if (p > help && (isalnum((unsigned char)p[-1]) || p[-1] == '-'))
			continue;
		size_t len = 2 + strspn(p + 2, "abcdefghijklmnopqrstuvwxyz-");
		if (len == 2)
			continue;
		char *tok = cc_xasprintf(" %.*s ", (int)len, p);
		ck_assert_msg(strstr(desc, tok) != NULL, "%s --help mentions%sbut does not describe it", what, tok);
		free(tok);
	}
}

/* The bash commands that print what the completion offers after
 * "casecheck words... --", as " --a --b " (owned). */
static char *completion_offers(const char *words)
{
	char *script = cc_xasprintf("%s/completion/casecheck", getenv("CASECHECK_SOURCE_DIR"));
	char *cmd = cc_xasprintf("source '%s'; COMP_WORDS=(casecheck %s --); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
	                         "_casecheck; printf ' %%s' \"${COMPREPLY[@]}\"; printf ' '", script, words);
	free(script);
	return cmd;
}

/* Runs cmd with bash; what it printed (owned). */
static char *run_bash(const char *cmd)
{
	setenv("CC_CMD", cmd, 1);
	return cc_test_shell_out("bash -c \"$CC_CMD\"");
}

/* Whether two " --a --b " lists hold the same options. */
static void assert_same_set(const char *what, const char *a, const char *b)
{
	for (int pass = 0; pass < 2; pass++) {
		const char *x = pass ? b : a, *y = pass ? a : b;
		for (const char *p = strstr(x, " --"); p; p = strstr(p + 1, " --")) {
			size_t len = strcspn(p + 1, " ");
			char *tok = cc_xasprintf(" %.*s ", (int)len, p + 1);
			ck_assert_msg(strstr(y, tok) != NULL, "%s: %soffered by %s but not by %s", what, tok,
			              pass ? "the completion" : "--help", pass ? "--help" : "the completion");
			free(tok);
		}
	}
}

/* The man page's section for the command, up to the next section. */
static char *man_section(const char *man, const char *name)
{
	char *head = cc_xasprintf(".SS casecheck %s\n", name);
	const char *from = strstr(man, head);
	ck_assert_msg(from != NULL, "the man page has no section for casecheck %s", name);
	const char *to = strstr(from + 1, "\n.S");
	free(head);
	return cc_xstrndup(from, to ? (size_t)(to - from) : strlen(from));
}

static void check_command(const char *words, const char *man)
{
	char *argv_text = cc_xstrdup(words);
	const char *argv[8];
	int n = 0;
	for (char *t = strtok(argv_text, " "); t && n < 6; t = strtok(NULL, " "))
		argv[n++] = t;
	argv[n++] = "--help";
	argv[n] = NULL;
	ck_assert_msg(cli_runv(".", argv) == 0, "casecheck %s --help: exit not 0 (%s)", words, cli_err);
	char *usage = cc_xasprintf("usage: casecheck %s", words);
	ck_assert_msg(!strncmp(cli_out, usage, strlen(usage)), "casecheck %s --help does not start '%s'", words, usage);
	char *help = cc_xstrdup(cli_out);
	char *desc = described(help);
	ck_assert_msg(strstr(desc, " --help "), "casecheck %s --help does not describe --help", words);
	assert_mentions_described(words, help, desc);

	char *script = completion_offers(words);
	char *offers = run_bash(script);
	assert_same_set(words, desc, offers);

	char *sec = man_section(man, words);
	for (const char *p = strstr(desc, " --"); p; p = strstr(p + 1, " --")) {
		size_t len = strcspn(p + 1, " ");
		cc_strbuf esc = CC_STRBUF_INIT; /* as roff writes it: each '-' as "\-" */
		for (size_t k = 0; k < len; k++)
			cc_strbuf_puts(&esc, p[1 + k] == '-' ? "\\-" : (char[]){p[1 + k], 0});
		char *tok = cc_strbuf_detach(&esc);
		ck_assert_msg(strstr(sec, tok) != NULL, "the man page's casecheck %s does not describe %.*s", words,
		              (int)len, p + 1);
		free(tok);
	}
	free(sec);
	free(offers);
	free(script);
	free(desc);
	free(help);
	free(usage);
	free(argv_text);
}

START_TEST(every_command_describes_its_options_everywhere)
{
	char **cmds = listed_commands();
	char *man = cc_test_read_source("docs/casecheck.1", NULL);
	size_t checked = 0;
	for (size_t i = 0; cmds[i]; i++) {
		bool has_subs = false;
		for (size_t k = 0; k < sizeof subcommands / sizeof subcommands[0]; k++)
			if (!strcmp(subcommands[k][0], cmds[i])) {
				char *w = cc_xasprintf("%s %s", subcommands[k][0], subcommands[k][1]);
				check_command(w, man);
				free(w);
				has_subs = true;
				checked++;
			}
		if (!has_subs) {
			check_command(cmds[i], man);
			checked++;
		}
		/* the bare command's --help works too, and the man page names the command */
		ck_assert_int_eq(cli_run(".", cmds[i], "--help", NULL), 0);
		char *syn = cc_xasprintf(".B casecheck %s", cmds[i]);
		ck_assert_msg(strstr(man, syn) != NULL, "the man page's synopsis lacks casecheck %s", cmds[i]);
		free(syn);
		free(cmds[i]);
	}
	ck_assert_uint_ge(checked, 9);
	free(cmds);
	free(man);
	cli_reset();
}
END_TEST

START_TEST(install_puts_the_man_page_and_completion_in_place)
{
	char *prefix = gf_mkdtemp();
	const char *bin = getenv("CASECHECK_BINARY");
	ck_assert_ptr_nonnull(bin);
	/* the build folder: CASECHECK_BINARY is <build>/checker/cli/casecheck */
	char *build = cc_xstrndup(bin, strlen(bin) - strlen("/checker/cli/casecheck"));
	char *cmd = cc_xasprintf("cmake --install '%s' --prefix '%s' >/dev/null", build, prefix);
	ck_assert_int_eq(system(cmd), 0);
	char *man = cc_xasprintf("%s/share/man/man1/casecheck.1", prefix);
	char *comp = cc_xasprintf("%s/share/bash-completion/completions/casecheck", prefix);
	char *exe = cc_xasprintf("%s/bin/casecheck", prefix);
	ck_assert_msg(access(man, R_OK) == 0, "%s not installed", man);
	ck_assert_msg(access(comp, R_OK) == 0, "%s not installed", comp);
	ck_assert_msg(access(exe, X_OK) == 0, "%s not installed", exe);
	gf_rm_rf(prefix);
	free(prefix);
	free(build);
	free(cmd);
	free(man);
	free(comp);
	free(exe);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {every_command_describes_its_options_everywhere,
	                              install_puts_the_man_page_and_completion_in_place, NULL};
	return cc_test_list_main("help", tests, 120, NULL, NULL);
}
