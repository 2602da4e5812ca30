// ESLint: JavaScript's and typescript-eslint's recommended rules, React's rules of hooks, and
// jsx-a11y's accessibility checks for the JSX. Formatting is Prettier's (npm run format).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'docs-dist/',
      '.dumi/tmp*/',
      '.dumi/cache/',
      '.ci-artifacts/',
      'bench/.build/',
      'bench/results/',
      'bench/*/node_modules/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,jsx,mjs,cjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The rules of hooks. Not the React Compiler rules of the plugin's recommended set: this code is
      // not compiled by it, and its streaming paths keep the latest value in a ref during render on purpose.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // A variable read in a callback defined before its one assignment stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  { files: ['**/*.{tsx,jsx}'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['**/*.{tsx,jsx}'],
    rules: {
      // antd's Switch, Input and InputNumber render native controls, which a wrapping label names.
      'jsx-a11y/label-has-associated-control': ['error', { controlComponents: ['Switch', 'Input', 'InputNumber'], depth: 3 }],
      // autoFocus on our own components means "focus when the user opened this" (an editor).
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    // Tests reproduce apps' markup (pro-chat 1.x demos among them) to check the chat, not themselves.
    files: ['tests/**'],
    rules: Object.fromEntries(Object.keys(jsxA11y.rules).map((rule) => [`jsx-a11y/${rule}`, 'off'])),
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
