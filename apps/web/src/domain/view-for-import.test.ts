import { describe, expect, it } from 'vitest';
import type { FileSummary } from './analyse-folder';
import { viewForImport } from './view-for-import';

const file = (name: string, kind: FileSummary['kind']): FileSummary => ({ name, kind, findings: [] });

describe('viewForImport', () => {
  it('opens the procedures view for a catalogue, not the budget view', () => {
    expect(viewForImport([file('catalogue.csv', 'procedures')], ['catalogue.csv'])).toBe('procedures');
  });

  it('prefers a roadmap, then a budget, among the files just imported', () => {
    const files = [file('roadmap.yaml', 'roadmap'), file('budget.csv', 'budget'), file('catalogue.csv', 'procedures')];
    expect(viewForImport(files, ['budget.csv', 'catalogue.csv', 'roadmap.yaml'])).toBe('roadmap');
    expect(viewForImport(files, ['catalogue.csv', 'budget.csv'])).toBe('budget');
  });

  it('ignores files imported earlier and falls back to the overview', () => {
    const files = [file('roadmap.yaml', 'roadmap'), file('notes.csv', 'table'), file('broken.xlsx', 'unreadable')];
    expect(viewForImport(files, ['notes.csv', 'broken.xlsx'])).toBe('overview');
  });
});
