/** The localStorage key that arms the test fault. No screen writes it; only the browser tests do. */
export const TEST_FAULT_KEY = 'guazhitong:test-fault';

/** The route parameter (`?fault=1`) that fires the armed fault. */
export const TEST_FAULT_PARAM = 'fault';

function armed(): boolean {
  try {
    return localStorage.getItem(TEST_FAULT_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * A fault for the browser tests of the error boundaries (issue 8 item 1). It throws, while
 * rendering, the kind of exception a validator raised on an out-of-range number (a RangeError) —
 * but only when the route carries `fault=1` AND this browser profile has localStorage
 * `guazhitong:test-fault` set to '1'. The e2e tier sets that key in its own fresh profile; nothing
 * in the app sets it, so in normal use the parameter does nothing and this renders nothing.
 */
export function TestFault({ params }: { params: Readonly<Record<string, string>> }): null {
  if (params[TEST_FAULT_PARAM] === '1' && armed()) throw new RangeError('Invalid array length (test fault)');
  return null;
}
