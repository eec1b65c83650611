import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ImportMeterReadingsDocument } from '@/gql/graphql';
import type { ImportResultFieldsFragment } from '@/gql/graphql';
import { graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { MeterReadingsImportPage } from './MeterReadingsImportPage';

const HEADER = 'cluster,plot,month,reading_m3,read_on';

function csvFile(text: string): File {
  const file = new File([text], 'chi-so.csv', { type: 'text/csv' });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  return file;
}

/** The endpoint: a check answered with `preview`, and a commit that writes both rows. */
function server(preview: ImportResultFieldsFragment) {
  graphqlMock.on(ImportMeterReadingsDocument, ({ commit }) => ({
    importMeterReadings: commit ? { rows: 2, valid: true, created: 2, problems: [] } : preview,
  }));
}

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('MeterReadingsImportPage', { timeout: 20_000 }, () => {
  it('lists the problems of a file and imports nothing', async () => {
    server({ rows: 1, valid: false, created: 0, problems: [
        {
          row: 2,
          column: 'plot',
          message: 'no lease holds this plot in that month',
          reason: { code: 'no_lease_holds_plot', params: [] },
        },
      ],
    });
    renderWithProviders(<MeterReadingsImportPage />);
    const user = userEvent.setup();

    expect(screen.getByTestId('import-header')).toHaveTextContent(HEADER);
    await user.upload(screen.getByTestId('import-file'), csvFile(`${HEADER}\nCCN Đồng Sóc,CN-404,2026-10,1250,\n`));
    expect(await screen.findByTestId('import-problems')).toHaveTextContent('Không có hợp đồng thuê nào giữ lô này trong tháng đó');
    expect(screen.queryByTestId('import-commit')).not.toBeInTheDocument();
  });

  it('imports a valid file and starts over', async () => {
    server({ rows: 2, valid: true, created: 0, problems: [] });
    renderWithProviders(<MeterReadingsImportPage />);
    const user = userEvent.setup();
    const csv = `${HEADER}\nCCN Đồng Sóc,CN-001,2026-10,1250,2026-10-31\nCCN Đồng Sóc,CN-002,2026-10,980,\n`;

    await user.upload(screen.getByTestId('import-file'), csvFile(csv));
    await user.click(await screen.findByTestId('import-commit'));
    expect(await screen.findByTestId('meter-import-done')).toHaveTextContent('Đã nhập 2 chỉ số.');
    await waitFor(() => expect(screen.queryByTestId('import-valid')).not.toBeInTheDocument());
    expect(graphqlMock.operations()).toEqual(['ImportMeterReadings', 'ImportMeterReadings']);
    expect(graphqlMock.calls(ImportMeterReadingsDocument).map((v) => v.commit)).toEqual([false, true]);
  });
});
