/**
 * Lào Cai's ICT-Index ranks, Plan 332/KH-UBND (24/12/2017), section III. The table lost one column in
 * conversion: each year row has 6 numbers for 7 headers. Read with the prose, they are: overall, then
 * technical society, technical agencies, human society, human agencies, application in agencies; the
 * online-services ranks come from the prose only ("Xếp thứ 4 (tăng 16 bậc so với năm 2016)" → 20 in
 * 2016). Group ranks are in the table headers ("xếp thứ 12").
 */
export const laoCaiRanks: Readonly<Record<2016 | 2017, Readonly<Record<string, number>>>> = {
  2016: {
    'ict-index': 7,
    'technical-infrastructure': 12,
    'human-resources': 12,
    'it-application': 10,
    'technical-society': 15,
    'technical-agencies': 10,
    'human-society': 13,
    'human-agencies': 18,
    'application-agencies': 3,
    'online-services': 20,
  },
  2017: {
    'ict-index': 7,
    'technical-infrastructure': 7,
    'human-resources': 14,
    'it-application': 6,
    'technical-society': 13,
    'technical-agencies': 4,
    'human-society': 27,
    'human-agencies': 9,
    'application-agencies': 10,
    'online-services': 4,
  },
};

/** Open-source use points, 2017 (section III.3.1): Lào Cai 5,61 vs the large cities. */
export const openSourcePoints2017: Readonly<Record<string, number>> = {
  'lao-cai': 5.61,
  'ho-chi-minh': 39.47,
  'da-nang': 28.2,
  'ha-noi': 27.45,
  'can-tho': 28.2,
};
