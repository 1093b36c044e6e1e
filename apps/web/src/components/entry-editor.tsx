import type { Entry } from '@egov/roadmap';
import { whenYear } from '@egov/roadmap';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLanguage } from '../i18n/messages';
import { checkEntryValue, type EntryField } from '../workspace/entry-value';

/** Props of {@link EntryEditor}. */
export interface EntryEditorProps {
  /** Index of the entry in `entries`. */
  readonly index: number;
  readonly entry: Entry;
  /** The roadmap file's text now. */
  readonly text: string;
  readonly className?: string;
  /** Called with the new text (unchanged when nothing changed). */
  readonly onSave: (text: string) => void;
  readonly onCancel: () => void;
}

/**
 * One row of the entries table in edit mode: the entry's name, target level (or class), due year and lead
 * agency as labelled inputs. Enter saves, Escape cancels; each value is checked before anything is written
 * (messages beside the field), and the new text changes only the edited values of the YAML.
 *
 * @param props - The entry, the file's text and the callbacks.
 * @returns A table row.
 * @example
 * ```tsx
 * <EntryEditor index={4} entry={entry} text={yaml} onSave={save} onCancel={close} />
 * ```
 */
export function EntryEditor({ index, entry, text, className, onSave, onCancel }: EntryEditorProps) {
  const { t, language } = useLanguage();
  const id = useId();
  const levelField: EntryField = entry.target_class !== undefined && entry.target_level === undefined ? 'target_class' : 'target_level';
  const initial: Readonly<Record<EntryField, string>> = {
    service: entry.service,
    target_level: entry.target_level === undefined ? '' : String(entry.target_level),
    target_class: entry.target_class ?? '',
    due: String(whenYear(entry.due)),
    lead_agency: entry.lead_agency ?? '',
  };
  const [values, setValues] = useState<Record<EntryField, string>>({ ...initial });
  const [errors, setErrors] = useState<Partial<Record<EntryField, string>>>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);

  const fields: readonly EntryField[] = ['service', levelField, 'due', 'lead_agency'];
  const save = (): void => {
    const found: Partial<Record<EntryField, string>> = {};
    const changes: { field: EntryField; value: string | number }[] = [];
    for (const field of fields) {
      if (values[field] === initial[field]) continue;
      const checked = checkEntryValue(field, values[field]);
      if (checked.ok) changes.push({ field, value: checked.value });
      else found[field] = checked.message[language];
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (changes.length === 0) {
      onSave(text);
      return;
    }
    // The YAML editor (and the `yaml` library) load on the first save, keeping them out of the first page load.
    void import('../workspace/roadmap-entry-edit').then(({ editRoadmapEntry }) => {
      let next: string | undefined = text;
      for (const { field, value } of changes) next = next === undefined ? undefined : editRoadmapEntry(next, index, field, value);
      onSave(next ?? text);
    });
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const input = (field: EntryField, label: string, props: { readonly inputMode?: 'numeric'; readonly className?: string } = {}) => (
    <>
      <input
        ref={field === 'service' ? first : undefined}
        className={`edit ${props.className ?? ''}`}
        value={values[field]}
        aria-label={label}
        aria-invalid={errors[field] === undefined ? undefined : true}
        aria-describedby={errors[field] === undefined ? undefined : `${id}-${field}`}
        {...(props.inputMode === undefined ? {} : { inputMode: props.inputMode })}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setValues((current) => ({ ...current, [field]: value }));
        }}
        onKeyDown={onKeyDown}
      />
      {errors[field] === undefined ? null : (
        <span id={`${id}-${field}`} className="field-error" role="alert">
          {errors[field]}
        </span>
      )}
    </>
  );
  return (
    <tr id={`entry-${String(index)}`} tabIndex={-1} className={`editing ${className ?? ''}`.trim()}>
      <td>{entry.id ?? index + 1}</td>
      <td>{input('service', t('service'))}</td>
      <td className="num">
        {levelField === 'target_class' ? (
          <select
            aria-label={t('onlineClass')}
            value={values.target_class}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, target_class: value }));
            }}
            onKeyDown={onKeyDown}
          >
            <option value="partial">{t('classPartial')}</option>
            <option value="full">{t('classFull')}</option>
          </select>
        ) : (
          <>
            <select
              aria-label={t('level')}
              value={values.target_level}
              aria-invalid={errors.target_level === undefined ? undefined : true}
              aria-describedby={errors.target_level === undefined ? undefined : `${id}-target_level`}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setValues((current) => ({ ...current, target_level: value }));
              }}
              onKeyDown={onKeyDown}
            >
              {values.target_level === '' ? <option value="">—</option> : null}
              {['1', '2', '3', '4'].map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
            {errors.target_level === undefined ? null : (
              <span id={`${id}-target_level`} className="field-error" role="alert">
                {errors.target_level}
              </span>
            )}
          </>
        )}
      </td>
      <td className="num">{input('due', t('year'), { inputMode: 'numeric', className: 'year' })}</td>
      <td>{input('lead_agency', t('leadAgency'))}</td>
      <td colSpan={2}>
        <div className="row-actions">
          <button type="button" onClick={save}>
            {t('save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </td>
    </tr>
  );
}
