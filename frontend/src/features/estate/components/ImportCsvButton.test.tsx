import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n/setup';
import { graphqlError, jsonResponse, renderWithProviders } from '@/test/render';
import { ImportCsvButton } from './ImportCsvButton';

const fetchMock = vi.fn<typeof fetch>();

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}
const sent = (): Sent[] => fetchMock.mock.calls.map(([, init]) => JSON.parse(init?.body as string) as Sent);

const HEADER = 'cluster,code,area_m2,land_use,cadastral_ref,notes';

/** A CSV file as the file picker hands it over (jsdom's File has no text()). */
function csvFile(text: string): File {
  const file = new File([text], 'plots.csv', { type: 'text/csv' });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  return file;
}

function server(preview: unknown) {
  fetchMock.mockImplementation((_input, init) => {
    const { operationName, variables } = JSON.parse(init?.body as string) as Sent;
    if (operationName === 'ImportPlots' && variables.commit === false) {
      return Promise.resolve(jsonResponse({ data: { importPlots: preview } }));
    }
    if (operationName === 'ImportPlots' && variables.commit === true) {
      return Promise.resolve(jsonResponse({ data: { importPlots: { rows: 2, valid: true, created: 2, problems: [] } } }));
    }
    return Promise.resolve(graphqlError('INTERNAL', `unexpected ${operationName}`));
  });
}

async function openAndPick(text: string) {
  const user = userEvent.setup();
  renderWithProviders(<ImportCsvButton kind="plots" />);
  await user.click(screen.getByTestId('import-open'));
  expect(await screen.findByText(HEADER)).toBeInTheDocument();
  await user.upload(screen.getByTestId('import-file'), csvFile(text));
  return user;
}

beforeEach(async () => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
  await i18n.changeLanguage('vi');
});

describe('ImportCsvButton', () => {
  it('lists the problems of a preview and offers no import', async () => {
    server({
      rows: 2,
      valid: false,
      created: 0,
      problems: [{ row: 3, column: 'area_m2', message: 'must be a whole number of m²' }],
    });
    const csv = `${HEADER}\nCCN Đồng Sóc,CN-001,21780,SKC,,\nCCN Đồng Sóc,CN-002,abc,SKC,,\n`;
    await openAndPick(csv);

    const table = await screen.findByTestId('import-preview-table');
    expect(within(table).getByText('Dòng')).toBeInTheDocument();
    expect(within(table).getByText('Cột')).toBeInTheDocument();
    expect(within(table).getByText('Lỗi')).toBeInTheDocument();
    expect(within(table).getByText('area_m2')).toBeInTheDocument();
    expect(within(table).getByText('must be a whole number of m²')).toBeInTheDocument();
    expect(screen.getByTestId('import-rows')).toHaveTextContent('Số dòng dữ liệu: 2');
    expect(screen.queryByTestId('import-commit')).not.toBeInTheDocument();
    expect(sent()).toEqual([{ operationName: 'ImportPlots', query: expect.any(String) as string, variables: { csv, commit: false } }]);
  });

  it('offers to import every row when the preview is valid', async () => {
    server({ rows: 2, valid: true, created: 0, problems: [] });
    const user = await openAndPick(`${HEADER}\nCCN Đồng Sóc,CN-001,21780,SKC,,\nCCN Đồng Sóc,CN-002,19140,SKC,,\n`);

    expect(await screen.findByTestId('import-valid')).toHaveTextContent('2 dòng đều hợp lệ');
    expect(screen.getByTestId('import-commit')).toHaveTextContent('Nhập 2 dòng');
    expect(screen.queryByTestId('import-preview-table')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(screen.queryByTestId('import-file')).not.toBeInTheDocument());
    expect(sent().map((r) => r.variables.commit)).toEqual([false, true]);
  });
});
