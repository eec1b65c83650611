import { useForm } from '@mantine/form';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { renderWithProviders } from '@/test/render';
import { DateField, parseTypedDate } from './DateField';

function Controlled({ initial, onChange, ...props }: { initial: string; onChange?: (value: string) => void; min?: string; max?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Ngày"
      data-testid="day"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
      {...props}
    />
  );
}

function UncontrolledForm({ onSubmit }: { onSubmit: (values: { on: string }) => void }) {
  const form = useForm({ mode: 'uncontrolled', initialValues: { on: '' } });
  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit)}>
      <DateField label="Ngày" data-testid="day" key={form.key('on')} {...form.getInputProps('on')} />
      <button type="submit">OK</button>
    </form>
  );
}

afterEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('parseTypedDate', () => {
  it('reads dd/mm/yyyy, d/m/yyyy and ISO as an ISO date', () => {
    expect(parseTypedDate('01/12/2026')).toBe('2026-12-01');
    expect(parseTypedDate('1/12/2026')).toBe('2026-12-01');
    expect(parseTypedDate(' 1.2.2026 ')).toBe('2026-02-01');
    expect(parseTypedDate('2026-12-01')).toBe('2026-12-01');
  });

  it('gives nothing for half-typed or impossible dates', () => {
    expect(parseTypedDate('01/12/202')).toBeNull();
    expect(parseTypedDate('01/12')).toBeNull();
    expect(parseTypedDate('31/02/2026')).toBeNull();
    expect(parseTypedDate('13/13/2026')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});

describe('DateField', () => {
  it('shows an ISO value as dd/mm/yyyy', () => {
    renderWithProviders(<Controlled initial="2026-12-01" />);
    expect(screen.getByTestId('day')).toHaveValue('01/12/2026');
  });

  it('turns typed dd/mm/yyyy into an ISO date for the form', async () => {
    const onChange = vi.fn();
    renderWithProviders(<Controlled initial="" onChange={onChange} />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('day'), '1/12/2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-12-01');
    await user.tab();
    expect(screen.getByTestId('day')).toHaveValue('01/12/2026');
  });

  it('hands an uncontrolled form the ISO date', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<UncontrolledForm onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('day'), '31/12/2030');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(onSubmit).toHaveBeenCalledWith({ on: '2030-12-31' }, expect.anything());
  });

  it('can be cleared when optional, giving an empty string', async () => {
    const onChange = vi.fn();
    renderWithProviders(<Controlled initial="2026-12-01" onChange={onChange} />);
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('day'));
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('flags a typed date outside its range', async () => {
    renderWithProviders(<Controlled initial="2026-12-01" max="2026-12-31" />);
    const user = userEvent.setup();
    const input = screen.getByTestId('day');
    await user.clear(input);
    await user.type(input, '02/01/2027');
    expect(await screen.findByText('Chọn ngày đến 31/12/2026 là muộn nhất')).toBeInTheDocument();
  });

  it('opens a calendar with Vietnamese month names, and English ones in English', async () => {
    renderWithProviders(<Controlled initial="2026-12-01" />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('day'));
    expect(await screen.findByText('Tháng 12 năm 2026')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await i18n.changeLanguage('en');
    await user.click(screen.getByTestId('day'));
    await waitFor(() => expect(screen.getByText('December 2026')).toBeInTheDocument());
  });
});
