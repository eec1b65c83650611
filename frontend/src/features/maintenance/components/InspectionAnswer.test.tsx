import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { AnswerChecklistItemDocument, AnswerChecklistPhotoDocument, MaintenanceStaffDocument, WorkOrderDetailDocument } from '@/gql/graphql';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
import { answerFails, readNumber } from '../lib/inspection';
import { WORK_ORDER_ID, renderMaintenanceAt, workOrderFixture } from '../testing/fixtures';
import type { WorkOrderDetail } from '../api/work-orders';

type Item = WorkOrderDetail['checklist'][number];

const item = (overrides: Partial<Item>): Item => ({
  id: 'Q2hlY2tsaXN0SXRlbTox',
  label: 'Lưới chắn rác sạch',
  done: false,
  position: 1,
  kind: 'YES_NO',
  unit: null,
  min: null,
  max: null,
  answer: null,
  passed: null,
  correctiveWorkOrderId: null,
  photoThumbnailUrl: null,
  ...overrides,
});

const PH = item({ id: 'Q2hlY2tsaXN0SXRlbToy', label: 'pH nước thải', kind: 'NUMBER', unit: 'pH', min: 5.5, max: 9, position: 2 });
const PUMP = item({ id: 'Q2hlY2tsaXN0SXRlbToz', label: 'Bơm chạy êm', kind: 'PASS_FAIL', position: 3 });
const NOTE = item({ id: 'Q2hlY2tsaXN0SXRlbTo0', label: 'Ghi chú', kind: 'TEXT', position: 4 });
const OUTLET = item({ id: 'Q2hlY2tsaXN0SXRlbTo1', label: 'Ảnh cửa xả', kind: 'PHOTO', position: 5 });

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
  graphqlMock
    .on(WorkOrderDetailDocument, { node: workOrderFixture({ checklist: [item({}), PH, PUMP, NOTE, OUTLET] }) })
    .on(MaintenanceStaffDocument, { maintenanceStaff: [] });
});

afterEach(() => {
  cleanup();
  markSignedOut({ expired: false });
});

const card = async (label: string) => (await screen.findByText(label)).closest<HTMLElement>('[data-testid="inspection-item"]')!;

describe('answering an inspection checklist', { timeout: 30_000 }, () => {
  it('shows a number item with its unit and range, flags a value out of range, and opens a corrective work order', async () => {
    graphqlMock.on(AnswerChecklistItemDocument, ({ input }) => ({
      answerChecklistItem: {
        item: { id: input.itemId, answer: input.answer, passed: false, done: true, correctiveWorkOrderId: 'V29ya09yZGVyOjk' },
        correctiveWorkOrderId: 'V29ya09yZGVyOjk',
      },
    }));
    renderMaintenanceAt(`/maintenance/work-orders/${WORK_ORDER_ID}`);
    const user = userEvent.setup();
    const ph = await card('pH nước thải');
    expect(within(ph).getByText('Ngưỡng cho phép: 5,5–9 pH')).toBeInTheDocument();
    expect(within(ph).queryByTestId('inspection-corrective')).not.toBeInTheDocument();
    await user.type(within(ph).getByTestId('inspection-number'), '9,6');
    expect(within(ph).getByText('Ngoài ngưỡng cho phép (5,5–9 pH)')).toBeInTheDocument();
    await user.click(within(ph).getByTestId('inspection-corrective'));
    await user.click(within(ph).getByTestId('inspection-save'));
    await waitFor(() => expect(graphqlMock.calls(AnswerChecklistItemDocument)).toHaveLength(1));
    expect(graphqlMock.calls(AnswerChecklistItemDocument)[0]).toEqual({
      input: { itemId: PH.id, answer: '9,6', passed: null, openCorrective: true },
    });
  });

  it('answers pass/fail and yes/no by tapping, and offers the corrective work order only on a failure', async () => {
    graphqlMock.on(AnswerChecklistItemDocument, ({ input }) => ({
      answerChecklistItem: {
        item: { id: input.itemId, answer: input.answer, passed: input.answer === 'PASS', done: true, correctiveWorkOrderId: null },
        correctiveWorkOrderId: null,
      },
    }));
    renderMaintenanceAt(`/maintenance/work-orders/${WORK_ORDER_ID}`);
    const user = userEvent.setup();
    const pump = await card('Bơm chạy êm');
    await user.click(within(pump).getByText('Đạt'));
    expect(within(pump).queryByTestId('inspection-corrective')).not.toBeInTheDocument();
    await user.click(within(pump).getByText('Không đạt'));
    expect(within(pump).getByTestId('inspection-corrective')).toBeInTheDocument();
    await user.click(within(pump).getByTestId('inspection-save'));

    const screen1 = await card('Lưới chắn rác sạch');
    await user.click(within(screen1).getByText('Không'));
    await user.click(within(screen1).getByTestId('inspection-problem'));
    expect(within(screen1).getByTestId('inspection-corrective')).toBeInTheDocument();
    await user.click(within(screen1).getByTestId('inspection-save'));
    await waitFor(() => expect(graphqlMock.calls(AnswerChecklistItemDocument)).toHaveLength(2));
    expect(graphqlMock.calls(AnswerChecklistItemDocument)).toEqual([
      { input: { itemId: PUMP.id, answer: 'FAIL', passed: null, openCorrective: false } },
      { input: { itemId: item({}).id, answer: 'NO', passed: false, openCorrective: false } },
    ]);
  });

  it('shows the server\'s message on the field, and asks for an answer before sending', async () => {
    graphqlMock.on(AnswerChecklistItemDocument, () =>
      graphqlFailure('VALIDATION', 'Invalid input', { fields: [{ path: 'input.answer', message: 'answer with a number, e.g. 7.5' }] }),
    );
    await i18n.changeLanguage('en');
    renderMaintenanceAt(`/maintenance/work-orders/${WORK_ORDER_ID}`);
    const user = userEvent.setup();
    const note = await card('Ghi chú');
    await user.click(within(note).getByTestId('inspection-save'));
    expect(await within(note).findByText('This field is required')).toBeInTheDocument();
    expect(graphqlMock.calls(AnswerChecklistItemDocument)).toHaveLength(0);

    const ph = await card('pH nước thải');
    expect(within(ph).getByText('Accepted: 5.5–9 pH')).toBeInTheDocument();
    await user.type(within(ph).getByTestId('inspection-number'), '7.2.1');
    await user.click(within(ph).getByTestId('inspection-save'));
    expect(await within(ph).findByText('answer with a number, e.g. 7.5')).toBeInTheDocument();
  });
});

