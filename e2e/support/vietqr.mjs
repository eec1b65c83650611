// VietQR payloads (EMVCo merchant-presented QR) as a banking app reads them: fields of a
// two-digit id, a two-digit length and the value, closed by a CRC over everything before it.

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final xor) of ASCII `text`. */
export function crc16CcittFalse(text) {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'latin1')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** Whether the payload ends in `6304` and four hex digits that are the CRC of everything before them. */
export function crcIsValid(payload) {
  if (payload.length < 8) return false;
  const body = payload.slice(0, -4);
  const crc = payload.slice(-4);
  return body.endsWith('6304') && crc16CcittFalse(body).toString(16).toUpperCase().padStart(4, '0') === crc;
}

/**
 * The fields of an EMVCo payload (or of a template field's value) by id, e.g. `{ '00': '01',
 * '54': '1200000', … }`. Throws on a payload that does not parse into whole fields.
 */
export function emvFields(payload) {
  const fields = {};
  let at = 0;
  while (at < payload.length) {
    const id = payload.slice(at, at + 2);
    const length = Number(payload.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(payload.slice(at + 2, at + 4)) || at + 4 + length > payload.length) {
      throw new Error(`not an EMVCo payload: field at ${at} of ${JSON.stringify(payload)}`);
    }
    fields[id] = payload.slice(at + 4, at + 4 + length);
    at += 4 + length;
  }
  return fields;
}
