'use client';

import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/**
 * antd-style's `createStyles` hook builds its classes again for each component that mounts,
 * copying the whole theme token several times on the way: 1–2 ms for every message row and code
 * block. Shared, they are built once per chat (and again when the theme changes); a component
 * outside the chat builds its own, as before.
 */
export function sharedStyles<S>(useStyles: () => S) {
  const Context = createContext<S | undefined>(undefined);
  return {
    /** Builds the styles once, for every such component inside it. */
    Provider: ({ children }: { children?: ReactNode }) => <Context.Provider value={useStyles()}>{children}</Context.Provider>,
    /**
     * A component that renders `View` with the styles from the nearest Provider (in `sheet`), or,
     * outside one, with its own, built as it mounts.
     */
    withStyles<P extends object>(View: ComponentType<P & { sheet: S }>): ComponentType<P> {
      const Own = (props: P) => <View {...props} sheet={useStyles()} />;
      return (props: P) => {
        const shared = useContext(Context);
        // A component is inside a Provider or not for as long as it is mounted.
        return shared ? <View {...props} sheet={shared} /> : <Own {...props} />;
      };
    },
  };
}
