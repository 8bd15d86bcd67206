/* clirun.c: see clirun.h. */
#include "clirun.h"

#include <check.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "support/runner.h"

char *cli_out, *cli_err;

void cli_reset(void)
{
	free(cli_out);
	free(cli_err);
	cli_out = cli_err = NULL;
}

int cli_runv(const char *dir, const char *const *argv)
{
	cc_proc p;
	ck_assert_int_eq(cc_proc_run(&p, dir, CC_PROC_NO_COLOR, argv), 0);
	cli_reset();
	cli_out = p.out;
	cli_err = p.err;
	return p.signal ? -1 : p.exit_code;
}

int cli_run(const char *dir, ...)
{
	const char *argv[48];
	int n = 0;
	const char *a;
	va_list ap;
	va_start(ap, dir);
	while ((a = va_arg(ap, const char *)) && n < 47)
		argv[n++] = a;
	va_end(ap);
	argv[n] = NULL;
	return cli_runv(dir, argv);
}

int cli_said(const char *s)
{
	return (cli_out && strstr(cli_out, s)) || (cli_err && strstr(cli_err, s));
}
