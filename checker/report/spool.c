#include "spool.h"

#include <stdlib.h>
#include <string.h>

int cc_spool_open(cc_spool *sp)
{
	memset(sp, 0, sizeof(*sp));
	if ((sp->fp = tmpfile()) != NULL)
		return 0;
	if ((sp->fp = open_memstream(&sp->mem, &sp->mem_len)) != NULL) {
		sp->is_mem = 1;
		return 0;
	}
	return -1;
}

int cc_spool_copy(cc_spool *sp, FILE *out)
{
	char buf[8192];
	size_t n;

	if (!sp->fp || fflush(sp->fp) != 0 || ferror(sp->fp))
		return -1;
	if (sp->is_mem) {
		if (sp->mem_len)
			fwrite(sp->mem, 1, sp->mem_len, out);
		return 0;
	}
	if (fseek(sp->fp, 0, SEEK_SET) != 0)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), sp->fp)) > 0)
		fwrite(buf, 1, n, out);
	if (ferror(sp->fp))
		return -1;
	/* Later writes go on at the end. */
	return fseek(sp->fp, 0, SEEK_END) == 0 ? 0 : -1;
}

void cc_spool_close(cc_spool *sp)
{
	if (sp->fp)
		fclose(sp->fp);
	free(sp->mem);
	memset(sp, 0, sizeof(*sp));
}
