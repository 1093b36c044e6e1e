/**
 * The DuckDB query that computes the totals `egov records stats` prints, on the same CSV: dates read as
 * dd/mm/yyyy, rows with an unreadable date received or a missing required cell left out (the CLI rejects
 * them), a due or settled date before the date received rejected as the aggregator does.
 *
 * @param path - The CSV file (single quotes are escaped).
 * @returns SQL returning one row with the columns of the CLI's JSON totals.
 * @example
 * ```ts
 * await connection.runAndReadAll(recordsStatsSql('.data/records-1000000.csv'));
 * ```
 */
export function recordsStatsSql(path: string): string {
  return `WITH r AS (
  SELECT "Mã thủ tục" AS code, "Cơ quan" AS agency, "Kênh nộp" AS channel,
         try_strptime("Ngày tiếp nhận", '%d/%m/%Y')::DATE AS received,
         try_strptime("Ngày hẹn trả", '%d/%m/%Y')::DATE AS due,
         try_strptime("Ngày hoàn thành", '%d/%m/%Y')::DATE AS finished,
         "Thanh toán trực tuyến" AS paid, "Số hóa" AS digitised
  FROM read_csv('${path.replace(/'/g, "''")}', header = true, all_varchar = true)
)
SELECT count(*) AS received,
       count(*) FILTER (WHERE channel = 'Trực tuyến') AS online,
       count(finished) AS finished,
       count(*) FILTER (WHERE finished IS NOT NULL AND (due IS NULL OR finished <= due)) AS "onTime",
       count(*) FILTER (WHERE paid IN ('Có', 'Không')) AS "withFee",
       count(*) FILTER (WHERE paid = 'Có') AS "paidOnline",
       count(*) FILTER (WHERE digitised = 'Có') AS digitised,
       coalesce(sum(finished - received), 0) AS "processingDays"
FROM r
WHERE received IS NOT NULL AND code IS NOT NULL AND agency IS NOT NULL
  AND channel IN ('Trực tuyến', 'Trực tiếp', 'Bưu chính')
  AND (due IS NULL OR due >= received) AND (finished IS NULL OR finished >= received)`;
}
