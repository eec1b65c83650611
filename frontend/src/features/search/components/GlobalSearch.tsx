import { Anchor, Box, Button, Group, Kbd, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import type { Role } from '@/gql/graphql';
import { useGlobalSearch } from '../api/search';
import { SEARCH_KINDS, searchHits, searchTerm } from '../lib/results';
import type { SearchHit, SearchKind } from '../lib/results';

/** Operators search their estate and billing; enterprises, the province and the platform do not. */
export function canSearch(role: Role): boolean {
  return role === 'OPERATOR_ADMIN' || role === 'OPERATOR_STAFF';
}

/** Whether the keyboard has ⌘ (Apple) rather than Ctrl for the shortcut. */
function appleKeyboard(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** Opens the search on Ctrl-K (⌘-K on a Mac), from anywhere on the page, inputs included. */
export function useSearchHotkey(open: () => void) {
  useHotkeys(
    [
      ['mod+K', open],
      ['ctrl+K', open],
    ],
    [],
  );
}

function MagnifierIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}

/** The header's (and the phone drawer's) way into the search, with the shortcut on its face. */
export function SearchButton({ onClick, fullWidth = false }: { onClick: () => void; fullWidth?: boolean }) {
  const { t } = useTranslation();
  const apple = appleKeyboard();
  return (
    <Button
      variant="default"
      fullWidth={fullWidth}
      justify={fullWidth ? 'flex-start' : undefined}
      leftSection={<MagnifierIcon />}
      rightSection={
        fullWidth ? undefined : (
          <Kbd size="xs" aria-hidden>
            {apple ? '⌘' : 'Ctrl'} K
          </Kbd>
        )
      }
      aria-keyshortcuts={apple ? 'Meta+K' : 'Control+K'}
      onClick={onClick}
      data-testid="global-search-button"
    >
      {t('globalSearch.button')}
    </Button>
  );
}

/** Where the full list of a kind lives, filtered by the term (leases cannot be filtered by text). */
function listPath(kind: SearchKind, term: string): string | null {
  const q = encodeURIComponent(term);
  if (kind === 'firm') return `/firms?search=${q}`;
  if (kind === 'invoice') return `/invoices?q=${q}`;
  if (kind === 'plot') return `/plots?search=${q}`;
  return null;
}

function optionId(hit: SearchHit) {
  return `global-search-${hit.kind}-${hit.id}`;
}

/**
 * The spotlight: a box that searches firms (name, tax code), invoices (number, buyer), plots
 * (code) and the leases of the firms found, as the operator types; hits grouped by kind, the
 * arrows walk them and Enter opens the chosen one's page.
 */
export function GlobalSearch({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [input, setInput] = useState('');
  const [debounced] = useDebouncedValue(input, 250);
  const term = searchTerm(debounced);
  const search = useGlobalSearch(opened ? term : null);
  const hits = searchHits(search.data, search.leases);
  // The chosen hit, kept per term: a new term starts again at the first hit.
  const [cursor, setCursor] = useState<{ term: string | null; index: number }>({ term: null, index: 0 });
  const active = hits.length === 0 ? -1 : cursor.term === term ? Math.min(cursor.index, hits.length - 1) : 0;

  const close = () => {
    setInput('');
    setCursor({ term: null, index: 0 });
    onClose();
  };
  const openHit = (hit: SearchHit) => {
    close();
    void navigate(hit.path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setCursor({ term, index: (active + step + hits.length) % hits.length });
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      openHit(hits[active]!);
    }
  };

  const statusText = (hit: SearchHit): string | null => {
    if (hit.status === null) return null;
    switch (hit.kind) {
      case 'invoice':
        return t(`billing.invoiceStatus.${hit.status}`);
      case 'plot':
        return t(`estate.plotStatus.${hit.status}`);
      case 'lease':
        return t(`estate.leaseStatus.${hit.status}`);
      default:
        return null;
    }
  };

  const typedTerm = searchTerm(input);
  const waiting = typedTerm !== null && (typedTerm !== term || search.isFetching) && hits.length === 0;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('globalSearch.title')}
      size="lg"
      yOffset="8vh"
      data-testid="global-search"
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          aria-label={t('globalSearch.title')}
          placeholder={t('globalSearch.placeholder')}
          leftSection={<MagnifierIcon />}
          rightSection={search.isFetching ? <Loader size="xs" /> : undefined}
          value={input}
          onChange={(event) => setInput(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="global-search-results"
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(hits[active]!) : undefined}
          data-testid="global-search-input"
        />
        {search.error ? (
          <ErrorAlert error={search.error} />
        ) : typedTerm === null ? (
          <Text size="sm" c="dimmed" data-testid="global-search-hint">
            {t('globalSearch.hint')}
          </Text>
        ) : waiting ? (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        ) : hits.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="global-search-empty">
            {t('globalSearch.nothing', { term: typedTerm })}
          </Text>
        ) : null}
        <ScrollArea.Autosize mah="60vh" type="auto">
          <Box role="listbox" id="global-search-results" aria-label={t('globalSearch.results')} data-testid="global-search-results">
            {SEARCH_KINDS.map((kind) => {
              const group = hits.filter((hit) => hit.kind === kind);
              if (group.length === 0) return null;
              const total =
                kind === 'firm'
                  ? search.data?.firms.totalCount
                  : kind === 'invoice'
                    ? search.data?.invoices.totalCount
                    : kind === 'plot'
                      ? search.data?.plots.totalCount
                      : undefined;
              const more = term !== null && total !== undefined && total > group.length ? listPath(kind, term) : null;
              return (
                <Box
                  key={kind}
                  role="group"
                  aria-labelledby={`global-search-group-${kind}`}
                  mb="sm"
                  data-testid={`global-search-group-${kind}`}
                >
                  <Group justify="space-between" mb={4}>
                    <Text id={`global-search-group-${kind}`} size="xs" fw={700} tt="uppercase" c="dimmed">
                      {t(`globalSearch.kinds.${kind}`)}
                    </Text>
                    {more !== null && (
                      <Anchor component={Link} to={more} size="xs" onClick={close} tabIndex={-1}>
                        {t('globalSearch.showAll', { count: total })}
                      </Anchor>
                    )}
                  </Group>
                  {group.map((hit) => {
                    const index = hits.indexOf(hit);
                    const selected = index === active;
                    const status = statusText(hit);
                    return (
                      <UnstyledButton
                        key={hit.id}
                        id={optionId(hit)}
                        role="option"
                        aria-selected={selected}
                        tabIndex={-1}
                        // Moving the pointer chooses, a list appearing under a resting pointer does not.
                        onMouseMove={() => {
                          if (!selected) setCursor({ term, index });
                        }}
                        onClick={() => openHit(hit)}
                        w="100%"
                        px="sm"
                        py={6}
                        bg={selected ? 'teal.0' : undefined}
                        style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'block' }}
                        data-testid="global-search-hit"
                        data-kind={hit.kind}
                      >
                        <Group justify="space-between" wrap="nowrap" gap="sm">
                          <Box style={{ minWidth: 0 }}>
                            <Text size="sm" fw={600} ff={hit.kind === 'invoice' ? 'monospace' : undefined} truncate>
                              {hit.title}
                            </Text>
                            {hit.detail !== '' && (
                              <Text size="xs" c="dimmed" truncate>
                                {hit.detail}
                              </Text>
                            )}
                          </Box>
                          {status !== null && (
                            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                              {status}
                            </Text>
                          )}
                        </Group>
                      </UnstyledButton>
                    );
                  })}
                </Box>
              );
            })}
          </Box>
        </ScrollArea.Autosize>
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {t('globalSearch.keys')}
        </Text>
      </Stack>
    </Modal>
  );
}
