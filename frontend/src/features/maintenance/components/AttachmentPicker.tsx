import { Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkFiles, MAX_FILES } from '../lib/attachments';
import type { FileProblem } from '../lib/attachments';

/** What the problems of a selection say, in the UI language. */
export function useFileProblemText(): (problem: FileProblem) => string {
  const { t } = useTranslation();
  return (problem) =>
    problem.kind === 'tooMany'
      ? t('maintenance.files.tooMany', { max: MAX_FILES })
      : t(`maintenance.files.${problem.kind}`, { name: problem.name });
}

/**
 * Photos and PDF files for a request: chosen from the phone's gallery or files, or taken with
 * its camera (`capture`), listed with a way to remove each. The parent shrinks photos on send.
 */
export function AttachmentPicker({ files, onChange, error }: { files: File[]; onChange: (files: File[]) => void; error?: string | null }) {
  const { t } = useTranslation();
  const problemText = useFileProblemText();
  const problems = checkFiles(files).map(problemText);
  const add = (added: File[] | File | null) => {
    if (added === null) return;
    onChange([...files, ...(Array.isArray(added) ? added : [added])]);
  };
  return (
    <Stack gap={6} data-testid="request-files">
      <Text size="sm" fw={500}>
        {t('maintenance.files.label')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('maintenance.files.hint', { max: MAX_FILES })}
      </Text>
      <Group gap="xs">
        <FileButton onChange={add} accept="image/*,application/pdf" multiple inputProps={{ 'data-testid': 'request-files-input' } as object}>
          {(props) => (
            <Button {...props} variant="default" size="xs">
              {t('maintenance.files.choose')}
            </Button>
          )}
        </FileButton>
        <FileButton onChange={add} accept="image/*" capture="environment">
          {(props) => (
            <Button {...props} variant="default" size="xs">
              {t('maintenance.files.camera')}
            </Button>
          )}
        </FileButton>
      </Group>
      {files.map((file, index) => (
        <Group key={`${file.name}-${index}`} gap="xs" wrap="nowrap">
          <Text size="sm" truncate style={{ flex: 1 }}>
            {file.name}
          </Text>
          <Text size="xs" c="dimmed">
            {Math.max(1, Math.round(file.size / 1024))} kB
          </Text>
          <CloseButton
            size="sm"
            aria-label={t('maintenance.files.remove', { name: file.name })}
            onClick={() => onChange(files.filter((_, i) => i !== index))}
          />
        </Group>
      ))}
      {[...problems, ...(error ? [error] : [])].map((problem) => (
        <Text key={problem} size="xs" c="red" data-testid="request-files-error">
          {problem}
        </Text>
      ))}
    </Stack>
  );
}
