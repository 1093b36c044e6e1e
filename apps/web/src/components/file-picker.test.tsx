import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FilePicker } from './file-picker';

describe('FilePicker', () => {
  it('offers every file and passes on the chosen index', () => {
    const onChange = vi.fn<(index: number) => void>();
    render(<FilePicker label="Tệp kinh phí" files={['budget-2014.csv', 'budget-2015.xlsx']} index={0} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Tệp kinh phí' });
    expect(Array.from(select.querySelectorAll('option'), (option) => option.textContent)).toEqual(['budget-2014.csv', 'budget-2015.xlsx']);
    fireEvent.change(select, { target: { value: '1' } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('shows nothing when there is only one file', () => {
    const { container } = render(<FilePicker label="Bảng" files={['catalogue.csv']} index={0} onChange={() => undefined} />);
    expect(container.innerHTML).toBe('');
  });
});
