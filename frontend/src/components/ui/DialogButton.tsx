import { Button, Modal } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogButtonProps {
  label: string;
  color: MantineColor;
  'data-testid': string;
  /** The dialog's title. */
  title: string;
  /** A Mantine size or a CSS width, e.g. `80rem`. */
  size: string;
  /** The dialog's content, given a way to close it. Rendered only while open, so every opening starts afresh. */
  children: (close: () => void) => ReactNode;
}

/** A light button that opens a dialog, such as a form about the page's subject. */
export function DialogButton({ label, color, 'data-testid': testId, title, size, children }: DialogButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="light" color={color} onClick={open} data-testid={testId}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {opened && children(close)}
      </Modal>
    </>
  );
}
