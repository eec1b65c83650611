import { useForm } from '@mantine/form';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { newPasswordRules } from '@/lib/passwords';
import { renderWithProviders } from '@/test/render';
import { NewPasswordFields } from './NewPasswordFields';

function ResetForm({ onSubmit }: { onSubmit: (values: { newPassword: string }) => void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: newPasswordRules(t, 'newPassword'),
  });
  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit)}>
      <NewPasswordFields
        form={form}
        field="newPassword"
        label="Mật khẩu mới"
        confirmLabel="Nhập lại"
        testIds={{ password: 'new', confirm: 'confirm' }}
      />
      <button type="submit">OK</button>
    </form>
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('NewPasswordFields', () => {
  it('asks for a long enough password, typed the same twice', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<ResetForm onSubmit={onSubmit} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText(/Mật khẩu mới/), 'ngan');
    await user.type(screen.getByLabelText(/Nhập lại/), 'khac');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('Mật khẩu cần ít nhất 10 ký tự')).toBeInTheDocument();
    expect(screen.getByText('Mật khẩu nhập lại không khớp')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId('new'));
    await user.type(screen.getByTestId('new'), 'mat-khau-moi-2026');
    await user.clear(screen.getByTestId('confirm'));
    await user.type(screen.getByTestId('confirm'), 'mat-khau-moi-2026');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(onSubmit).toHaveBeenCalledWith(
      { newPassword: 'mat-khau-moi-2026', confirmPassword: 'mat-khau-moi-2026' },
      expect.anything(),
    );
    expect(screen.getByTestId('new')).toHaveAttribute('autocomplete', 'new-password');
  });
});
