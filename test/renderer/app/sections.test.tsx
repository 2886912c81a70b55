import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SECTIONS } from '../../../renderer/src/app/routes';
import { SECTION_PAGES } from '../../../renderer/src/app/sections';
import { logCaughtError } from '../../../renderer/src/components/error-boundary';
import { TEST_FAULT_KEY, TestFault } from '../../../renderer/src/components/test-fault';

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('every section page sits under an error boundary', () => {
  it.each(SECTIONS.map((s) => [s.label, s.key] as const))('%s', (_label, key) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    localStorage.setItem(TEST_FAULT_KEY, '1');
    const Page = SECTION_PAGES[key];
    render(<Page route={{ section: key, params: { fault: '1' } }} />, { onCaughtError: logCaughtError });
    screen.getByText('此页面出现错误');
    screen.getByRole('button', { name: '重新加载此页' });
  });
});

describe('the test fault', () => {
  it('fires only when the test has armed it in this profile', () => {
    expect(render(<TestFault params={{ fault: '1' }} />).container.innerHTML).toBe('');
    localStorage.setItem(TEST_FAULT_KEY, '1');
    expect(render(<TestFault params={{}} />).container.innerHTML).toBe('');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<TestFault params={{ fault: '1' }} />)).toThrow(RangeError);
  });
});
