/* holidays_ew.c: the built-in England and Wales bank holidays, 2015-2035.
 *
 * Written out literally (YYYYMMDD, sorted) so that it can be read against
 * the gov.uk list. The regular pattern: New Year's Day, Good Friday and
 * Easter Monday (Easter by the anonymous Gregorian algorithm), the first
 * Monday of May, the last Mondays of May and August, Christmas Day and
 * Boxing Day, each moved to the next free weekday when it falls at a
 * weekend. The one-off changes: 2020 early May moved to Friday 8 May (VE
 * Day); 2022 spring bank holiday moved to Thursday 2 June plus Friday 3 June
 * (Platinum Jubilee); Monday 19 September 2022 (State Funeral of Queen
 * Elizabeth II); Monday 8 May 2023 (Coronation of King Charles III).
 * tests/date checks this table against those rules and against the dates
 * gov.uk published for 2015-2027. */
#include "holidays_ew.h"

#include "calendar_impl.h"

const int32_t cc_holidays_ew[] = {
	20150101, /* Thu New Year's Day */
	20150403, /* Fri Good Friday */
	20150406, /* Mon Easter Monday */
	20150504, /* Mon Early May bank holiday */
	20150525, /* Mon Spring bank holiday */
	20150831, /* Mon Summer bank holiday */
	20151225, /* Fri Christmas Day */
	20151228, /* Mon Boxing Day (substitute) */
	20160101, /* Fri New Year's Day */
	20160325, /* Fri Good Friday */
	20160328, /* Mon Easter Monday */
	20160502, /* Mon Early May bank holiday */
	20160530, /* Mon Spring bank holiday */
	20160829, /* Mon Summer bank holiday */
	20161226, /* Mon Boxing Day */
	20161227, /* Tue Christmas Day (substitute) */
	20170102, /* Mon New Year's Day (substitute) */
	20170414, /* Fri Good Friday */
	20170417, /* Mon Easter Monday */
	20170501, /* Mon Early May bank holiday */
	20170529, /* Mon Spring bank holiday */
	20170828, /* Mon Summer bank holiday */
	20171225, /* Mon Christmas Day */
	20171226, /* Tue Boxing Day */
	20180101, /* Mon New Year's Day */
	20180330, /* Fri Good Friday */
	20180402, /* Mon Easter Monday */
	20180507, /* Mon Early May bank holiday */
	20180528, /* Mon Spring bank holiday */
	20180827, /* Mon Summer bank holiday */
	20181225, /* Tue Christmas Day */
	20181226, /* Wed Boxing Day */
	20190101, /* Tue New Year's Day */
	20190419, /* Fri Good Friday */
	20190422, /* Mon Easter Monday */
	20190506, /* Mon Early May bank holiday */
	20190527, /* Mon Spring bank holiday */
	20190826, /* Mon Summer bank holiday */
	20191225, /* Wed Christmas Day */
	20191226, /* Thu Boxing Day */
	20200101, /* Wed New Year's Day */
	20200410, /* Fri Good Friday */
	20200413, /* Mon Easter Monday */
	20200508, /* Fri Early May bank holiday (VE Day) */
	20200525, /* Mon Spring bank holiday */
	20200831, /* Mon Summer bank holiday */
	20201225, /* Fri Christmas Day */
	20201228, /* Mon Boxing Day (substitute) */
	20210101, /* Fri New Year's Day */
	20210402, /* Fri Good Friday */
	20210405, /* Mon Easter Monday */
	20210503, /* Mon Early May bank holiday */
	20210531, /* Mon Spring bank holiday */
	20210830, /* Mon Summer bank holiday */
	20211227, /* Mon Christmas Day (substitute) */
	20211228, /* Tue Boxing Day (substitute) */
	20220103, /* Mon New Year's Day (substitute) */
	20220415, /* Fri Good Friday */
	20220418, /* Mon Easter Monday */
	20220502, /* Mon Early May bank holiday */
	20220602, /* Thu Spring bank holiday (moved) */
	20220603, /* Fri Platinum Jubilee */
	20220829, /* Mon Summer bank holiday */
	20220919, /* Mon State Funeral of Queen Elizabeth II */
	20221226, /* Mon Boxing Day */
	20221227, /* Tue Christmas Day (substitute) */
	20230102, /* Mon New Year's Day (substitute) */
	20230407, /* Fri Good Friday */
	20230410, /* Mon Easter Monday */
	20230501, /* Mon Early May bank holiday */
	20230508, /* Mon Coronation of King Charles III */
	20230529, /* Mon Spring bank holiday */
	20230828, /* Mon Summer bank holiday */
	20231225, /* Mon Christmas Day */
	20231226, /* Tue Boxing Day */
	20240101, /* Mon New Year's Day */
	20240329, /* Fri Good Friday */
	20240401, /* Mon Easter Monday */
	20240506, /* Mon Early May bank holiday */
	20240527, /* Mon Spring bank holiday */
	20240826, /* Mon Summer bank holiday */
	20241225, /* Wed Christmas Day */
	20241226, /* Thu Boxing Day */
	20250101, /* Wed New Year's Day */
	20250418, /* Fri Good Friday */
	20250421, /* Mon Easter Monday */
	20250505, /* Mon Early May bank holiday */
	20250526, /* Mon Spring bank holiday */
	20250825, /* Mon Summer bank holiday */
	20251225, /* Thu Christmas Day */
	20251226, /* Fri Boxing Day */
	20260101, /* Thu New Year's Day */
	20260403, /* Fri Good Friday */
	20260406, /* Mon Easter Monday */
	20260504, /* Mon Early May bank holiday */
	20260525, /* Mon Spring bank holiday */
	20260831, /* Mon Summer bank holiday */
	20261225, /* Fri Christmas Day */
	20261228, /* Mon Boxing Day (substitute) */
	20270101, /* Fri New Year's Day */
	20270326, /* Fri Good Friday */
	20270329, /* Mon Easter Monday */
	20270503, /* Mon Early May bank holiday */
	20270531, /* Mon Spring bank holiday */
	20270830, /* Mon Summer bank holiday */
	20271227, /* Mon Christmas Day (substitute) */
	20271228, /* Tue Boxing Day (substitute) */
	20280103, /* Mon New Year's Day (substitute) */
	20280414, /* Fri Good Friday */
	20280417, /* Mon Easter Monday */
	20280501, /* Mon Early May bank holiday */
	20280529, /* Mon Spring bank holiday */
	20280828, /* Mon Summer bank holiday */
	20281225, /* Mon Christmas Day */
	20281226, /* Tue Boxing Day */
	20290101, /* Mon New Year's Day */
	20290330, /* Fri Good Friday */
	20290402, /* Mon Easter Monday */
	20290507, /* Mon Early May bank holiday */
	20290528, /* Mon Spring bank holiday */
	20290827, /* Mon Summer bank holiday */
	20291225, /* Tue Christmas Day */
	20291226, /* Wed Boxing Day */
	20300101, /* Tue New Year's Day */
	20300419, /* Fri Good Friday */
	20300422, /* Mon Easter Monday */
	20300506, /* Mon Early May bank holiday */
	20300527, /* Mon Spring bank holiday */
	20300826, /* Mon Summer bank holiday */
	20301225, /* Wed Christmas Day */
	20301226, /* Thu Boxing Day */
	20310101, /* Wed New Year's Day */
	20310411, /* Fri Good Friday */
	20310414, /* Mon Easter Monday */
	20310505, /* Mon Early May bank holiday */
	20310526, /* Mon Spring bank holiday */
	20310825, /* Mon Summer bank holiday */
	20311225, /* Thu Christmas Day */
	20311226, /* Fri Boxing Day */
	20320101, /* Thu New Year's Day */
	20320326, /* Fri Good Friday */
	20320329, /* Mon Easter Monday */
	20320503, /* Mon Early May bank holiday */
	20320531, /* Mon Spring bank holiday */
	20320830, /* Mon Summer bank holiday */
	20321227, /* Mon Christmas Day (substitute) */
	20321228, /* Tue Boxing Day (substitute) */
	20330103, /* Mon New Year's Day (substitute) */
	20330415, /* Fri Good Friday */
	20330418, /* Mon Easter Monday */
	20330502, /* Mon Early May bank holiday */
	20330530, /* Mon Spring bank holiday */
	20330829, /* Mon Summer bank holiday */
	20331226, /* Mon Boxing Day */
	20331227, /* Tue Christmas Day (substitute) */
	20340102, /* Mon New Year's Day (substitute) */
	20340407, /* Fri Good Friday */
	20340410, /* Mon Easter Monday */
	20340501, /* Mon Early May bank holiday */
	20340529, /* Mon Spring bank holiday */
	20340828, /* Mon Summer bank holiday */
	20341225, /* Mon Christmas Day */
	20341226, /* Tue Boxing Day */
	20350101, /* Mon New Year's Day */
	20350323, /* Fri Good Friday */
	20350326, /* Mon Easter Monday */
	20350507, /* Mon Early May bank holiday */
	20350528, /* Mon Spring bank holiday */
	20350827, /* Mon Summer bank holiday */
	20351225, /* Tue Christmas Day */
	20351226, /* Wed Boxing Day */
};

const size_t cc_holidays_ew_count = sizeof cc_holidays_ew / sizeof cc_holidays_ew[0];

const cc_calendar cc_calendar_ew = {
	cc_holidays_ew, sizeof cc_holidays_ew / sizeof cc_holidays_ew[0],
	CC_HOLIDAYS_EW_FIRST_YEAR, CC_HOLIDAYS_EW_LAST_YEAR, NULL
};
