import { describe, expect, it } from 'vitest';
import { emptyHistory, historyLimit, parseHistory, record, redo, undo } from './edit-history';
import { emptyWorkspace, putFile } from './workspace';

const base = emptyWorkspace('thaibinh-2013-roadmap');
const edited = putFile(base, { folder: 'thaibinh-2013-roadmap', name: 'roadmap.yaml', text: 'target_level: 3' });

describe('edit history', () => {
  it('undoes and redoes a change, keeping the language chosen since', () => {
    const history = record(emptyHistory(), base);
    const undone = undo(history, { ...edited, language: 'en' });
    expect(undone?.workspace.files).toEqual([]);
    expect(undone?.workspace.language).toBe('en');
    if (undone === undefined) throw new Error('nothing undone');
    const redone = redo(undone.history, undone.workspace);
    expect(redone?.workspace.files).toEqual(edited.files);
    expect(redone?.history.future).toHaveLength(0);
    expect(redone?.history.past).toHaveLength(1);
  });

  it('reopens the folder the undone change was made in', () => {
    const undone = undo(record(emptyHistory(), base), { ...edited, folder: 'hagiang-2013-roadmap' });
    expect(undone?.workspace.folder).toBe('thaibinh-2013-roadmap');
  });

  it('has nothing to undo or redo when empty, and drops the future on a new change', () => {
    expect(undo(emptyHistory(), base)).toBeUndefined();
    expect(redo(emptyHistory(), base)).toBeUndefined();
    const undone = undo(record(emptyHistory(), base), edited);
    if (undone === undefined) throw new Error('nothing undone');
    expect(record(undone.history, undone.workspace).future).toHaveLength(0);
  });

  it(`keeps at most ${String(historyLimit)} steps`, () => {
    let history = emptyHistory();
    for (let step = 0; step < historyLimit + 10; step++) history = record(history, base);
    expect(history.past).toHaveLength(historyLimit);
  });

  it('reads back what it stored, and refuses anything else', () => {
    const history = record(record(emptyHistory(), base), { ...edited, units: { 'thaibinh-2013-roadmap/budget.csv': 'ty' } });
    expect(parseHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
    expect(parseHistory({ past: [{ folder: 1 }], future: [] })).toEqual(emptyHistory());
    expect(parseHistory('x')).toEqual(emptyHistory());
  });
});
