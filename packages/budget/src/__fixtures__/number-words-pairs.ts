/**
 * Published number/words pairs (formal northern style), transcribed from the project's
 * `data/number-words/pairs.tsv`, each with the public source it was taken from. Decimal readings
 * ("phẩy") are kept apart: amounts are whole đồng.
 */
export const publishedPairs: readonly (readonly [number: string, words: string, source: string])[] = [
  ["6000000000", "sáu tỷ", "source documents 002 and 003"],
  ["15200000000", "mười lăm tỷ hai trăm triệu", "source documents 002 and 003"],
  ["11", "mười một", "phpviet/number-to-words README"],
  ["14", "mười bốn", "phpviet README"],
  ["15", "mười lăm", "phpviet README"],
  ["21", "hai mươi mốt", "phpviet README"],
  ["24", "hai mươi tư", "phpviet README (South dict: hai mươi bốn)"],
  ["105", "một trăm linh năm", "phpviet README; nghengu.vn (linh năm, not linh lăm)"],
  ["134", "một trăm ba mươi tư", "phpviet README"],
  ["321", "ba trăm hai mươi mốt", "read-vietnamese-number test/reader.test.ts"],
  ["1001", "một nghìn không trăm linh một", "phpviet tests/NumberTest.php"],
  ["1005", "một nghìn không trăm linh năm", "thuthuatphanmem.vn (mười lăm hay mười năm)"],
  ["1010", "một nghìn không trăm mười", "phpviet tests/NumberTest.php"],
  ["1032", "một nghìn không trăm ba mươi hai", "waiyulw.com learner table"],
  ["2001", "hai nghìn không trăm linh một", "pub.dev number_to_vietnamese_words README"],
  ["4065", "bốn nghìn không trăm sáu mươi lăm", "read-vietnamese-number tests"],
  ["100021", "một trăm nghìn không trăm hai mươi mốt", "phpviet README"],
  ["523056", "năm trăm hai mươi ba nghìn không trăm năm mươi sáu", "num2words issue #69 (reporter's correction)"],
  ["1000024", "một triệu không trăm hai mươi tư", "read-vietnamese-number tests"],
  ["5690700", "năm triệu sáu trăm chín mươi nghìn bảy trăm", "phpviet README toCurrency (+ đồng)"],
  ["10000000", "mười triệu", "pub.dev number_to_vietnamese_words"],
  ["23010000", "hai mươi ba triệu không trăm mười nghìn", "read-vietnamese-number tests"],
  ["95500200", "chín mươi lăm triệu năm trăm nghìn hai trăm", "phpviet README toCurrency (+ đồng)"],
  ["105000000", "một trăm linh năm triệu", "nghengu.vn ('một trăm linh năm triệu đồng chẵn')"],
  ["131050035", "một trăm ba mươi mốt triệu không trăm năm mươi nghìn không trăm ba mươi lăm", "phpviet README + tests"],
  ["145001000", "một trăm bốn mươi lăm triệu không trăm linh một nghìn", "num2words issue #69 (reporter wrote 'bốn lăm … lẻ … ngàn')"],
  ["215342000", "hai trăm mười lăm triệu ba trăm bốn mươi hai nghìn", "voh.com.vn lawyer Q&A (reader wrote 'ngàn đồng chẵn')"],
  ["854000900", "tám trăm năm mươi tư triệu chín trăm", "phpviet README toCurrency (+ đồng)"],
  ["1000000001", "một tỷ không trăm linh một", "pub.dev number_to_vietnamese_words"],
  ["1453121401", "một tỷ bốn trăm năm mươi ba triệu một trăm hai mươi mốt nghìn bốn trăm linh một", "thiensubs/doc_tien README (tỉ/lẻ spelling)"],
  ["2030000305", "hai tỷ không trăm ba mươi triệu ba trăm linh năm", "read-vietnamese-number tests (tỉ/lẻ)"],
  ["1100000000000", "một nghìn một trăm tỷ", "read-vietnamese-number issue #38"],
  ["1200000000000", "một nghìn hai trăm tỷ", "read-vietnamese-number tests"],
  ["1100000000000000", "một triệu một trăm nghìn tỷ", "read-vietnamese-number issue #38"],
  ["-55", "âm năm mươi lăm", "pub.dev number_to_vietnamese_words"],
];

/** Published decimal readings ("phẩy"), from the same file. */
export const publishedDecimalPairs: readonly (readonly [number: string, words: string, source: string])[] = [
  ["5.5", "năm phẩy năm", "phpviet README"],
  ["304.23", "ba trăm linh bốn phẩy hai mươi ba", "read-vietnamese-number tests (uses 'chấm'); SGK lớp 5 style 'hai phẩy ba mươi tám' for 2,38"],
];
