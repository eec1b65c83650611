import { Anchor, Button, FileButton, Group, Image, Modal, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { MaintenanceFileDataFragment } from '@/gql/graphql';
import { downloadAsViewer, fetchAsViewer } from '@/lib/download';
import { useAttachFiles } from '../api/requests';
import { checkFiles, shrinkPhoto } from '../lib/attachments';
import { useFileProblemText } from './AttachmentPicker';

/**
 * A picture only the signed-in user may fetch: an `<img>` cannot send the bearer token, so it is
 * fetched with it and shown from a `blob:` URL, released when the picture goes away.
 */
export function useViewerImage(path: string | null): { url: string | null; failed: boolean } {
  const [state, setState] = useState<{ path: string | null; url: string | null; failed: boolean }>({ path: null, url: null, failed: false });
  useEffect(() => {
    if (path === null) return;
    let cancelled = false;
    let objectUrl: string | null = null;
    fetchAsViewer(path)
      .then((response) => response.blob())
      .then((blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ path, url: objectUrl, failed: false });
      })
      .catch(() => {
        if (!cancelled) setState({ path, url: null, failed: true });
      });
    return () => {
      cancelled = true;
      if (objectUrl !== null) URL.revokeObjectURL(objectUrl);
    };
  }, [path]);
  return state.path === path ? { url: state.url, failed: state.failed } : { url: null, failed: false };
}

function Thumbnail({ file, onOpen }: { file: MaintenanceFileDataFragment; onOpen: () => void }) {
  const { t } = useTranslation();
  const image = useViewerImage(file.thumbnailUrl ?? null);
  return (
    <UnstyledButton onClick={onOpen} aria-label={t('maintenance.files.open', { name: file.fileName })} data-testid="request-file">
      {file.isImage ? (
        image.url !== null ? (
          <Image src={image.url} alt={file.fileName} radius="sm" h={96} fit="cover" data-testid="request-file-thumbnail" />
        ) : (
          <Stack h={96} justify="center" align="center" bg="gray.1" style={{ borderRadius: 4 }}>
            <Text size="xs" c="dimmed">
              {image.failed ? t('maintenance.files.loadFailed') : t('common.loading')}
            </Text>
          </Stack>
        )
      ) : (
        <Stack h={96} justify="center" align="center" bg="gray.1" p={4} style={{ borderRadius: 4 }}>
          <Text fw={700} size="sm" c="red.8">
            PDF
          </Text>
          <Text size="xs" ta="center" lineClamp={2} style={{ wordBreak: 'break-all' }}>
            {file.fileName}
          </Text>
        </Stack>
      )}
    </UnstyledButton>
  );
}

function PhotoViewer({ file, onClose }: { file: MaintenanceFileDataFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const image = useViewerImage(file?.url ?? null);
  return (
    <Modal opened={file !== null} onClose={onClose} title={file?.fileName} size="xl" centered>
      {image.url !== null ? (
        <Image src={image.url} alt={file?.fileName} data-testid="request-file-original" />
      ) : (
        <Text size="sm" c="dimmed">
          {image.failed ? t('maintenance.files.loadFailed') : t('common.loading')}
        </Text>
      )}
      {file !== null && (
        <Anchor size="sm" mt="sm" component="button" type="button" onClick={() => void downloadAsViewer(file.url, file.fileName)}>
          {file.fileName}
        </Anchor>
      )}
    </Modal>
  );
}

/** A request's (or a work order's) photos and documents; photos open larger, documents download. */
export function AttachmentList({ files }: { files: readonly MaintenanceFileDataFragment[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<MaintenanceFileDataFragment | null>(null);
  if (files.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('maintenance.files.none')}
      </Text>
    );
  }
  return (
    <>
      <SimpleGrid cols={{ base: 3, sm: 4 }} spacing="xs" data-testid="request-files-list">
        {files.map((file) => (
          <Thumbnail
            key={file.id}
            file={file}
            onOpen={() => (file.isImage ? setOpen(file) : void downloadAsViewer(file.url, file.fileName))}
          />
        ))}
      </SimpleGrid>
      <PhotoViewer file={open} onClose={() => setOpen(null)} />
    </>
  );
}

/** The files of a request, with a button to add more while it is open. */
export function RequestAttachments({ requestId, files, canAttach }: { requestId: string; files: readonly MaintenanceFileDataFragment[]; canAttach: boolean }) {
  const { t } = useTranslation();
  const problemText = useFileProblemText();
  const [problem, setProblem] = useState<string | null>(null);
  const attach = useAttachFiles({
    onSuccess: (added) => notifications.show({ color: 'teal', message: t('maintenance.files.attached', { count: added.files.length }) }),
  });
  const add = async (chosen: File[]) => {
    const problems = checkFiles(chosen);
    if (problems.length > 0) {
      setProblem(problemText(problems[0]!));
      return;
    }
    setProblem(null);
    const shrunk = await Promise.all(chosen.map(shrinkPhoto));
    attach.mutate({ requestId, files: shrunk });
  };
  return (
    <Stack gap="sm">
      <AttachmentList files={files} />
      {canAttach && (
        <Group>
          <FileButton onChange={(chosen) => void add(chosen)} accept="image/*,application/pdf" multiple>
            {(props) => (
              <Button {...props} size="xs" variant="light" loading={attach.isPending} data-testid="request-attach">
                {t('maintenance.files.attach')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {problem !== null && (
        <Text size="xs" c="red">
          {problem}
        </Text>
      )}
      {attach.isError && <ServerErrorAlert error={attach.error} />}
    </Stack>
  );
}
