import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ImportPlotsDocument } from '@/gql/graphql';
import type { ImportResultFieldsFragment } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { ImportCsvButton } from './ImportCsvButton';

const HEADER = 'cluster,code,area_m2,land_use,cadastral_ref,notes';

/** A CSV file as the file picker hands it over (jsdom's File has no text()). */
function csvFile(text: string): File {
  const file = new File([text], 'plots.csv', { type: 'text/csv' });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  return file;
}

/** The endpoint: a preview answered with `preview`, and a commit that writes both rows. */
function server(preview: ImportResultFieldsFragment) {
  graphqlMock.on(ImportPlotsDocument, ({ commit }) => ({
    importPlots: commit ? { rows: 2, valid: true, created: 2, problems: [] } : preview,
  }));
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
  await i18n.changeLanguage('vi');
});

describe('ImportCsvButton', () => {
  it('lists the problems of a preview and offers no import', async () => {
    server({
      rows: 2,
      valid: false,
      created: 0,
      problems: [
        {
          row: 3,
          column: 'area_m2',
          message: 'write the area as a whole number of m²',
          reason: { code: 'write_area_whole_number', params: [] },
        },
      ],
    });
    const csv = `${HEADER}\nCCN Đồng Sóc,CN-001,21780,SKC,,\nCCN Đồng Sóc,CN-002,abc,SKC,,\n`;
    await openAndPick(csv);

    const table = await screen.findByTestId('import-preview-table');
    expect(within(table).getByText('Dòng')).toBeInTheDocument();
    expect(within(table).getByText('Cột')).toBeInTheDocument();
    expect(within(table).getByText('Lỗi')).toBeInTheDocument();
    expect(within(table).getByText('area_m2')).toBeInTheDocument();
    // The server's reason, in the reader's language.
    expect(within(table).getByText('Nhập diện tích là số nguyên m²')).toBeInTheDocument();
    expect(screen.getByTestId('import-rows')).toHaveTextContent('Số dòng dữ liệu: 2');
    expect(screen.queryByTestId('import-commit')).not.toBeInTheDocument();
    expect(graphqlMock.operations()).toEqual(['ImportPlots']);
    expect(graphqlMock.calls(ImportPlotsDocument)).toEqual([{ csv, commit: false }]);
  });

  it('offers to import every row when the preview is valid', async () => {
    server({ rows: 2, valid: true, created: 0, problems: [] });
    const user = await openAndPick(`${HEADER}\nCCN Đồng Sóc,CN-001,21780,SKC,,\nCCN Đồng Sóc,CN-002,19140,SKC,,\n`);

    expect(await screen.findByTestId('import-valid')).toHaveTextContent('2 dòng đều hợp lệ');
    expect(screen.getByTestId('import-commit')).toHaveTextContent('Nhập 2 dòng');
    expect(screen.queryByTestId('import-preview-table')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(screen.queryByTestId('import-file')).not.toBeInTheDocument());
    expect(graphqlMock.calls(ImportPlotsDocument).map((v) => v.commit)).toEqual([false, true]);
  });
});
