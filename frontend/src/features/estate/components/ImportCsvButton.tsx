import { Alert, Button, Code, Group, Input, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { isApiError } from '@/lib/graphql/errors';
import { IMPORT_HEADERS, IMPORT_QUERY_KEYS, importCsv } from '../api/imports';
import type { ImportKind, ImportResult } from '../api/imports';

/** A refused file (wrong header, not UTF-8): the server's own words, which say what is wrong. */
function ImportError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, 'VALIDATION')) {
    const messages = error.fields.length > 0 ? error.fields.map((f) => f.message) : [error.message];
    return (
      <Alert color="red" variant="light" role="alert" title={t('estate.csv.fileRejected')} data-testid="import-error">
        {messages.map((message) => (
          <Text key={message} size="sm">
            {message}
          </Text>
        ))}
      </Alert>
    );
  }
  return <ErrorAlert error={error} data-testid="import-error" />;
}

function ProblemsTable({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('estate.csv.problemsTitle', { count: result.problems.length })}>
      <ScrollArea.Autosize mah={320}>
        <Table striped withTableBorder fz="sm" data-testid="import-preview-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('estate.csv.row')}</Table.Th>
              <Table.Th>{t('estate.csv.column')}</Table.Th>
              <Table.Th>{t('estate.csv.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.problems.map((problem, index) => (
              <Table.Tr key={`${problem.row}-${problem.column}-${index}`}>
                <Table.Td>{problem.row}</Table.Td>
                <Table.Td>
                  <Code>{problem.column}</Code>
                </Table.Td>
                <Table.Td>{problem.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Alert>
  );
}

interface ImportCsvFormProps {
  kind: ImportKind;
  onDone: () => void;
}

/**
 * Pick a CSV file, see what the server makes of it (a dry run), and import it only when every
 * row is valid: the commit writes all rows or none.
 */
export function ImportCsvForm({ kind, onDone }: ImportCsvFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState<string | null>(null);
  const [readFailed, setReadFailed] = useState(false);

  const preview = useMutation({ mutationFn: (text: string) => importCsv(kind, text, false) });
  const commit = useMutation({
    mutationFn: (text: string) => importCsv(kind, text, true),
    onSuccess: (result) => {
      if (result.problems.length > 0) return;
      notifications.show({ color: 'teal', message: t('estate.csv.created', { count: result.created }) });
      void queryClient.invalidateQueries({ queryKey: IMPORT_QUERY_KEYS[kind] });
      if (kind === 'plots') void queryClient.invalidateQueries({ queryKey: ['estateOverview'] });
      onDone();
    },
  });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    preview.reset();
    commit.reset();
    setCsv(null);
    setReadFailed(false);
    if (!file) return;
    file.text().then(
      (text) => {
        setCsv(text);
        preview.mutate(text);
      },
      () => setReadFailed(true),
    );
  };

  // A commit that found problems after all (the data changed since the preview) shows those.
  const result = commit.data ?? preview.data;
  const error = commit.error ?? preview.error;
  const canCommit = csv !== null && result !== undefined && result.problems.length === 0 && result.rows > 0;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm">{t('estate.csv.expectedHeader')}</Text>
        <Code block data-testid="import-header">
          {IMPORT_HEADERS[kind]}
        </Code>
        <Text size="xs" c="dimmed">
          {kind === 'firms' ? t('estate.csv.firmsHint') : t('estate.csv.plotsHint')}
        </Text>
      </Stack>
      <Input.Wrapper label={t('estate.csv.file')} required>
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={onFile}
          data-testid="import-file"
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      {readFailed && (
        <Alert color="red" variant="light" role="alert">
          {t('estate.csv.readFailed')}
        </Alert>
      )}
      {preview.isPending && (
        <Text size="sm" c="dimmed">
          {t('estate.csv.checking')}
        </Text>
      )}
      {error !== null && <ImportError error={error} />}
      {result !== undefined && error === null && (
        <Stack gap="sm">
          <Text size="sm" data-testid="import-rows">
            {t('estate.csv.rowsRead', { count: result.rows })}
          </Text>
          {result.problems.length > 0 ? (
            <ProblemsTable result={result} />
          ) : result.rows === 0 ? (
            <Alert color="yellow" variant="light">
              {t('estate.csv.noRows')}
            </Alert>
          ) : (
            <Alert color="teal" variant="light" data-testid="import-valid">
              {t('estate.csv.allValid', { count: result.rows })}
            </Alert>
          )}
        </Stack>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="light"
          disabled={csv === null || commit.isPending}
          loading={preview.isPending}
          onClick={() => {
            if (csv !== null) {
              commit.reset();
              preview.mutate(csv);
            }
          }}
          data-testid="import-preview"
        >
          {t('estate.csv.preview')}
        </Button>
        {canCommit && (
          <Button
            loading={commit.isPending}
            disabled={preview.isPending}
            onClick={() => commit.mutate(csv)}
            data-testid="import-commit"
          >
            {t('estate.csv.commit', { count: result.rows })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** "Import CSV" and its dialog, for the plots or the firms page. */
export function ImportCsvButton({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // A fresh form (no file, no result) every time the dialog opens.
  const [session, setSession] = useState(0);
  const close = () => setOpened(false);
  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          setSession((n) => n + 1);
          setOpened(true);
        }}
        data-testid="import-open"
      >
        {t('estate.csv.import')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={kind === 'firms' ? t('estate.csv.importFirmsTitle') : t('estate.csv.importPlotsTitle')}
        size="xl"
      >
        {opened && <ImportCsvForm key={session} kind={kind} onDone={close} />}
      </Modal>
    </>
  );
}
