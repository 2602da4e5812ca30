'use client';

import { lazy, Suspense } from 'react';

import type { DiagramPlugin, DiagramProps } from '../plugins';

// The diagram's component, and mermaid behind it, load with the first ```mermaid fence of the page.
const MermaidDiagram = lazy(() => import('./MermaidDiagram').then((module) => ({ default: module.MermaidDiagram })));

function Diagram(props: DiagramProps) {
  return (
    <Suspense fallback={props.code}>
      <MermaidDiagram {...props} />
    </Suspense>
  );
}

/** ```mermaid fences for the renderer. */
export const diagramPlugin: DiagramPlugin = {
  languages: new Set(['mermaid']),
  Block: Diagram,
};
