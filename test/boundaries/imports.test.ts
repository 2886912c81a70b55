import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, importsOf, scanRepository } from './scan-imports';

const ROOT = resolve(__dirname, '../..');

describe('process boundaries (ARCHITECTURE §1)', () => {
  it('the repository has no forbidden import', () => {
    expect(scanRepository(ROOT)).toEqual([]);
  });

  it('catches shared/ importing electron, react, dexie, exceljs or a Node built-in', () => {
    for (const spec of ['electron', 'react', 'dexie', 'exceljs', 'node:fs', 'fs', 'path', 'fs/promises']) {
      const found = checkFile('shared/domain/x.ts', `import { a } from '${spec}';`);
      expect(found.map((v) => v.spec), spec).toEqual([spec]);
    }
    expect(checkFile('shared/sync/x.ts', `const m = await import('node:crypto');`)).toHaveLength(1);
    expect(checkFile('shared/sync/x.ts', `export { x } from '../../renderer/src/db/store';`)).toHaveLength(1);
  });

  it('catches renderer/ importing electron or a Node built-in', () => {
    expect(checkFile('renderer/src/a.tsx', `import { ipcRenderer } from 'electron';`)).toHaveLength(1);
    expect(checkFile('renderer/src/a.tsx', `import type { X } from 'node:path';`)).toHaveLength(1);
    expect(checkFile('renderer/src/a.tsx', `const fs = require('fs');`)).toHaveLength(1);
    expect(checkFile('renderer/src/a.tsx', `import Dexie from 'dexie'; import { z } from 'zod';`)).toEqual([]);
  });

  it('catches services importing electron and main importing Dexie', () => {
    expect(checkFile('electron/main/services/files.ts', `import { app } from 'electron';`)).toHaveLength(1);
    expect(checkFile('electron/main/window.ts', `import { app } from 'electron';`)).toEqual([]);
    expect(checkFile('electron/main/ipc.ts', `import Dexie from 'dexie';`)).toHaveLength(1);
  });

  it('reads every import form and ignores commented-out code', () => {
    const src = `import a from 'a';\nimport type { B } from "b";\nexport * from './c';\nimport 'd';\nconst e = await import('e');\n// import x from 'x';\n/* import y from 'y'; */`;
    expect(importsOf(src).sort()).toEqual(['./c', 'a', 'b', 'd', 'e']);
  });
});