describe('answering with a photo', { timeout: 30_000 }, () => {
  it('asks for a photo, then sends the one taken with the problem the inspector saw', async () => {
    graphqlMock.on(AnswerChecklistPhotoDocument, ({ input }) => ({
      answerChecklistPhoto: {
        item: { id: input.itemId, answer: 'Q2hlY2tsaXN0UGhvdG86MQ', passed: false, done: true, correctiveWorkOrderId: null, photoThumbnailUrl: null },
        correctiveWorkOrderId: null,
      },
    }));
    renderMaintenanceAt(`/maintenance/work-orders/${WORK_ORDER_ID}`);
    const user = userEvent.setup();
    const outlet = await card('Ảnh cửa xả');
    await user.click(within(outlet).getByTestId('inspection-save'));
    expect(await within(outlet).findByText('Hãy chụp hoặc chọn một ảnh')).toBeInTheDocument();
    expect(graphqlMock.calls(AnswerChecklistPhotoDocument)).toHaveLength(0);

    const picture = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'cua-xa.jpg', { type: 'image/jpeg' });
    const input = outlet.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input).toHaveAttribute('capture', 'environment');
    await user.upload(input, picture);
    expect(within(outlet).getByTestId('inspection-photo-chosen')).toHaveTextContent('cua-xa.jpg');
    await user.click(within(outlet).getByTestId('inspection-problem'));
    await user.click(within(outlet).getByTestId('inspection-save'));
    await waitFor(() => expect(graphqlMock.calls(AnswerChecklistPhotoDocument)).toHaveLength(1));
    const sent = graphqlMock.calls(AnswerChecklistPhotoDocument)[0] as { input: { itemId: string; photo: File; passed: boolean | null } };
    expect(sent.input.itemId).toBe(OUTLET.id);
    expect(sent.input.photo.name).toBe('cua-xa.jpg');
    expect(sent.input.passed).toBe(false);
  });
});

describe('reading an answer as typed', () => {
  it('reads numbers with a comma or a point and judges them by their range', () => {
    expect(readNumber('7,5')).toBe(7.5);
    expect(readNumber(' 12 ')).toBe(12);
    expect(readNumber('abc')).toBeNull();
    expect(answerFails('NUMBER', '9,6', 5.5, 9)).toBe(true);
    expect(answerFails('NUMBER', '9', 5.5, 9)).toBe(false);
    expect(answerFails('NUMBER', '1000', null, null)).toBe(false);
    expect(answerFails('PASS_FAIL', 'FAIL', null, null)).toBe(true);
    expect(answerFails('YES_NO', 'NO', null, null)).toBe(false);
  });
});
