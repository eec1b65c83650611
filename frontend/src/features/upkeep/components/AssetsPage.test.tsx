import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { AssetsDocument, ClusterOptionsDocument, CreateAssetDocument } from '@/gql/graphql';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { CLUSTER, assetFixture, renderUpkeepAt } from '../testing/fixtures';
import { filterByCondition } from './AssetsPage';
import { toAssetFields } from './AssetForm';

const ROAD = assetFixture();
const PLANT = assetFixture({
  id: 'QXNzZXQ6Mw',
  code: 'XLNT-01',
  name: 'Trạm xử lý nước thải tập trung',
  category: 'WASTEWATER',
  quantity: 15_000,
  unit: 'm³/ngày',
  condition: 2,
  permits: [
    {
      id: 'p1',
      kind: 'DISCHARGE',
      number: '123/GPMT-UBND',
      issuer: null,
      issuedOn: '2016-01-01',
      expiresOn: '2026-01-01',
      expired: true,
    },
  ],
});

beforeEach(async () => {
  graphqlMock
    .on(AssetsDocument, ({ category }) => ({ assets: [ROAD, PLANT].filter((a) => category == null || a.category === category) }))
    .on(ClusterOptionsDocument, { clusters: onePage([CLUSTER]) });
  await i18n.changeLanguage('vi');
});

describe('the asset register', { timeout: 20_000 }, () => {
  it('lists assets with quantity, condition and an expired permit, and filters by category on the server and condition here', async () => {
    renderUpkeepAt('/asset-register');
    const user = userEvent.setup();
    const table = await screen.findByTestId('assets-table');
    const plantRow = (await within(table).findByText('XLNT-01')).closest('tr')!;
    expect(within(plantRow).getByText('15.000 m³/ngày')).toBeInTheDocument();
    expect(within(plantRow).getByTestId('asset-condition')).toHaveTextContent('2 · Kém');
    expect(within(plantRow).getByTestId('permit-expired')).toHaveTextContent('Giấy phép xả thải đã hết hạn');
    expect(within(table).getByText('GT-01').closest('a')).toHaveAttribute('href', `/asset-register/${ROAD.id}`);

    await user.click(screen.getByTestId('asset-filter-category'));
    await user.click(await screen.findByRole('option', { name: 'Thu gom, xử lý nước thải', hidden: true }));
    await waitFor(() => expect(within(table).queryByText('GT-01')).not.toBeInTheDocument());
    expect(graphqlMock.calls(AssetsDocument).at(-1)).toEqual({ clusterId: null, category: 'WASTEWATER' });

    await user.click(screen.getByTestId('asset-filter-condition'));
    await user.click(await screen.findByRole('option', { name: '4 · Tốt', hidden: true }));
    expect(await within(table).findByText('Không có tài sản phù hợp.')).toBeInTheDocument();
  });

  it('adds an asset with its quantity and unit', async () => {
    graphqlMock.on(CreateAssetDocument, ({ input }) => ({ createAsset: assetFixture({ id: 'new', code: input.code, name: input.name }) }));
    renderUpkeepAt('/asset-register');
    const user = userEvent.setup();
    await screen.findByTestId('assets-table');
    await user.click(screen.getByTestId('asset-create'));
    await user.click(await screen.findByTestId('asset-cluster'));
    await user.click((await screen.findAllByRole('option', { name: CLUSTER.name, hidden: true })).at(-1)!);
    await user.type(screen.getByTestId('asset-code'), 'TN-09');
    await user.type(screen.getByTestId('asset-name'), 'Mương phía Tây');
    await user.type(screen.getByTestId('asset-quantity'), '420');
    await user.click(screen.getByTestId('asset-submit'));
    // A quantity without its unit is caught before anything is sent.
    expect(await screen.findByText('Ghi đơn vị của khối lượng (m, đèn, m³/ngày)')).toBeInTheDocument();
    expect(graphqlMock.calls(CreateAssetDocument)).toHaveLength(0);
    await user.type(screen.getByTestId('asset-unit'), 'm');
    await user.click(screen.getByTestId('asset-submit'));
    await waitFor(() => expect(graphqlMock.calls(CreateAssetDocument)).toHaveLength(1));
    expect(graphqlMock.calls(CreateAssetDocument)[0]!.input).toMatchObject({
      clusterId: CLUSTER.id,
      code: 'TN-09',
      name: 'Mương phía Tây',
      category: 'INTERNAL_ROADS',
      quantity: 420,
      unit: 'm',
      condition: null,
      parentId: null,
    });
  });
});

describe('filterByCondition', () => {
  it('keeps one condition, the unrated ones, or all', () => {
    const rows = [assetFixture({ condition: 4 }), assetFixture({ id: 'b', condition: null }), assetFixture({ id: 'c', condition: 2 })];
    expect(filterByCondition(rows, '4').map((r) => r.condition)).toEqual([4]);
    expect(filterByCondition(rows, 'NONE').map((r) => r.id)).toEqual(['b']);
    expect(filterByCondition(rows, null)).toHaveLength(3);
  });
});

describe('toAssetFields', () => {
  it('sends blanks as null and numbers as whole numbers', () => {
    expect(
      toAssetFields({
        clusterId: 'c',
        parentId: null,
        code: ' D-01 ',
        name: 'Mương',
        category: 'DRAINAGE',
        location: ' ',
        quantity: '',
        unit: '',
        commissionedOn: '2020-01-01',
        expectedLifeYears: 30,
        condition: '3',
        replacementValue: 1200000,
        warrantyUntil: '',
        notes: '',
      }),
    ).toEqual({
      clusterId: 'c',
      parentId: null,
      code: 'D-01',
      name: 'Mương',
      category: 'DRAINAGE',
      location: null,
      quantity: null,
      unit: null,
      commissionedOn: '2020-01-01',
      expectedLifeYears: 30,
      condition: 3,
      replacementValue: 1200000,
      warrantyUntil: null,
      notes: null,
    });
  });
});
