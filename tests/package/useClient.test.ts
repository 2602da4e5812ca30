// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');
/** Packages whose run-time use ties a module to the client in React Server Components. */
const CLIENT_PACKAGE = /^(react|react-dom|antd|antd-style|@ant-design\/icons|zustand|zustand\/react\/shallow)$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function inspect(path: string) {
  const file = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const first = file.statements[0];
  const directive =
    !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use client';
  const clientImports = file.statements.filter(
    (s): s is ts.ImportDeclaration =>
      ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly && CLIENT_PACKAGE.test((s.moduleSpecifier as ts.StringLiteral).text),
  );
  // Type-only named imports (`import { type X }`) leave nothing at run time.
  const runtime = clientImports.filter((s) => {
    const named = s.importClause?.namedBindings;
    if (!s.importClause || s.importClause.name || !named || ts.isNamespaceImport(named)) return true;
    return named.elements.some((element) => !element.isTypeOnly);
  });
  return { directive, needsClient: runtime.length > 0 || path.endsWith('.tsx') };
}

describe("'use client' marks exactly the modules that need the client", () => {
  const files = sources(SRC).map((path) => ({ name: relative(SRC, path), ...inspect(path) }));

  it('every module that uses React, antd or a React store binding at run time starts with it', () => {
    expect(files.filter((f) => f.needsClient && !f.directive).map((f) => f.name)).toEqual([]);
  });

  it('the framework-free floors and the entry do not, so a server can call them', () => {
    const serverSide = files.filter(
      (f) =>
        /^(core|adapters|mock)\//.test(f.name) ||
        ['index.ts', 'store/createChatStore.ts', 'persistence/storage.ts', 'persistence/restore.ts', 'persistence/persistChat.ts'].includes(
          f.name,
        ),
    );
    expect(serverSide.length).toBeGreaterThan(10);
    expect(serverSide.filter((f) => f.directive).map((f) => f.name)).toEqual([]);
  });
});
