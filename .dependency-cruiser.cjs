/**
 * The house rules of src/ (see ARCHITECTURE.md): each floor imports only the floors below it.
 * Run with `npm run lint:deps`; CI runs it too.
 */

/** Packages that tie code to React or a UI: resolved paths under node_modules. */
const UI_PACKAGES = '(react|react-dom|antd|antd-style|@ant-design/[^/]+|zustand)';

/** Each floor, and the floors it may import. */
const floors = {
  core: [],
  adapters: ['core'],
  store: ['core', 'adapters'],
  persistence: ['core', 'adapters', 'store'],
  conversations: ['core', 'adapters', 'store', 'persistence'],
  locale: [],
  ui: ['locale'],
  markdown: ['core', 'locale', 'ui'],
  components: ['core', 'adapters', 'store', 'conversations', 'locale', 'ui', 'markdown'],
  ProChat: ['core', 'adapters', 'store', 'persistence', 'conversations', 'locale', 'ui', 'markdown', 'components'],
  mock: ['core', 'adapters'],
};

const floorRules = Object.entries(floors).map(([floor, below]) => ({
  name: `${floor}-imports-only-below`,
  comment: `src/${floor}/ may import ${below.length ? below.map((name) => `src/${name}/`).join(', ') : 'nothing else in src/'}, and itself.`,
  severity: 'error',
  from: { path: `^src/${floor}/` },
  to: { path: '^src/', pathNot: `^src/(${[floor, ...below].join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...floorRules,
    {
      name: 'every-file-is-on-a-floor',
      comment: 'A module in src/ lives on one of the floors (or is an entry point: index.ts, server.ts, and shared.ts, what both export).',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: `^src/(${Object.keys(floors).join('|')}|types)/|^src/(index|server|shared|conversationsEntry)\\.ts$`,
      },
      to: {},
    },
    {
      name: 'nothing-imports-the-entry',
      comment:
        'src/index.ts and src/server.ts are the package entries, src/shared.ts what both export; modules import each other, never them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(index|server|conversationsEntry)\\.ts$' },
      to: { path: '^src/(index|server|shared|conversationsEntry)\\.ts$' },
    },
    {
      name: 'server-entry-is-framework-free',
      comment: 'pro-chat-next/server runs in route handlers and edge runtimes: only core/ and adapters/ (through shared.ts).',
      severity: 'error',
      from: { path: '^src/(server|shared)\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(core|adapters)/|^src/shared\\.ts$' },
    },
    {
      name: 'core-is-framework-free',
      comment:
        'src/core/ runs anywhere (servers, workers): no React, antd or zustand at run time. Type-only imports ' +
        '(ReactNode in a message shown as a node) leave nothing in the output.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: `^node_modules/${UI_PACKAGES}/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'parse-has-no-react',
      comment: 'src/markdown/parse/ turns text into trees; it imports no React, not even types, and nothing outside parse/.',
      severity: 'error',
      from: { path: '^src/markdown/parse/' },
      to: { path: `^node_modules/(@types/)?${UI_PACKAGES}/|^src/(?!markdown/parse/)` },
    },
    {
      name: 'code-and-math-are-apart',
      comment: 'code/ and math/ plug into the renderer through markdown/plugins.ts; neither imports the other.',
      severity: 'error',
      from: { path: '^src/markdown/(code|math)/' },
      to: { path: '^src/markdown/(code|math)/', pathNot: '^src/markdown/$1/' },
    },
    {
      name: 'plugins-do-not-import-the-renderer',
      comment: 'code/ and math/ are used by Markdown.tsx; they never import it (or its pre router) back.',
      severity: 'error',
      from: { path: '^src/markdown/(code|math)/' },
      to: { path: '^src/markdown/(Markdown|MarkdownPre)\\.tsx$' },
    },
    {
      name: 'ui-knows-no-message',
      comment: 'src/ui/ widgets know no store and no message: they take text and callbacks.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^node_modules/zustand/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules do not import each other in a circle.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
