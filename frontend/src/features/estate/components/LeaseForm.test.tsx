import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import {
  ClusterOptionsDocument,
  CreateLeaseDocument,
  FirmOptionsDocument,
  LeaseConflictsDocument,
  PlotsDocument,
} from '@/gql/graphql';
import type { LeaseConflictsQuery, PlotStatus } from '@/gql/graphql';
import { graphqlFailure, graphqlMock, onePage } from '@/test/mock-graphql';
import type { Failure } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { LeaseForm, toLeaseFields } from './LeaseForm';
import type { LeaseValues } from './LeaseForm';
import type { PlotRow } from '../api/plots';

const CLUSTER = { id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' };
const plot = (id: string, code: string, areaM2: number, status: PlotStatus): PlotRow => ({
  id,
  code,
  areaM2,
  landUse: 'SKC',
  cadastralRef: null,
  notes: null,
  status,
  cluster: CLUSTER,
});

/** The endpoint: one firm, one cluster with two plots, the given overlaps, and `createLease` answered by `create`. */
function server({ conflicts, create }: { conflicts: LeaseConflictsQuery['leaseConflicts']; create?: () => Failure }) {
  graphqlMock
    .on(FirmOptionsDocument, {
      firms: onePage([{ id: 'RmlybTox', name: 'KCC Vina', taxCode: '2500100006', status: 'ACTIVE' }]),
    })
    .on(ClusterOptionsDocument, { clusters: onePage([CLUSTER]) })
    .on(PlotsDocument, {
      plots: onePage([plot('UGxvdDox', 'CN-001', 21780, 'LEASED'), plot('UGxvdDoy', 'CN-017', 19140, 'FREE')]),
    })
    .on(LeaseConflictsDocument, { leaseConflicts: conflicts })
    .on(CreateLeaseDocument, () => (create ? create() : graphqlFailure('INTERNAL')));
}

const filled: Partial<LeaseValues> = {
  firmId: 'RmlybTox',
  clusterId: 'Q2x1c3Rlcjox',
  plotIds: ['UGxvdDox', 'UGxvdDoy'],
  startsOn: '2026-01-01',
  endsOn: '2030-12-31',
  rentPerM2Year: 50000,
};

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('LeaseForm', () => {
  it('shows the leases that already hold a chosen plot and blocks activation', async () => {
    server({ conflicts: [{ leaseId: 'TGVhc2U6MQ==', plotCode: 'CN-001', startsOn: '2015-01-01', endsOn: '2064-12-31' }] });
    renderWithProviders(<LeaseForm initialValues={filled} onSaved={() => undefined} />);

    const alert = await screen.findByTestId('lease-conflict-alert');
    expect(within(alert).getByText('Lô đất đã có hợp đồng trong thời hạn này')).toBeInTheDocument();
    expect(within(alert).getByText('Lô CN-001: 01/01/2015 – 31/12/2064')).toBeInTheDocument();
    expect(screen.getByTestId('lease-save-activate')).toBeDisabled();
    expect(screen.getByTestId('lease-save-draft')).toBeEnabled();

    expect(graphqlMock.calls(LeaseConflictsDocument)[0]).toEqual({
      plotIds: ['UGxvdDox', 'UGxvdDoy'],
      startsOn: '2026-01-01',
      endsOn: '2030-12-31',
      exceptLeaseId: null,
    });
  });

  it('says the plots are free when nothing overlaps, and shows a server CONFLICT in a red alert', async () => {
    server({
      conflicts: [],
      create: () => graphqlFailure('CONFLICT', 'plot CN-017 is leased from 2026-02-01 to 2031-01-31'),
    });
    renderWithProviders(<LeaseForm initialValues={filled} onSaved={() => undefined} />);
    const user = userEvent.setup();

    expect(await screen.findByTestId('lease-no-conflicts')).toHaveTextContent('Các lô đã chọn còn trống');
    expect(screen.queryByTestId('lease-conflict-alert')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('lease-save-activate')).toBeEnabled());
    await user.click(screen.getByTestId('lease-save-activate'));

    const error = await screen.findByTestId('lease-error');
    expect(error).toHaveTextContent('plot CN-017 is leased from 2026-02-01 to 2031-01-31');
    expect(graphqlMock.calls(CreateLeaseDocument)[0]).toMatchObject({
      activate: true,
      input: { firmId: 'RmlybTox', plotIds: ['UGxvdDox', 'UGxvdDoy'], rentPerM2Year: 50000, escalationBp: 0 },
    });
  });

  it('does not check overlaps before the term is complete', async () => {
    server({ conflicts: [] });
    renderWithProviders(<LeaseForm initialValues={{ ...filled, endsOn: '' }} onSaved={() => undefined} />);
    await screen.findByTestId('lease-save-draft');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(graphqlMock.operations()).not.toContain('LeaseConflicts');
  });
});

describe('toLeaseFields', () => {
  it('sends escalation typed in percent as basis points and an empty fee as the cluster tariff', () => {
    const fields = toLeaseFields({
      firmId: 'F',
      clusterId: 'C',
      plotIds: ['P'],
      startsOn: '2026-01-01',
      endsOn: '2036-01-01',
      rentPerM2Year: 45000,
      rentSchedule: 'YEARLY',
      maintenanceFeePerM2Month: '',
      deposit: 45_000_000,
      escalationPercent: 10,
      escalationEveryYears: 5,
      deductibleLandPricePerM2Year: 18000,
      deductibleLandBasis: '  QĐ 123/QĐ-UBND ',
    });
    expect(fields).toEqual({
      firmId: 'F',
      plotIds: ['P'],
      startsOn: '2026-01-01',
      endsOn: '2036-01-01',
      rentPerM2Year: 45000,
      rentSchedule: 'YEARLY',
      maintenanceFeePerM2Month: null,
      deposit: 45_000_000,
      escalationBp: 1000,
      escalationEveryYears: 5,
      deductibleLandPricePerM2Year: 18000,
      deductibleLandBasis: 'QĐ 123/QĐ-UBND',
    });
  });

  it('sends no deductible land price when the field is empty', () => {
    const fields = toLeaseFields({
      firmId: 'F',
      clusterId: 'C',
      plotIds: ['P'],
      startsOn: '2026-01-01',
      endsOn: '2036-01-01',
      rentPerM2Year: 45000,
      rentSchedule: 'YEARLY',
      maintenanceFeePerM2Month: '',
      deposit: 0,
      escalationPercent: 0,
      escalationEveryYears: '',
      deductibleLandPricePerM2Year: '',
      deductibleLandBasis: '',
    });
    expect(fields.deductibleLandPricePerM2Year).toBeNull();
    expect(fields.deductibleLandBasis).toBeNull();
  });
});
