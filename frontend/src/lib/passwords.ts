/**
 * The client-side minimum, checked before sending; the server's own policy is authoritative
 * and its VALIDATION messages are shown under the field.
 */
export const MIN_PASSWORD_LENGTH = 10;
