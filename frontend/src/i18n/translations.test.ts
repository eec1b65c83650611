import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);

  it('have the same keys in Vietnamese and English', () => {
    expect([...viLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have no empty strings and the same placeholders in both languages', () => {
    for (const [key, text] of viLeaves) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(enLeaves.get(key) ?? ''));
    }
  });

  it('use the agreed Vietnamese terms', () => {
    expect(vi.auth.login.title).toBe('Đăng nhập');
    expect(vi.common.password).toBe('Mật khẩu');
    expect(vi.nav.users).toBe('Người dùng & lời mời');
    expect(vi.nav.mail).toBe('Nhật ký thư');
    expect(vi.nav.profile).toBe('Hồ sơ');
    expect(vi.header.signOut).toBe('Đăng xuất');
    expect(vi.invitations.invite.title).toBe('Mời người dùng');
    expect(vi.auth.login.wrongCredentials).toBe('Email hoặc mật khẩu không đúng');
    expect(vi.roles).toEqual({
      PLATFORM_ADMIN: 'Quản trị nền tảng',
      OPERATOR_ADMIN: 'Quản trị chủ đầu tư hạ tầng',
      OPERATOR_STAFF: 'Nhân viên chủ đầu tư hạ tầng',
      ENTERPRISE: 'Doanh nghiệp thứ cấp',
      AUTHORITY_VIEWER: 'Sở Công Thương (chỉ xem)',
    });
  });
});
