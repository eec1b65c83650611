import { Route, Routes } from 'react-router';
import { renderWithProviders } from '@/test/render';
import type { InvoiceDetailData } from '../api/invoices';
import { InvoiceDetailPage } from '../components/InvoiceDetailPage';

type InvoiceLine = InvoiceDetailData['lines'][number];

/** A maintenance-fee line of 1.089.000 ₫ at 10% VAT, all of it still creditable. */
export function invoiceLineFixture(overrides: Partial<InvoiceLine> = {}): InvoiceLine {
  return {
    id: 'SW52b2ljZUxpbmU6MQ',
    creditable: 1_089_000,
    kind: 'MAINTENANCE_FEE',
    descriptionVi: 'Phí duy tu, bảo dưỡng hạ tầng tháng 10/2026',
    descriptionEn: 'Infrastructure maintenance fee, 10/2026',
    quantityE4: 217_800_000,
    unit: 'm²',
    unitPrice: 50,
    amount: 1_089_000,
    vatBp: 1000,
    vatAmount: 108_900,
    vatDeduction: 0,
    ...overrides,
  };
}

/**
 * An issued, unpaid invoice of 1.200.000 ₫ (a fee at 10% and untaxed wastewater) with its
 * VietQR payload, as the InvoiceDetail query answers it.
 */
export function invoiceFixture(overrides: Partial<InvoiceDetailData> = {}): InvoiceDetailData {
  return {
    __typename: 'Invoice',
    id: 'SW52b2ljZTpmMDA',
    kind: 'INVOICE',
    documentType: 'VAT_INVOICE',
    status: 'ISSUED',
    template: '1',
    series: 'C26TAA',
    number: 123,
    numberLabel: 'C26TAA 00000123',
    issuedOn: '2026-10-01',
    dueOn: '2026-10-16',
    periodStart: '2026-10-01',
    periodEnd: '2026-10-31',
    firmId: 'RmlybTox',
    clusterId: 'Q2x1c3Rlcjox',
    clusterName: 'CCN Đồng Sóc',
    leaseId: 'TGVhc2U6MQ',
    sellerName: 'Công ty CP Hạ tầng CCN Đồng Sóc',
    sellerAddress: 'Xã Vĩnh Tường, tỉnh Phú Thọ',
    sellerTaxCode: '2500100013',
    buyerName: 'KCC Vina',
    buyerAddress: 'Lô CN-001, CCN Đồng Sóc',
    buyerTaxCode: '2500100006',
    subtotal: 1_099_909,
    vatTotal: 108_900,
    total: 1_200_000,
    paid: 0,
    open: 1_200_000,
    totalInWords: 'Một triệu hai trăm nghìn đồng',
    roundingRuleVi: 'Làm tròn một lần mỗi dòng, nửa đồng làm tròn ra xa số 0',
    roundingRuleEn: 'Rounded once per line, half away from zero',
    voidReason: null,
    paymentPurpose: 'TT HD C26TAA 00000123',
    vietqr:
      '00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA5303704540712000005802VN62250821TT HD C26TAA 00000123630425D4',
    credited: 0,
    correctsId: null,
    correctsLabel: null,
    correction: null,
    correctsReference: null,
    agreementNumber: null,
    agreementDate: null,
    replacedById: null,
    note: null,
    corrections: [],
    lines: [
      invoiceLineFixture(),
      invoiceLineFixture({
        id: 'SW52b2ljZUxpbmU6Mg',
        creditable: 14_475,
        kind: 'WASTEWATER',
        descriptionVi: 'Xử lý nước thải tháng 10/2026',
        descriptionEn: 'Wastewater treatment, 10/2026',
        quantityE4: 15_000,
        unit: 'm³',
        unitPrice: 9_650,
        amount: 14_475,
        vatBp: null,
        vatAmount: 0,
      }),
    ],
    vatByRate: [
      { vatBp: 1000, base: 1_089_000, vat: 108_900 },
      { vatBp: null, base: 14_475, vat: 0 },
    ],
    allocations: [],
    reminders: [],
    ...overrides,
  };
}

/** The invoice page at `path`, as the router mounts it: /invoices/:id for operators, /my-invoices/:id read-only. */
export function renderInvoicePageAt(path: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/invoices/:id" element={<InvoiceDetailPage />} />
      <Route path="/my-invoices/:id" element={<InvoiceDetailPage readOnly />} />
    </Routes>,
    { route: path },
  );
}
