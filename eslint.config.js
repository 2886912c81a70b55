import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'stream', 'util', 'zlib', 'buffer', 'events', 'worker_threads', 'net', 'module'];
const node = [...NODE_BUILTINS.map((name) => ({ name, message: 'Node built-ins only in electron/.' }))];
const nodePatterns = [{ group: ['node:*'], message: 'Node built-ins only in electron/.' }];

const rendererPaths = [
  { name: 'electron', message: 'The renderer reaches main only through getBridge().' },
  { name: 'exceljs', message: 'Excel files are written and read in main (electron/main/services).' },
  ...node,
];
const rendererPatterns = [...nodePatterns, { group: ['**/electron/**'], message: 'The renderer reaches main only through getBridge().' }];
const writeGuardPattern = { group: ['**/write-guard', '**/write-guard.ts'], message: 'Only the Writer permits writes (renderer/src/db/writer.ts).' };

/** Who may import what (ARCHITECTURE §1), enforced per folder. */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'exceljs', 'zustand', 'antd', 'echarts'].map((name) => ({
              name,
              message: 'shared/ is pure TypeScript for Node and the browser.',
            })),
            ...node,
          ],
          patterns: [...nodePatterns, { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not reach into the app layers.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: [...rendererPatterns, writeGuardPattern] }],
    },
  },
  {
    // The write guard's permits are handed out by the Writer alone (renderer/src/db/write-guard.ts).
    files: ['renderer/src/db/writer.ts', 'renderer/src/db/database.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererPatterns }] },
  },
  {
    files: ['electron/**/*.{ts,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['dexie', 'dexie-react-hooks', 'react', 'react-dom', 'antd'].map((name) => ({ name, message: 'Main never touches IndexedDB or React.' })),
          patterns: [{ group: ['**/renderer/**'], message: 'Main never imports renderer code.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/services/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Services are plain Node modules shared by Electron main and the web host.' },
            ...['dexie', 'react', 'antd'].map((name) => ({ name, message: 'Main never touches IndexedDB or React.' })),
          ],
          patterns: [{ group: ['**/renderer/**', '**/platform/**'], message: 'Services must not depend on the Electron platform layer.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{mjs,cjs,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs}', '*.config.{ts,js}', 'electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
