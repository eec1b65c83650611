import { Alert, Button, Code, Group, Input, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { isApiError } from '@/lib/graphql/errors';
import { reasonText } from '@/lib/graphql/reasons';
import type { Reason } from '@/lib/graphql/reasons';

/** What every CSV import answers: rows read, whether all are valid, rows written and the problems. */
export interface CsvImportResult {
  rows: number;
  valid: boolean;
  created: number;
  problems: readonly { row: number; column: string; message: string; reason?: Reason | null }[];
}

/** A refused file (wrong header, not UTF-8): the server's own words, which say what is wrong. */
function ImportError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, 'VALIDATION')) {
    const messages = error.fields.length > 0 ? error.fields.map((f) => f.message) : [error.message];
    return (
      <Alert color="red" variant="light" role="alert" title={t('common.csvImport.fileRejected')} data-testid="import-error">
        {messages.map((message, index) => (
          <Text key={index} size="sm">
            {message}
          </Text>
        ))}
      </Alert>
    );
  }
  return <ErrorAlert error={error} data-testid="import-error" />;
}

function ProblemsTable({ problems, testId }: { problems: CsvImportResult['problems']; testId: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('common.csvImport.problemsTitle', { count: problems.length })}>
      <ScrollArea.Autosize mah={320}>
        <Table striped withTableBorder fz="sm" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.csvImport.row')}</Table.Th>
              <Table.Th>{t('common.csvImport.column')}</Table.Th>
              <Table.Th>{t('common.csvImport.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((problem, index) => (
              <Table.Tr key={`${problem.row}-${problem.column}-${index}`}>
                <Table.Td>{problem.row}</Table.Td>
                <Table.Td>
                  <Code>{problem.column}</Code>
                </Table.Td>
                <Table.Td>{reasonText(problem.reason, problem.message)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Alert>
  );
}

interface CsvImportFormProps<Result extends CsvImportResult> {
  /** The header row the file must start with. */
  header: string;
  /** What the columns hold. */
  hint: ReactNode;
  /** Checks (commit false) or writes (commit true) the file. */
  run: (csv: string, commit: boolean) => Promise<Result>;
  /** How many rows a commit would write; all rows read unless some are skipped. */
  toWrite?: (result: Result) => number;
  /** The import button's text for that many rows; "Import N rows" unless given. */
  commitLabel?: (count: number) => string;
  /** What the preview shows besides the problems (the lines read, the matches). */
  renderPreview?: (result: Result) => ReactNode;
  /** Called once a commit wrote the file. */
  onCommitted: (result: Result) => void;
  onCancel?: () => void;
  /** The test id of the problems table. */
  problemsTestId?: string;
}

/**
 * Pick a CSV file, see what the server makes of it (a dry run), and import it only when every
 * row is valid: the commit writes all rows or none. Used by every CSV import (plots, firms,
 * meter readings, bank statements).
 */
export function CsvImportForm<Result extends CsvImportResult>({
  header,
  hint,
  run,
  toWrite = (result) => result.rows,
  commitLabel,
  renderPreview,
  onCommitted,
  onCancel,
  problemsTestId = 'import-problems',
}: CsvImportFormProps<Result>) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState<string | null>(null);
  const [readFailed, setReadFailed] = useState(false);

  const preview = useMutation({ mutationFn: (text: string) => run(text, false) });
  const commit = useMutation({
    mutationFn: (text: string) => run(text, true),
    onSuccess: (result) => {
      if (result.problems.length === 0) onCommitted(result);
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
  const count = result === undefined ? 0 : toWrite(result);
  const canCommit = csv !== null && result !== undefined && result.problems.length === 0 && count > 0;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm">{t('common.csvImport.expectedHeader')}</Text>
        <Code block data-testid="import-header">
          {header}
        </Code>
        <Text size="xs" c="dimmed" component="div">
          {hint}
        </Text>
      </Stack>
      <Input.Wrapper label={t('common.csvImport.file')} required>
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={onFile}
          aria-label={t('common.csvImport.file')}
          data-testid="import-file"
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      {readFailed && (
        <Alert color="red" variant="light" role="alert">
          {t('common.csvImport.readFailed')}
        </Alert>
      )}
      {preview.isPending && (
        <Text size="sm" c="dimmed">
          {t('common.csvImport.checking')}
        </Text>
      )}
      {error !== null && <ImportError error={error} />}
      {result !== undefined && error === null && (
        <Stack gap="sm">
          <Text size="sm" data-testid="import-rows">
            {t('common.csvImport.rowsRead', { count: result.rows })}
          </Text>
          {result.problems.length > 0 ? (
            <ProblemsTable problems={result.problems} testId={problemsTestId} />
          ) : result.rows === 0 ? (
            <Alert color="yellow" variant="light">
              {t('common.csvImport.noRows')}
            </Alert>
          ) : (
            <Alert color="teal" variant="light" data-testid="import-valid">
              {t('common.csvImport.allValid', { count: result.rows })}
            </Alert>
          )}
          {renderPreview?.(result)}
        </Stack>
      )}
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
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
          {t('common.csvImport.preview')}
        </Button>
        {canCommit && (
          <Button loading={commit.isPending} disabled={preview.isPending} onClick={() => commit.mutate(csv)} data-testid="import-commit">
            {commitLabel ? commitLabel(count) : t('common.csvImport.commit', { count })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
