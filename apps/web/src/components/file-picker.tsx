/** Props of {@link FilePicker}. */
export interface FilePickerProps {
  /** The field's label ("Bảng", "Tệp kinh phí"). */
  readonly label: string;
  /** The names of the files to choose from. */
  readonly files: readonly string[];
  /** The index of the file shown. */
  readonly index: number;
  readonly onChange: (index: number) => void;
}

/**
 * The choice of one file among several of the same kind in a document set (procedure tables, budget
 * tables); nothing when there is only one.
 *
 * @param props - The label, the file names, the chosen index and the change callback.
 * @returns A labelled select, or `null`.
 * @example
 * ```tsx
 * <FilePicker label={t('table')} files={analyses.map((a) => a.file)} index={fileIndex} onChange={setFileIndex} />
 * ```
 */
export function FilePicker({ label, files, index, onChange }: FilePickerProps) {
  if (files.length <= 1) return null;
  return (
    <label className="field inline">
      <span>{label}</span>
      <select value={index} onChange={(event) => { onChange(Number(event.currentTarget.value)); }}>
        {files.map((file, position) => (
          <option key={file} value={position}>
            {file}
          </option>
        ))}
      </select>
    </label>
  );
}
