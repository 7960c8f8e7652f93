// Lint: the recommended rules for JavaScript and TypeScript, and two of size: no function over
// 80 lines, no line over 120 characters (prettier wraps code at 120; long strings and patterns
// that cannot be wrapped are allowed).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // .stryker-tmp/ holds Stryker's sandboxes (copies of the repository) while `npm run mutate` runs.
  { ignores: ['dist/', 'src/generated/', 'node_modules/', 'docs/', 'coverage/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
        SharedArrayBuffer: 'readonly',
        Atomics: 'readonly',
      },
    },
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreComments: false,
          ignoreUrls: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Chinese text holds U+3000 (the ideographic space) in strings, patterns and comments.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true },
      ],
    },
  },
  {
    // The command's entry is CommonJS (bin/package.json; see bin/kepu.js for why).
    files: ['bin/kepu.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests: a describe block holds many cases; its length is not a function's.
    files: ['test/**/*.ts'],
    // Tests match terminal escape sequences (colour, erase line) on purpose.
    rules: { 'max-lines-per-function': 'off', 'no-control-regex': 'off' },
  },
);
