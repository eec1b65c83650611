import { useDisclosure } from '@mantine/hooks';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { GlobalSearchDocument, GlobalSearchLeasesDocument } from '@/gql/graphql';
import { i18n } from '@/i18n/setup';
import { graphqlMock } from '@/test/mock-graphql';
import { renderWithProviders } from '@/test/render';
import { canSearch, GlobalSearch, SearchButton, useSearchHotkey } from './GlobalSearch';

const KCC = { id: 'RmlybTox', name: 'KCC Vina', taxCode: '2500100006' };

/** The search as the app shell wires it: a button, the shortcut and the box; the path shows where Enter went. */
function Shell() {
  const [opened, { open, close }] = useDisclosure();
  useSearchHotkey(open);
  const { pathname, search } = useLocation();
  return (
    <>
      <SearchButton onClick={open} />
      <GlobalSearch opened={opened} onClose={close} />
      <output data-testid="where">{pathname + search}</output>
    </>
  );
}

function renderShell() {
  return renderWithProviders(
    <Routes>
      <Route path="*" element={<Shell />} />
    </Routes>,
    { route: '/overview' },
  );
}

const NOTHING = { totalCount: 0, nodes: [] };

function answerSearch() {
  graphqlMock
    .on(GlobalSearchDocument, ({ search }) => ({
      firms: search === 'kcc' ? { totalCount: 1, nodes: [KCC] } : NOTHING,
      invoices:
        search === 'zz'
          ? NOTHING
          : {
              totalCount: 7,
              nodes: [
                { id: 'SW52OjE=', numberLabel: 'C26TDS 00000012', buyerName: 'KCC Vina', clusterName: 'CCN Đồng Sóc', status: 'OVERDUE' as const },
                { id: 'SW52OjI=', numberLabel: 'C26TDS 00000013', buyerName: 'KCC Vina', clusterName: 'CCN Đồng Sóc', status: 'PAID' as const },
              ],
            },
      plots:
        search === 'zz'
          ? NOTHING
          : {
              totalCount: 1,
              nodes: [{ id: 'UGxvdDox', code: 'CN-KCC', status: 'LEASED' as const, cluster: { id: 'Q2w6MQ==', name: 'CCN Đồng Sóc' } }],
            },
    }))
    .on(GlobalSearchLeasesDocument, ({ firmId }) => ({
      leases: {
        nodes: [
          {
            id: 'TGVhc2U6MQ==',
            status: 'ACTIVE' as const,
            startsOn: '2022-08-01',
            endsOn: '2072-07-31',
            firm: { id: firmId, name: 'KCC Vina' },
            cluster: { id: 'Q2w6MQ==', name: 'CCN Đồng Sóc' },
            plots: [{ code: 'CN-KCC' }],
          },
        ],
      },
    }));
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('GlobalSearch', { timeout: 20_000 }, () => {
  it('is for operators only', () => {
    expect(canSearch('OPERATOR_ADMIN')).toBe(true);
    expect(canSearch('OPERATOR_STAFF')).toBe(true);
    expect(canSearch('ENTERPRISE')).toBe(false);
    expect(canSearch('AUTHORITY_VIEWER')).toBe(false);
    expect(canSearch('PLATFORM_ADMIN')).toBe(false);
  });

  it('opens on Ctrl-K, shows the hits grouped by kind, and Enter opens the chosen one', async () => {
    answerSearch();
    renderShell();
    const user = userEvent.setup();
    expect(screen.queryByTestId('global-search-input')).not.toBeInTheDocument();

    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByTestId('global-search-input');
    await waitFor(() => expect(input).toHaveFocus());
    expect(screen.getByTestId('global-search-hint')).toBeInTheDocument();

    await user.type(input, 'kcc');
    const results = await screen.findByTestId('global-search-results');
    await waitFor(() => expect(within(results).getAllByTestId('global-search-hit')).toHaveLength(5));
    // One group per kind, in order, each under its heading.
    const groups = within(results).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('data-testid'))).toEqual([
      'global-search-group-firm',
      'global-search-group-invoice',
      'global-search-group-plot',
      'global-search-group-lease',
    ]);
    expect(within(groups[0]!).getByText('Firms')).toBeInTheDocument();
    expect(within(groups[1]!).getByText('C26TDS 00000012')).toBeInTheDocument();
    expect(within(groups[1]!).getByText('Overdue')).toBeInTheDocument();
    // More invoices than shown: a link to the whole list, filtered.
    expect(within(groups[1]!).getByRole('link', { name: 'Show all 7' })).toHaveAttribute('href', '/invoices?q=kcc');
    // The leases are the firm's: found through the firm the search found.
    expect(within(groups[3]!).getByText('CCN Đồng Sóc · CN-KCC')).toBeInTheDocument();
    expect(graphqlMock.calls(GlobalSearchDocument).at(-1)).toEqual({ search: 'kcc', first: 5 });
    expect(graphqlMock.calls(GlobalSearchLeasesDocument)).toEqual([{ firmId: KCC.id, first: 5 }]);

    // The first hit is chosen; the arrows move the choice, round the ends too.
    const selected = () => within(results).getByRole('option', { selected: true });
    expect(selected()).toHaveTextContent('KCC Vina');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toHaveTextContent('C26TDS 00000013');
    expect(input).toHaveAttribute('aria-activedescendant', selected().id);
    await user.keyboard('{ArrowUp}');
    expect(selected()).toHaveTextContent('C26TDS 00000012');

    await user.keyboard('{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent('/invoices/SW52OjE=');
    await waitFor(() => expect(screen.queryByTestId('global-search-input')).not.toBeInTheDocument());
  });

  it('says when nothing matches, and opens a plot as the filtered plot list', async () => {
    answerSearch();
    renderShell();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('global-search-button'));
    const input = await screen.findByTestId('global-search-input');
    await user.type(input, 'zz');
    expect(await screen.findByTestId('global-search-empty')).toHaveTextContent('Nothing found for “zz”.');
    await user.clear(input);
    await user.type(input, 'cn');
    const plot = await screen.findByRole('option', { name: /CN-KCC/ });
    expect(screen.queryByTestId('global-search-group-firm')).not.toBeInTheDocument();
    await user.click(plot);
    expect(screen.getByTestId('where')).toHaveTextContent('/plots?search=CN-KCC');
  });
});
